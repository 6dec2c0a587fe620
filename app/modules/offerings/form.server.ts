// The offering form on the server: its choices, its initial values, and the checks that need the
// database (category, neighbourhood, partners and focus areas must belong to this network and centre).
import { asc, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { partners } from "@db/schema";
import type { Locale } from "~/modules/i18n/translate";
import type { FieldErrors } from "~/modules/network/result";
import type { Centre } from "~/modules/network/structure.server";
import { listNeighbourhoods } from "~/modules/network/structure.server";
import { listCategories } from "./categories.server";
import { centsToInput, formatDay, splitAge } from "./format";
import { blankOfferingContent, type Offering, type OfferingContent } from "./offerings.server";
import { commonLanguages } from "./options";
import type { OfferingInput } from "./schemas";

export interface FormChoices {
  categories: { id: number; nameDe: string; nameEn: string; area: string; retired: boolean }[];
  neighbourhoods: { id: number; name: string }[];
  partners: { id: number; name: string }[];
  focusAreas: string[];
  languages: string[];
  centre: { id: number; slug: string; name: string; address: string };
}

export function centreAddress(centre: Pick<Centre, "street" | "postalCode" | "city">): string {
  return [centre.street, [centre.postalCode, centre.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
}

/**
 * What the form offers: active categories (plus the offering's own, even when retired), the network's
 * neighbourhoods and partners, the centre's focus areas (plus those the offering already names).
 */
export function formChoices(networkId: number, centre: Centre, offering?: Offering | null): FormChoices {
  const categories = listCategories(networkId)
    .filter((c) => !c.retired || c.id === offering?.categoryId)
    .map(({ id, nameDe, nameEn, area, retired }) => ({ id, nameDe, nameEn, area, retired }));
  const partnerRows = getDb()
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .where(eq(partners.networkId, networkId))
    .orderBy(asc(partners.name))
    .all();
  return {
    categories,
    neighbourhoods: listNeighbourhoods(networkId).map(({ id, name }) => ({ id, name })),
    partners: partnerRows,
    focusAreas: [...new Set([...centre.focusAreas, ...(offering?.focusAreas ?? [])])],
    languages: [...new Set([...commonLanguages, ...(offering?.languages ?? [])])],
    centre: { id: centre.id, slug: centre.slug, name: centre.name, address: centreAddress(centre) },
  };
}

export interface DateRowValue {
  date: string;
  startTime: string;
  endTime: string;
}

export interface OfferingFormValues {
  version?: string;
  title: string;
  description: string;
  categoryId: string;
  ageFrom: string;
  ageFromUnit: "years" | "months";
  ageTo: string;
  ageToUnit: "years" | "months";
  audiences: string[];
  neighbourhoodId: string;
  place: "centre" | "other";
  placeName: string;
  placeAddress: string;
  scheduleKind: "weekly" | "dates" | "appointment";
  weekdays: string[];
  startTime: string;
  endTime: string;
  validFrom: string;
  validUntil: string;
  dates: DateRowValue[];
  cancelled: string;
  languages: string[];
  cost: string;
  costNote: string;
  registrationRequired: string;
  registrationHow: string;
  capacity: string;
  partnerIds: string[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  status: "draft" | "published" | "archived";
  focusAreas: string[];
}

const emptyRow: DateRowValue = { date: "", startTime: "", endTime: "" };

/** The date rows of the form: the given ones plus empty rows to fill in (at least three rows). */
export function withEmptyRows(rows: DateRowValue[]): DateRowValue[] {
  const result = [...rows, emptyRow];
  while (result.length < 3) result.push(emptyRow);
  return result;
}

/** The form's initial values for an offering's content (strings, as the inputs hold them). */
export function formValuesOf(content: OfferingContent, locale: Locale, version?: number): OfferingFormValues {
  const from = splitAge(content.ageFromMonths, "from");
  const to = splitAge(content.ageToMonths, "to");
  return {
    version: version === undefined ? undefined : String(version),
    title: content.title,
    description: content.description,
    categoryId: content.categoryId ? String(content.categoryId) : "",
    ageFrom: String(from.value),
    ageFromUnit: from.unit,
    ageTo: String(to.value),
    ageToUnit: to.unit,
    audiences: [...content.audiences],
    neighbourhoodId: content.neighbourhoodId ? String(content.neighbourhoodId) : "",
    place: content.placeName || content.placeAddress ? "other" : "centre",
    placeName: content.placeName,
    placeAddress: content.placeAddress,
    scheduleKind: content.scheduleKind,
    weekdays: content.weekdays.map(String),
    startTime: content.startTime ?? "",
    endTime: content.endTime ?? "",
    validFrom: content.validFrom ?? "",
    validUntil: content.validUntil ?? "",
    dates: withEmptyRows(content.dates.map((d) => ({ date: d.date, startTime: d.startTime, endTime: d.endTime }))),
    cancelled: content.cancelled.map((date) => formatDay(date, "de")).join("\n"),
    languages: [...content.languages],
    cost: centsToInput(content.costCents, locale),
    costNote: content.costNote,
    registrationRequired: content.registrationRequired ? "on" : "",
    registrationHow: content.registrationHow,
    capacity: content.capacity === null ? "" : String(content.capacity),
    partnerIds: content.partnerIds.map(String),
    contactName: content.contactName,
    contactEmail: content.contactEmail,
    contactPhone: content.contactPhone,
    status: content.status,
    focusAreas: [...content.focusAreas],
  };
}

/** A new offering's content: the centre's neighbourhood and contact, weekly from today, published. */
export function newOfferingContent(centre: Centre, today: string): OfferingContent {
  return blankOfferingContent({
    ageToMonths: 6 * 12 + 11,
    neighbourhoodId: centre.homeNeighbourhoodId,
    scheduleKind: "weekly",
    validFrom: today,
    contactName: centre.contactName,
    contactEmail: centre.email,
    contactPhone: centre.phone,
  });
}

export type ContentCheck = { ok: true; content: OfferingContent } | { ok: false; fieldErrors: FieldErrors };

/** Checks the form's ids and focus areas against the network's data and the centre's concept. */
export function checkAgainstNetwork(input: OfferingInput, choices: FormChoices): ContentCheck {
  const fieldErrors: FieldErrors = {};
  if (!choices.categories.some((c) => c.id === input.categoryId)) fieldErrors.categoryId = ["offerings.categoryUnknown"];
  if (input.neighbourhoodId !== null && !choices.neighbourhoods.some((n) => n.id === input.neighbourhoodId)) {
    fieldErrors.neighbourhoodId = ["centre.neighbourhoodUnknown"];
  }
  const partnerIds = new Set(choices.partners.map((p) => p.id));
  if (input.partnerIds.some((id) => !partnerIds.has(id))) fieldErrors.partnerIds = ["offerings.partnerUnknown"];
  if (input.focusAreas.some((area) => !choices.focusAreas.includes(area))) fieldErrors.focusAreas = ["offerings.focusAreaUnknown"];
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  const { version: _version, ...content } = input;
  return { ok: true, content };
}
