// A network's offering categories: seeded from the default taxonomy, then the network's own.
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@db/client.server";
import { getDb } from "@db/client.server";
import { categories } from "@db/schema";
import taxonomy from "@db/seed/data/taxonomy.json";

export type Category = typeof categories.$inferSelect;

export const performanceAreas: { id: string; de: string; en: string }[] = taxonomy.areas;

/** Gives a new network the default categories (../shared/data/taxonomy.json, copied into db/seed/data). */
export function seedDefaultCategories(db: DbOrTx, networkId: number): void {
  taxonomy.categories.forEach((category, index) => {
    db.insert(categories)
      .values({ networkId, key: category.id, area: category.area, nameDe: category.de, nameEn: category.en, position: index + 1 })
      .onConflictDoNothing()
      .run();
  });
}

export function listCategories(networkId: number, db: DbOrTx = getDb()): Category[] {
  return db.select().from(categories).where(eq(categories.networkId, networkId)).orderBy(asc(categories.position), asc(categories.id)).all();
}

export function categoryName(category: Pick<Category, "nameDe" | "nameEn">, locale: "de" | "en"): string {
  return locale === "en" ? category.nameEn : category.nameDe;
}
