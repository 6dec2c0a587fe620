// Helpers for the offering tests and their permission-matrix cases.
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { categories, centres, networks, offerings, offeringVersions } from "@db/schema";
import { formValuesOf, type OfferingFormValues } from "~/modules/offerings/form.server";
import { contentOf, loadOffering } from "~/modules/offerings/offerings.server";

export type FormFields = Record<string, string | string[]>;

export function networkId(slug = "unna"): number {
  return getDb().select().from(networks).where(eq(networks.slug, slug)).get()!.id;
}

export function centreId(slug: string, network = "unna"): number {
  return getDb().select().from(centres).where(and(eq(centres.networkId, networkId(network)), eq(centres.slug, slug))).get()!.id;
}

export function categoryId(key: string, network = "unna"): number {
  return getDb().select().from(categories).where(and(eq(categories.networkId, networkId(network)), eq(categories.key, key))).get()!.id;
}

export function offeringByRef(ref: string, network = "unna") {
  const row = getDb().select().from(offerings).where(and(eq(offerings.networkId, networkId(network)), eq(offerings.ref, ref))).get();
  if (!row) throw new Error(`No offering ${ref}`);
  return loadOffering(getDb(), row.id)!;
}

export function offeringById(id: number) {
  return loadOffering(getDb(), id);
}

export function offeringByTitle(title: string) {
  const row = getDb().select().from(offerings).where(eq(offerings.title, title)).get();
  return row ? loadOffering(getDb(), row.id) : null;
}

export function versionsOf(id: number) {
  return getDb().select().from(offeringVersions).where(eq(offeringVersions.offeringId, id)).orderBy(asc(offeringVersions.version)).all();
}

/** Form values as the browser sends them: lists as repeated fields, date rows as dates[i].field. */
export function flattenForm(values: Partial<OfferingFormValues> & Record<string, unknown>): FormFields {
  const fields: FormFields = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    if (key === "dates" && Array.isArray(value)) {
      value.forEach((row: Record<string, string>, index) => {
        for (const [field, v] of Object.entries(row)) fields[`dates[${index}].${field}`] = v;
      });
    } else if (Array.isArray(value)) {
      fields[key] = value.map(String);
    } else {
      fields[key] = String(value);
    }
  }
  // Conform sends nothing for an unchecked checkbox.
  if (fields.registrationRequired === "") delete fields.registrationRequired;
  return fields;
}

/** The edit form of an offering with its current values and version, changed by `changes`. */
export function editForm(id: number, changes: FormFields = {}): FormFields {
  const offering = loadOffering(getDb(), id)!;
  return { ...flattenForm(formValuesOf(contentOf(offering), "de", offering.version) as unknown as Record<string, unknown>), ...changes };
}

/** A valid new weekly offering of Arche. */
export function newForm(changes: FormFields = {}): FormFields {
  return {
    centre: "arche",
    title: "Spielgruppe am Dienstag",
    description: "Freies Spiel für Kinder mit ihren Eltern.",
    categoryId: String(categoryId("eltern-kind-gruppe")),
    ageFrom: "1",
    ageFromUnit: "years",
    ageTo: "3",
    ageToUnit: "years",
    audiences: ["parents", "children"],
    place: "centre",
    scheduleKind: "weekly",
    weekdays: ["2"],
    startTime: "09:30",
    endTime: "10:30",
    validFrom: "2026-01-01",
    languages: ["de", "tr"],
    cost: "2,50",
    status: "published",
    ...changes,
  };
}
