// Lookups for the overlap tests: flags of the demo network by the centres and a title.
import { getDb } from "@db/client.server";

/** The id of the demo flag between offerings of these two centres whose titles contain `title`. */
export function flagIdBetween(centreX: string, centreY: string, title: string, network = "unna"): number {
  const row = getDb()
    .$client.prepare(
      `select f.id from overlap_flags f
       join networks n on n.id = f.network_id
       join offerings a on a.id = f.offering_a_id join centres ca on ca.id = a.centre_id
       join offerings b on b.id = f.offering_b_id join centres cb on cb.id = b.centre_id
       where n.slug = ? and ((ca.slug = ? and cb.slug = ?) or (ca.slug = ? and cb.slug = ?))
         and (a.title like ? or b.title like ?)
       order by f.id limit 1`,
    )
    .get(network, centreX, centreY, centreY, centreX, `%${title}%`, `%${title}%`) as { id: number } | undefined;
  if (!row) throw new Error(`No flag between ${centreX} and ${centreY} (${title})`);
  return row.id;
}

/** Arche / St. Martin in Massen ("Stilltreff mit Beratung"): leadA may decide it, leadB may not. */
export const archeFlag = () => flagIdBetween("arche", "st-martin", "Stilltreff");
/** Regenbogen / Sternschnuppe in Königsborn ("Massage für Neugeborene"). */
export const regenbogenFlag = () => flagIdBetween("regenbogen", "sternschnuppe", "Massage");
