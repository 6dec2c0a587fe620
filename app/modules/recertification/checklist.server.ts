// A network's recertification checklist: the Gütesiegel areas and their items (criteria), read by every
// member and edited by coordinators ("manage:checklist"): rename areas; add, edit, retire/restore and
// reorder items.
import { movedOrder } from "~/modules/lists/move";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { checklistAreas, checklistItems } from "@db/schema";
import { notFound } from "~/modules/accounts/actor.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { isUniqueViolation, refused, type Mutation } from "~/modules/network/result";
import type { Actor } from "~/modules/permissions/permissions";
import { ensureChecklist } from "./checklist-seed.server";
import type { AreaInput, ItemInput } from "./schemas";
import { nowMs } from "~/modules/time/clock";

export type ChecklistArea = typeof checklistAreas.$inferSelect;
export type ChecklistItem = typeof checklistItems.$inferSelect;

export interface Checklist {
  areas: ChecklistArea[];
  items: ChecklistItem[];
}

/** The network's checklist (areas and items in order), seeded on first use for older networks. */
export function loadChecklist(networkId: number): Checklist {
  const db = getDb();
  ensureChecklist(db, networkId);
  const areas = db.select().from(checklistAreas).where(eq(checklistAreas.networkId, networkId)).orderBy(asc(checklistAreas.position)).all();
  const items = db
    .select()
    .from(checklistItems)
    .where(eq(checklistItems.networkId, networkId))
    .orderBy(asc(checklistItems.position), asc(checklistItems.id))
    .all();
  return { areas, items };
}

export function getItem(networkId: number, id: number): ChecklistItem {
  return getDb().select().from(checklistItems).where(and(eq(checklistItems.networkId, networkId), eq(checklistItems.id, id))).get() ?? notFound();
}

export function getArea(networkId: number, id: number): ChecklistArea | null {
  return getDb().select().from(checklistAreas).where(and(eq(checklistAreas.networkId, networkId), eq(checklistAreas.id, id))).get() ?? null;
}

export function renameArea(actor: Actor, area: ChecklistArea, input: AreaInput): void {
  getDb().transaction((tx) => {
    const row = tx.update(checklistAreas).set({ nameDe: input.nameDe, nameEn: input.nameEn }).where(eq(checklistAreas.id, area.id)).returning().get();
    recordAudit(
      { actor, networkId: area.networkId, entity: "checklist-area", entityId: area.id, action: "update", before: { nameDe: area.nameDe, nameEn: area.nameEn }, after: { nameDe: row.nameDe, nameEn: row.nameEn } },
      tx,
    );
  });
}

function itemView(row: ChecklistItem) {
  return { areaId: row.areaId, code: row.code, text: row.text, level: row.level, note: row.note, retired: row.retired, suggestion: row.suggestion };
}

export function createItem(actor: Actor, networkId: number, input: ItemInput, now = nowMs()): Mutation<ChecklistItem> {
  if (!getArea(networkId, input.areaId)) return refused("areaId", "recert.checklist.areaUnknown");
  try {
    return getDb().transaction((tx) => {
      const last = tx.select({ position: checklistItems.position }).from(checklistItems).where(eq(checklistItems.networkId, networkId)).all();
      const position = Math.max(0, ...last.map((r) => r.position)) + 1;
      const row = tx.insert(checklistItems).values({ networkId, ...input, position, updatedAt: now }).returning().get();
      recordAudit({ actor, networkId, entity: "checklist-item", entityId: row.id, action: "create", after: itemView(row) }, tx);
      return { ok: true as const, value: row };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused("code", "recert.checklist.codeTaken");
    throw error;
  }
}

export function updateItem(actor: Actor, item: ChecklistItem, input: ItemInput, now = nowMs()): Mutation<ChecklistItem> {
  if (!getArea(item.networkId, input.areaId)) return refused("areaId", "recert.checklist.areaUnknown");
  try {
    return getDb().transaction((tx) => {
      const row = tx.update(checklistItems).set({ ...input, updatedAt: now }).where(eq(checklistItems.id, item.id)).returning().get();
      recordAudit({ actor, networkId: item.networkId, entity: "checklist-item", entityId: item.id, action: "update", before: itemView(item), after: itemView(row) }, tx);
      return { ok: true as const, value: row };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refused("code", "recert.checklist.codeTaken");
    throw error;
  }
}

export function setItemRetired(actor: Actor, item: ChecklistItem, retired: boolean, now = nowMs()): void {
  getDb().transaction((tx) => {
    tx.update(checklistItems).set({ retired, updatedAt: now }).where(eq(checklistItems.id, item.id)).run();
    recordAudit({ actor, networkId: item.networkId, entity: "checklist-item", entityId: item.id, action: "update", before: { retired: item.retired }, after: { retired } }, tx);
  });
}

/** Moves an item one place up or down among the items of its area. */
export function moveItem(actor: Actor, item: ChecklistItem, direction: "up" | "down"): boolean {
  return getDb().transaction((tx) => {
    const siblings = tx
      .select({ id: checklistItems.id })
      .from(checklistItems)
      .where(and(eq(checklistItems.networkId, item.networkId), eq(checklistItems.areaId, item.areaId)))
      .orderBy(asc(checklistItems.position), asc(checklistItems.id))
      .all();
    const order = movedOrder(siblings.map((s) => s.id), item.id, direction);
    if (!order) return false;
    order.forEach((id, i) => tx.update(checklistItems).set({ position: i + 1 }).where(eq(checklistItems.id, id)).run());
    const position = order.indexOf(item.id) + 1;
    recordAudit({ actor, networkId: item.networkId, entity: "checklist-item", entityId: item.id, action: "update", before: { position: item.position }, after: { position } }, tx);
    return true;
  });
}

/** The form's values for an item. */
export function itemFormValues(item: ChecklistItem) {
  const rule = item.suggestion;
  return {
    areaId: String(item.areaId),
    code: item.code,
    text: item.text,
    level: item.level ?? "",
    note: item.note,
    source: rule?.source ?? "",
    categoryKeys: rule?.categoryKeys ?? [],
    maxIntervalDays: rule?.maxIntervalDays ? String(rule.maxIntervalDays) : "",
    keywords: (rule?.keywords ?? []).join(", "),
    ageFromBelowMonths: rule?.ageFromBelowMonths ? String(rule.ageFromBelowMonths) : "",
    partnerKinds: (rule?.partnerKinds ?? []).join(", "),
  };
}
