// The coordinator's taxonomy work: add, rename, retire and reactivate categories, and the network's stale
// period. Retired categories are not offered in forms; offerings that have one keep it. Every change is audited.
import { and, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { categories, networks, offerings } from "@db/schema";
import { notFound } from "~/modules/accounts/actor.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { isUniqueViolation, refused, type Mutation } from "~/modules/network/result";
import { slugify } from "~/modules/network/slug";
import type { Actor } from "~/modules/permissions/permissions";
import { listCategories, type Category } from "./categories.server";
import type { CategoryInput, NewCategoryInput } from "./taxonomy-schemas";
import { categoryKeyPattern } from "./taxonomy-schemas";

/** The network's categories with the number of offerings in each. */
export function categoriesWithUsage(networkId: number) {
  const counts = new Map(
    getDb()
      .select({ id: offerings.categoryId, n: sql<number>`count(*)` })
      .from(offerings)
      .where(eq(offerings.networkId, networkId))
      .groupBy(offerings.categoryId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  return listCategories(networkId).map((c) => ({ ...c, offerings: counts.get(c.id) ?? 0 }));
}

function requireCategory(networkId: number, id: number): Category {
  return getDb().select().from(categories).where(and(eq(categories.networkId, networkId), eq(categories.id, id))).get() ?? notFound();
}

function nameTaken(networkId: number, nameDe: string, exceptId?: number): boolean {
  const conditions = [eq(categories.networkId, networkId), sql`lower(${categories.nameDe}) = lower(${nameDe})`];
  if (exceptId !== undefined) conditions.push(ne(categories.id, exceptId));
  return getDb().select({ id: categories.id }).from(categories).where(and(...conditions)).get() !== undefined;
}

export function addCategory(actor: Actor, networkId: number, input: NewCategoryInput): Mutation<Category> {
  const key = input.key || slugify(input.nameDe);
  if (!categoryKeyPattern.test(key)) return refused("key", "categories.keyInvalid");
  if (nameTaken(networkId, input.nameDe)) return refused("nameDe", "categories.nameTaken");
  const db = getDb();
  try {
    const category = db.transaction((tx) => {
      const position = tx.select({ max: sql<number | null>`max(${categories.position})` }).from(categories).where(eq(categories.networkId, networkId)).get()?.max ?? 0;
      const row = tx.insert(categories).values({ networkId, key, area: input.area, nameDe: input.nameDe, nameEn: input.nameEn, position: position + 1 }).returning().get();
      recordAudit({ actor, networkId, entity: "category", entityId: row.id, action: "create", after: { key, area: row.area, nameDe: row.nameDe, nameEn: row.nameEn } }, tx);
      return row;
    });
    return { ok: true, value: category };
  } catch (error) {
    if (isUniqueViolation(error)) return refused("key", "categories.keyTaken");
    throw error;
  }
}

export function updateCategory(actor: Actor, networkId: number, input: CategoryInput): Mutation<Category> {
  const before = requireCategory(networkId, input.id);
  if (nameTaken(networkId, input.nameDe, before.id)) return refused("nameDe", "categories.nameTaken");
  const after = getDb().transaction((tx) => {
    const row = tx.update(categories).set({ area: input.area, nameDe: input.nameDe, nameEn: input.nameEn }).where(eq(categories.id, before.id)).returning().get();
    recordAudit(
      { actor, networkId, entity: "category", entityId: before.id, action: "update", before: { area: before.area, nameDe: before.nameDe, nameEn: before.nameEn }, after: { area: row.area, nameDe: row.nameDe, nameEn: row.nameEn } },
      tx,
    );
    return row;
  });
  return { ok: true, value: after };
}

/** Retire (no longer offered in forms) or reactivate a category. */
export function setCategoryRetired(actor: Actor, networkId: number, id: number, retired: boolean): Category {
  const before = requireCategory(networkId, id);
  if (before.retired === retired) return before;
  return getDb().transaction((tx) => {
    const row = tx.update(categories).set({ retired }).where(eq(categories.id, id)).returning().get();
    recordAudit({ actor, networkId, entity: "category", entityId: id, action: "update", before: { retired: before.retired }, after: { retired } }, tx);
    return row;
  });
}

/** After how many months without a "still current" confirmation an offering shows as stale. */
export function setStalePeriod(actor: Actor, networkId: number, months: number): void {
  getDb().transaction((tx) => {
    const before = tx.select().from(networks).where(eq(networks.id, networkId)).get() ?? notFound();
    if (before.staleAfterMonths === months) return;
    tx.update(networks).set({ staleAfterMonths: months }).where(eq(networks.id, networkId)).run();
    recordAudit({ actor, networkId, entity: "network", entityId: networkId, action: "update", before: { staleAfterMonths: before.staleAfterMonths }, after: { staleAfterMonths: months } }, tx);
  });
}
