// A new network's recertification checklist, from db/seed/data/checklist.json.
import checklist from "@db/seed/data/checklist.json";
import type { DbOrTx } from "@db/client.server";
import { eq } from "drizzle-orm";
import { checklistAreas, checklistItems, type EvidenceSuggestionRule } from "@db/schema";
import { nowMs } from "~/modules/time/clock";

interface SeedItem {
  area: string;
  code: string;
  text: string;
  note?: string;
  level?: "basic" | "advanced";
  suggestion?: EvidenceSuggestionRule;
}

/** Gives a network the 8 Gütesiegel areas and the known criteria. */
export function seedDefaultChecklist(db: DbOrTx, networkId: number, now = nowMs()): void {
  const areaIds = new Map<string, number>();
  checklist.areas.forEach((area, index) => {
    const row = db
      .insert(checklistAreas)
      .values({
        networkId,
        number: area.number,
        kind: area.kind as "performance" | "structure",
        nameDe: area.de,
        nameEn: area.en,
        position: index + 1,
      })
      .returning({ id: checklistAreas.id })
      .get();
    areaIds.set(area.number, row.id);
  });
  (checklist.items as SeedItem[]).forEach((item, index) => {
    db.insert(checklistItems)
      .values({
        networkId,
        areaId: areaIds.get(item.area)!,
        code: item.code,
        text: item.text,
        level: item.level ?? null,
        note: item.note ?? "",
        position: index + 1,
        suggestion: item.suggestion ?? null,
        updatedAt: now,
      })
      .run();
  });
}

/** Networks created before the checklist existed get it on first use. */
export function ensureChecklist(db: DbOrTx, networkId: number): void {
  const existing = db.select({ id: checklistAreas.id }).from(checklistAreas).where(eq(checklistAreas.networkId, networkId)).limit(1).get();
  if (!existing) seedDefaultChecklist(db, networkId);
}
