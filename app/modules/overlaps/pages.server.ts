// What the overlap pages load: the list (network or one neighbourhood), one flag with its history and
// comments, and the start page's section. Routes stay thin.
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { auditLog, neighbourhoods } from "@db/schema";
import { formatDateTime } from "~/modules/accounts/format";
import { notFound } from "~/modules/accounts/actor.server";
import { requestI18n } from "~/modules/i18n/request.server";
import type { Network } from "~/modules/network/networks.server";
import { listCentres, listNeighbourhoods } from "~/modules/network/structure.server";
import { can, type Actor } from "~/modules/permissions/permissions";
import { listComments } from "./comments.server";
import { renderReasons } from "./reasons";
import { reviewList } from "./review.server";
import { archivableSides, reopenedLines } from "./decisions.server";
import {
  canDecide,
  categoryNamer,
  displayStatus,
  flagCentres,
  flagCounts,
  listFlags,
  offeringSides,
  openFlagCount,
  openFlagsForCentres,
  parseFlagFilter,
  type Flag,
} from "./queries.server";

export function requireNeighbourhood(networkId: number, slug: string | undefined) {
  if (!slug) notFound();
  return (
    getDb()
      .select()
      .from(neighbourhoods)
      .where(and(eq(neighbourhoods.networkId, networkId), eq(neighbourhoods.slug, slug)))
      .get() ?? notFound()
  );
}

/** The overlap list of a network, or of one neighbourhood when given. */
export function overlapListPage(request: Request, network: Network, actor: Actor, neighbourhood?: { id: number; name: string; slug: string }) {
  const { t, locale } = requestI18n(request);
  const filter = { ...parseFlagFilter(new URL(request.url).searchParams), neighbourhoodId: neighbourhood?.id ?? null };
  return {
    network: { slug: network.slug, name: network.name },
    neighbourhood: neighbourhood ? { name: neighbourhood.name, slug: neighbourhood.slug } : null,
    filter: { status: filter.status ?? "", centre: filter.centreId ? String(filter.centreId) : "" },
    counts: flagCounts(network.id, neighbourhood?.id),
    flags: listFlags(network.id, filter, t, locale),
    centres: listCentres(network.id).map((c) => ({ id: c.id, name: c.name })),
    neighbourhoods: listNeighbourhoods(network.id).map((n) => ({ slug: n.slug, name: n.name })),
    // The network page offers the pairs detection is least sure about.
    review: neighbourhood ? [] : reviewList(actor, network.id, t, locale),
  };
}

export interface DecisionHistoryEntry {
  by: string;
  at: string;
  decision: string;
  resolution: string | null;
  note: string;
}

/** Every decision taken on the flag (from the audit log), oldest first, with the state after it. */
export function decisionHistory(flagId: number, format: (ms: number) => string): DecisionHistoryEntry[] {
  const rows = getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "overlap"), eq(auditLog.entityId, String(flagId)), eq(auditLog.action, "update")))
    .orderBy(asc(auditLog.id))
    .all();
  const state: Record<string, unknown> = { status: "open", resolution: null, decisionNote: "" };
  return rows.map((row) => {
    for (const [field, change] of Object.entries(row.summary)) if (Array.isArray(change)) state[field] = change[1];
    return {
      by: row.actorName,
      at: format(row.at),
      decision: String(state.status ?? "open"),
      resolution: typeof state.resolution === "string" ? state.resolution : null,
      note: typeof state.decisionNote === "string" ? state.decisionNote : "",
    };
  });
}

/** One flag: both offerings, reasons, history, comments, and what the actor may do. */
export function flagPage(request: Request, network: Network, actor: Actor, flag: Flag) {
  const { t, locale } = requestI18n(request);
  const sides = offeringSides([flag.offeringAId, flag.offeringBId], t, locale);
  const a = sides.get(flag.offeringAId);
  const b = sides.get(flag.offeringBId);
  if (!a || !b) notFound();
  const centres = flagCentres(flag);
  const mayDecide = canDecide(actor, network.id, centres);
  const neighbourhood = flag.neighbourhoodId
    ? (getDb().select({ name: neighbourhoods.name, slug: neighbourhoods.slug }).from(neighbourhoods).where(eq(neighbourhoods.id, flag.neighbourhoodId)).get() ?? null)
    : null;
  return {
    network: { slug: network.slug, name: network.name },
    neighbourhood,
    flag: {
      id: flag.id,
      status: displayStatus(flag),
      decision: flag.status,
      resolution: flag.resolution,
      score: Math.round(flag.score * 100),
      reasons: renderReasons(flag.reasons, t, categoryNamer(network.id, locale)),
      note: flag.decisionNote,
      createdAt: formatDateTime(flag.createdAt, locale),
      decidedBy: flag.decidedByName,
      decidedAt: flag.decidedAt ? formatDateTime(flag.decidedAt, locale) : null,
      reopened: reopenedLines(flag, t, locale),
    },
    a,
    b,
    history: decisionHistory(flag.id, (ms) => formatDateTime(ms, locale)),
    comments: listComments(flag.id).map((c) => ({ id: c.id, author: c.authorName, body: c.body, at: formatDateTime(c.createdAt, locale) })),
    canDecide: mayDecide,
    canArchive: mayDecide ? archivableSides(actor, network.id, centres) : { a: false, b: false },
  };
}

/** The start page's section: open flags touching the person's centres; the coordinator's count. */
export function startPageOverlaps(request: Request, network: Network, actor: Actor) {
  const { t, locale } = requestI18n(request);
  const centreIds = [
    ...new Set(actor.memberships.filter((m) => m.networkId === network.id && m.centreId !== null).map((m) => m.centreId as number)),
  ];
  const isCoordinator = can(actor, "decide:overlap", { networkId: network.id, centreId: null });
  return {
    centreFlags: centreIds.length > 0 ? openFlagsForCentres(network.id, centreIds, t, locale) : null,
    openCount: isCoordinator ? openFlagCount(network.id) : null,
  };
}
