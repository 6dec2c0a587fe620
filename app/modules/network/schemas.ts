// Form schemas for a network's structure. Error messages are i18n keys; the UI translates them.
import { z } from "zod";
import { noMarkup, optionalDate, optionalText, optionalWebAddress, recordId, requiredDate, requiredText } from "~/modules/forms/fields";
import { checkGeoJson } from "./geojson";
import { recertificationYearField } from "~/modules/recertification/schemas";

const optionalEmail = z.string({ invalid_type_error: "form.invalid" }).trim().max(254, "form.tooLong").email("form.email").optional();

const optionalPhone = z
  .string({ invalid_type_error: "form.invalid" })
  .trim()
  .max(40, "form.tooLong")
  .regex(/^[0-9+()/\-.\s]+$/, "network.phoneInvalid")
  .optional();

const optionalWebsite = optionalWebAddress("network.websiteInvalid");
const id = recordId();

/** A decimal with point or comma, within [min, max]. */
const coordinate = (min: number, max: number, message: string) =>
  z
    .string({ invalid_type_error: "form.invalid" })
    .trim()
    .regex(/^-?\d{1,3}([.,]\d{1,10})?$/, message)
    .transform((value) => Number(value.replace(",", ".")))
    .refine((value) => value >= min && value <= max, message)
    .optional();

export const intentSchema = z.enum(["update", "delete"]);

// ---- Neighbourhoods ---------------------------------------------------------------------------

/** Whole inhabitants; German thousands separators ("13.500", "13 500") are accepted. */
const population = z
  .string({ invalid_type_error: "form.invalid" })
  .trim()
  .transform((value) => (/^\d{1,3}([.\s]\d{3})+$/.test(value) ? value.replace(/[.\s]/g, "") : value))
  .refine((value) => /^\d{1,9}$/.test(value), "neighbourhood.populationInvalid")
  .transform(Number)
  .optional();

const geojson = z
  .string({ invalid_type_error: "form.invalid" })
  .trim()
  .superRefine((value, ctx) => {
    const result = checkGeoJson(value);
    if (!result.ok) ctx.addIssue({ code: z.ZodIssueCode.custom, message: result.error });
  })
  .optional();

export const neighbourhoodSchema = z.object({
  name: requiredText(80),
  population,
  geojson,
});
export type NeighbourhoodInput = z.infer<typeof neighbourhoodSchema>;

// ---- Centres ----------------------------------------------------------------------------------

export const maxFocusAreas = 20;

const focusAreas = z
  .string({ invalid_type_error: "form.invalid" })
  .optional()
  .transform((text) => [...new Set((text ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean))])
  .superRefine((areas, ctx) => {
    if (areas.length > maxFocusAreas) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "centre.focusAreasTooMany" });
    if (areas.some((area) => area.length > 80)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "centre.focusAreaTooLong" });
    if (!areas.every(noMarkup)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "form.noMarkup" });
  });

export const centreSchema = z
  .object({
    name: requiredText(120),
    provider: optionalText(120),
    street: optionalText(120),
    postalCode: z.string({ invalid_type_error: "form.invalid" }).trim().regex(/^\d{5}$/, "centre.postalCodeInvalid").optional(),
    city: optionalText(80),
    latitude: coordinate(-90, 90, "centre.latitudeInvalid"),
    longitude: coordinate(-180, 180, "centre.longitudeInvalid"),
    contactName: optionalText(120),
    email: optionalEmail,
    phone: optionalPhone,
    website: optionalWebsite,
    homeNeighbourhoodId: id.optional(),
    servedNeighbourhoodIds: z.array(id).max(500, "form.invalid").default([]),
    focusAreas,
    certificateValidFrom: optionalDate,
    certificateValidUntil: optionalDate,
    recertificationYear: recertificationYearField,
  })
  .superRefine((value, ctx) => {
    const { certificateValidFrom: from, certificateValidUntil: until } = value;
    if (from && until && until <= from) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["certificateValidUntil"], message: "centre.certificateOrder" });
    }
  });
export type CentreInput = z.infer<typeof centreSchema>;

// ---- Partners ---------------------------------------------------------------------------------

/** Suggestions for a partner's kind; any other kind may be typed. */
export const partnerKinds = [
  "Kita",
  "Schule",
  "Beratungsstelle",
  "Jugendamt",
  "Gesundheitswesen",
  "Bildung und Kultur",
  "Kindertagespflege",
  "Verein",
] as const;

export const partnerSchema = z.object({
  name: requiredText(160),
  kind: requiredText(80),
  neighbourhoodId: id.optional(),
  contactName: optionalText(120),
  email: optionalEmail,
  phone: optionalPhone,
});
export type PartnerInput = z.infer<typeof partnerSchema>;

// ---- Agreements -------------------------------------------------------------------------------

export const agreementSchema = z
  .object({
    partnerId: id,
    startsOn: requiredDate,
    endsOn: optionalDate,
    removeFile: z.boolean().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.endsOn && value.endsOn < value.startsOn) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["endsOn"], message: "agreement.endBeforeStart" });
    }
  });
export type AgreementInput = z.infer<typeof agreementSchema>;
