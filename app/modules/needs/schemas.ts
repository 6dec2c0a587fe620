// The need (Bedarf) form's schema, used in the browser and on the server. Error messages are i18n keys.
// Whether the neighbourhood and category belong to the network is checked on the server (needs.server.ts).
import { z } from "zod";
import { noMarkup, optionalText, recordId } from "~/modules/forms/fields";
import { audienceOptions, maxAgeMonths } from "~/modules/offerings/options";
import { toMonths, wholeNumber } from "~/modules/offerings/schemas";

export const needStatuses = ["open", "met", "closed"] as const;
export type NeedStatus = (typeof needStatuses)[number];

export const maxNeedTitle = 160;
export const maxNeedDescription = 2000;
export const maxNeedSource = 160;

const text = optionalText;
const id = recordId;

export const needSchema = z
  .object({
    neighbourhoodId: id("needs.neighbourhoodUnknown"),
    categoryId: id("needs.categoryUnknown").optional(),
    title: z
      .string({ required_error: "form.required", invalid_type_error: "form.invalid" })
      .trim()
      .min(1, "form.required")
      .max(maxNeedTitle, "form.tooLong")
      .refine(noMarkup, "form.noMarkup"),
    description: text(maxNeedDescription),
    source: text(maxNeedSource),
    ageFrom: z.string({ invalid_type_error: "form.invalid" }).optional(),
    ageTo: z.string({ invalid_type_error: "form.invalid" }).optional(),
    ageUnit: z.enum(["years", "months"], { message: "form.invalid" }).default("years"),
    audiences: z.array(z.enum(audienceOptions, { message: "form.invalid" })).max(audienceOptions.length, "form.invalid").default([]),
    status: z.enum(needStatuses, { message: "form.invalid" }).default("open"),
  })
  .transform((value, ctx) => {
    const limit = value.ageUnit === "years" ? 99 : maxAgeMonths;
    const age = (raw: string | undefined, path: "ageFrom" | "ageTo"): number | null | undefined => {
      if (!raw?.trim()) return undefined;
      const n = wholeNumber(raw);
      if (n === null || n > limit) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message: "offerings.ageInvalid" });
        return null;
      }
      return n;
    };
    const from = age(value.ageFrom, "ageFrom");
    const to = age(value.ageTo, "ageTo");
    if (from === null || to === null) return z.NEVER;
    const fromMonths = from === undefined ? 0 : toMonths(from, value.ageUnit, "from");
    const toMonthsValue = to === undefined ? maxAgeMonths : Math.min(maxAgeMonths, toMonths(to, value.ageUnit, "to"));
    if (toMonthsValue < fromMonths) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["ageTo"], message: "offerings.ageOrder" });
      return z.NEVER;
    }
    return {
      neighbourhoodId: value.neighbourhoodId,
      categoryId: value.categoryId ?? null,
      title: value.title,
      description: value.description ?? "",
      source: value.source ?? "",
      ageFromMonths: fromMonths,
      ageToMonths: toMonthsValue,
      audiences: [...new Set(value.audiences)],
      status: value.status,
    };
  });

export type NeedInput = z.output<typeof needSchema>;
