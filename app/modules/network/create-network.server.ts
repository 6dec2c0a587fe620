import type { DbOrTx } from "@db/client.server";
import { networks } from "@db/schema";
import { seedDefaultCategories } from "~/modules/offerings/categories.server";
import { seedDefaultChecklist } from "~/modules/recertification/checklist-seed.server";

/** Inserts a network with what every network starts with: the default offering categories and
 * the recertification checklist. */
export function insertNetwork(db: DbOrTx, input: { slug: string; name: string; isDemo?: boolean }) {
  const network = db.insert(networks).values({ slug: input.slug, name: input.name, isDemo: input.isDemo ?? false }).returning().get();
  seedDefaultCategories(db, network.id);
  seedDefaultChecklist(db, network.id);
  return network;
}
