// What of an offering matters for duplicate detection, as a stored fingerprint. A decided flag keeps the
// fingerprints of both sides from the moment of the decision; when one differs later, the flag reopens
// and shows which fields changed (before → after). Contact, price, place and the like are not material.

export interface FingerprintSource {
  title: string;
  description: string;
  categoryId: number;
  ageFromMonths: number;
  ageToMonths: number;
  audiences: readonly string[];
  neighbourhoodId: number | null;
  scheduleKind: string;
  weekdays: readonly number[];
}

export type MaterialFields = {
  title: string;
  description: string;
  categoryId: number;
  ages: [number, number];
  audiences: string[];
  neighbourhoodId: number | null;
  schedule: string;
};

export const materialFieldNames = ["title", "description", "categoryId", "ages", "audiences", "neighbourhoodId", "schedule"] as const;

const normalise = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

export function materialFields(offering: FingerprintSource): MaterialFields {
  const weekdays = [...offering.weekdays].sort((x, y) => x - y);
  return {
    title: normalise(offering.title),
    description: normalise(offering.description),
    categoryId: offering.categoryId,
    ages: [offering.ageFromMonths, offering.ageToMonths],
    audiences: [...offering.audiences].sort(),
    neighbourhoodId: offering.neighbourhoodId,
    schedule: offering.scheduleKind === "weekly" ? `weekly:${weekdays.join(",")}` : offering.scheduleKind,
  };
}

/** The detection-relevant content as a JSON string (stable key order), so it can be compared and diffed. */
export function materialFingerprint(offering: FingerprintSource): string {
  return JSON.stringify(materialFields(offering));
}

function parse(fingerprint: string): Partial<MaterialFields> | null {
  try {
    const value = JSON.parse(fingerprint) as unknown;
    return value && typeof value === "object" ? (value as Partial<MaterialFields>) : null;
  } catch {
    return null;
  }
}

/** Fields that differ between a stored fingerprint and the current content: field → [before, after]. */
export function fingerprintChanges(stored: string | null, current: FingerprintSource): Record<string, [unknown, unknown]> {
  if (!stored) return {};
  const now = materialFields(current);
  const before = parse(stored);
  if (!before) return stored === materialFingerprint(current) ? {} : { content: [null, null] };
  const changes: Record<string, [unknown, unknown]> = {};
  for (const name of materialFieldNames) {
    if (JSON.stringify(before[name] ?? null) !== JSON.stringify(now[name])) changes[name] = [before[name] ?? null, now[name]];
  }
  return changes;
}
