// "Similar offerings in the neighbourhood" while an offering is written: reads the form as it stands
// (leniently: incomplete drafts just find nothing) and asks the detection for matches before saving.
import { data } from "@remix-run/node";
import type { SubmissionResult } from "@conform-to/react";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { centres, neighbourhoods } from "@db/schema";
import type { Network } from "~/modules/network/networks.server";
import { submittedDateRows, type DateRow } from "~/modules/offerings/date-rows";
import { maxAgeMonths } from "~/modules/offerings/options";
import { toMonths, wholeNumber } from "~/modules/offerings/schemas";
import { requestI18n } from "~/modules/i18n/request.server";
import { findSimilar, type DraftContent } from "./flags.server";
import { categoryNamer } from "./queries.server";
import { renderReasons } from "./reasons";

export interface SimilarItem {
  id: number;
  title: string;
  centre: string;
  score: number;
  reasons: string[];
}

type Source = Pick<URLSearchParams, "get" | "getAll">;

const str = (source: Source, name: string) => {
  const value = source.get(name);
  return typeof value === "string" ? value.trim() : "";
};

const unit = (value: string): "years" | "months" => (value === "months" ? "months" : "years");

function ageMonths(source: Source, name: "ageFrom" | "ageTo", fallback: number): number {
  const value = wholeNumber(str(source, name));
  if (value === null) return fallback;
  const months = toMonths(value, unit(str(source, `${name}Unit`)), name === "ageFrom" ? "from" : "to");
  return Math.min(maxAgeMonths, months);
}

/** The draft in the form, or null when title, category or neighbourhood are missing. */
export function draftOf(source: Source, centreId: number): { neighbourhoodId: number; draft: DraftContent } | null {
  const title = str(source, "title");
  const categoryId = Number(str(source, "categoryId"));
  const neighbourhoodId = Number(str(source, "neighbourhoodId"));
  if (title.length < 3 || !Number.isInteger(categoryId) || categoryId <= 0 || !Number.isInteger(neighbourhoodId) || neighbourhoodId <= 0) return null;
  const from = ageMonths(source, "ageFrom", 0);
  const to = Math.max(from, ageMonths(source, "ageTo", maxAgeMonths));
  const scheduleKind = str(source, "scheduleKind") || "weekly";
  return {
    neighbourhoodId,
    draft: {
      title: title.slice(0, 200),
      description: str(source, "description").slice(0, 4000),
      categoryId,
      ageFromMonths: from,
      ageToMonths: to,
      audiences: source.getAll("audiences").filter((a): a is string => typeof a === "string").slice(0, 20),
      scheduleKind,
      weekdays: source
        .getAll("weekdays")
        .map((d) => Number(d))
        .filter((d) => Number.isInteger(d) && d >= 1 && d <= 7),
      startTime: str(source, "startTime") || null,
      endTime: str(source, "endTime") || null,
      centreId,
    },
  };
}

/** Published offerings of other centres in the draft's neighbourhood that would be flagged with it. */
export function similarOfferings(request: Request, network: Pick<Network, "id">, centreId: number, source: Source, excludeOfferingId?: number): SimilarItem[] {
  const parsed = draftOf(source, centreId);
  if (!parsed) return [];
  const db = getDb();
  const hood = db
    .select({ id: neighbourhoods.id })
    .from(neighbourhoods)
    .where(and(eq(neighbourhoods.id, parsed.neighbourhoodId), eq(neighbourhoods.networkId, network.id)))
    .get();
  if (!hood) return [];
  const found = findSimilar(network.id, hood.id, parsed.draft, excludeOfferingId).slice(0, 10);
  if (found.length === 0) return [];
  const names = new Map(
    db
      .select({ id: centres.id, name: centres.name })
      .from(centres)
      .where(inArray(centres.id, [...new Set(found.map((f) => f.centreId))]))
      .all()
      .map((c) => [c.id, c.name]),
  );
  const { t, locale } = requestI18n(request);
  const categoryName = categoryNamer(network.id, locale);
  return found.map((f) => ({ id: f.id, title: f.title, centre: names.get(f.centreId) ?? "", score: Math.round(f.score * 100), reasons: renderReasons(f.reasons, t, categoryName) }));
}

/** The centre named by slug in the network (for the resource route), or null. */
export function centreBySlug(networkId: number, slug: string | null): { id: number } | null {
  if (!slug) return null;
  return getDb().select({ id: centres.id }).from(centres).where(and(eq(centres.networkId, networkId), eq(centres.slug, slug))).get() ?? null;
}

/**
 * The create/edit actions' answer to "Ähnliche Angebote prüfen" without JavaScript: the form again with the
 * person's input (nothing saved) and the similar offerings.
 */
export function similarReply(request: Request, network: Pick<Network, "id">, centreId: number, formData: FormData, payload: unknown, excludeOfferingId?: number) {
  const source = formData as unknown as Source;
  const dateRows: DateRow[] = submittedDateRows(formData);
  const result = { initialValue: payload as NonNullable<SubmissionResult<string[]>["initialValue"]> } as SubmissionResult<string[]>;
  return data({ result, dateRows, conflict: null, version: Number(formData.get("version")) || null, similar: similarOfferings(request, network, centreId, source, excludeOfferingId) }, { status: 200 });
}
