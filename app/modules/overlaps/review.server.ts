// "Bitte prüfen": the pairs the model is least sure about (open flags just above the threshold and near
// misses just below it), for the people who may decide them. A "Doppelangebot" or "Kein Doppelangebot"
// from this list is an ordinary decision of the pair (a near miss becomes a decided flag), and decisions
// teach the network's detection (see refreshRelated).
import { and, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { overlapFlags, overlapNearMisses } from "@db/schema";
import { forbidden, notFound } from "~/modules/accounts/actor.server";
import type { Locale, Translate } from "~/modules/i18n/translate";
import type { Actor } from "~/modules/permissions/permissions";
import { nowMs } from "~/modules/time/clock";
import { decideFlag, type DecideResult } from "./decisions.server";
import { defaultModel, doubt, doubtRange } from "./model";
import { canDecide, categoryNamer, findFlag, flagCentres, offeringSides, type OfferingSide } from "./queries.server";
import { renderReasons, type StoredReason } from "./reasons";

export interface ReviewItem {
  /** "flag:ID" or "near:ID". */
  key: string;
  /** The model's probability, in percent. */
  certainty: number;
  neighbourhood: string;
  reasons: string[];
  a: OfferingSide;
  b: OfferingSide;
}

type Candidate = [kind: "flag" | "near", id: number, a: number, b: number, score: number, neighbourhood: string | null, reasons: string];

/** Up to `limit` pairs closest to the threshold that the actor may decide, least sure first. */
export function reviewList(actor: Actor, networkId: number, t: Translate, locale: Locale, limit = 5): ReviewItem[] {
  const { high } = doubtRange(defaultModel);
  const client = getDb().$client;
  const flags = client
    .prepare<[number, number], Candidate>(
      `SELECT 'flag', f.id, f.offering_a_id, f.offering_b_id, f.score, n.name, f.reasons FROM overlap_flags f LEFT JOIN neighbourhoods n ON n.id = f.neighbourhood_id
       WHERE f.network_id = ? AND f.status = 'open' AND f.score < ? ORDER BY f.score LIMIT 50`,
    )
    .raw(true)
    .all(networkId, high);
  const near = client
    .prepare<[number], Candidate>(
      `SELECT 'near', m.id, m.offering_a_id, m.offering_b_id, m.score, n.name, m.reasons FROM overlap_near_misses m LEFT JOIN neighbourhoods n ON n.id = m.neighbourhood_id
       WHERE m.network_id = ? ORDER BY m.score DESC LIMIT 50`,
    )
    .raw(true)
    .all(networkId);
  const rows = [...flags, ...near].sort((x, y) => doubt(defaultModel, x[4]) - doubt(defaultModel, y[4]));
  const sides = offeringSides(rows.flatMap((r) => [r[2], r[3]]), t, locale);
  const items: ReviewItem[] = [];
  const categoryName = categoryNamer(networkId, locale);
  for (const [kind, id, offeringA, offeringB, score, neighbourhood, reasons] of rows) {
    const a = sides.get(offeringA);
    const b = sides.get(offeringB);
    if (!a || !b || a.status !== "published" || b.status !== "published") continue;
    if (!canDecide(actor, networkId, { a: a.centreId, b: b.centreId })) continue;
    const rendered = renderReasons(JSON.parse(reasons) as StoredReason[], t, categoryName);
    items.push({ key: `${kind}:${id}`, certainty: Math.round(score * 100), neighbourhood: neighbourhood ?? "", reasons: rendered, a, b });
    if (items.length === limit) break;
  }
  return items;
}

/**
 * Decides an item of the list: "duplicate" (the centres coordinate; the flag page offers archiving or
 * merging later) or "not-duplicate". 404 for items of other networks or gone; 403 for someone who may not
 * decide the pair.
 */
export function decideFromReview(actor: Actor, networkId: number, formData: FormData): DecideResult {
  const [kind, rawId] = String(formData.get("item") ?? "").split(":");
  const id = Number(rawId);
  const decision = formData.get("decision");
  if (!Number.isInteger(id) || id <= 0 || (kind !== "flag" && kind !== "near")) notFound();
  if (decision !== "duplicate" && decision !== "not-duplicate") return { ok: false, errors: { decision: ["overlaps.error.decision"] }, status: 400 };
  const fields = new FormData();
  fields.set("decision", decision);
  if (decision === "duplicate") fields.set("resolution", "coordinate");
  const db = getDb();
  if (kind === "flag") {
    // Decided meanwhile by someone else: this decision replaces it, as on the flag's page.
    return decideFlag(actor, findFlag(networkId, id) ?? notFound(), fields);
  }
  const near = db.select().from(overlapNearMisses).where(and(eq(overlapNearMisses.id, id), eq(overlapNearMisses.networkId, networkId))).get() ?? notFound();
  if (!canDecide(actor, networkId, flagCentres(near))) forbidden();
  // The near miss becomes a flag, which the decision then settles (it cannot fail on these fields; if it
  // does, the flag goes again).
  const flag = db
    .insert(overlapFlags)
    .values({ networkId, neighbourhoodId: near.neighbourhoodId, offeringAId: near.offeringAId, offeringBId: near.offeringBId, score: near.score, reasons: near.reasons, updatedAt: nowMs() })
    .returning()
    .get();
  db.delete(overlapNearMisses).where(eq(overlapNearMisses.id, near.id)).run();
  const result = decideFlag(actor, flag, fields);
  if (!result.ok) db.delete(overlapFlags).where(eq(overlapFlags.id, flag.id)).run();
  return result;
}
