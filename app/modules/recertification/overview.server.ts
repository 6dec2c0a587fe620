// Readiness at a glance: per centre (areas, items, flags, countdown), for the network's table and for
// the start page.
import { asc, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { agreements, partners } from "@db/schema";

import type { Centre } from "~/modules/network/structure.server";
import { listCentres } from "~/modules/network/structure.server";
import { can, type Actor } from "~/modules/permissions/permissions";
import { loadChecklist, type Checklist, type ChecklistArea, type ChecklistItem } from "./checklist.server";
import { countdown, reviewPeriod, type Countdown } from "./countdown";
import { listEvidence, type EvidenceView } from "./evidence.server";
import { itemState, readiness, type ItemState, type Period, type Score } from "./readiness";
import { berlinToday } from "~/modules/time/dates";

export interface CentreReview {
  countdown: Countdown;
  /** The review year's period; the current year while neither a certificate date nor a review year is set. */
  period: Period;
  year: number;
}

export function centreReview(centre: Pick<Centre, "certificateValidUntil" | "recertificationYear">, today = berlinToday()): CentreReview {
  const c = countdown(today, centre.certificateValidUntil, centre.recertificationYear);
  const year = c.reviewYear ?? Number(today.slice(0, 4));
  return { countdown: c, period: reviewPeriod(year), year };
}

export type Flag =
  | { kind: "agreement"; partnerName: string; endsOn: string; ended: boolean }
  | { kind: "training"; itemCode: string; label: string; date: string }
  | { kind: "offering"; itemCode: string; label: string };

export interface ItemReadiness {
  item: ChecklistItem;
  count: number;
  state: ItemState;
}

export interface AreaReadiness {
  area: ChecklistArea;
  score: Score;
  items: ItemReadiness[];
}

export interface CentreReadiness extends CentreReview {
  overall: Score;
  areas: AreaReadiness[];
  flags: Flag[];
  evidence: EvidenceView[];
}

/** Agreements of the centre that end before the end of the review year (or have ended). */
function agreementFlags(centreId: number, period: Period, today: string): Flag[] {
  return getDb()
    .select({ name: partners.name, endsOn: agreements.endsOn })
    .from(agreements)
    .innerJoin(partners, eq(partners.id, agreements.partnerId))
    .where(eq(agreements.centreId, centreId))
    .orderBy(asc(agreements.endsOn))
    .all()
    .flatMap((a) => (a.endsOn && a.endsOn < period.to ? [{ kind: "agreement" as const, partnerName: a.name, endsOn: a.endsOn, ended: a.endsOn < today }] : []));
}

export function centreReadiness(centre: Centre, checklist: Checklist = loadChecklist(centre.networkId), today = berlinToday()): CentreReadiness {
  const review = centreReview(centre, today);
  const evidence = listEvidence(centre.id, review.period);
  const byItem = new Map<number, EvidenceView[]>();
  for (const e of evidence) byItem.set(e.itemId, [...(byItem.get(e.itemId) ?? []), e]);
  const scores = readiness(checklist.items.map((i) => ({ areaId: i.areaId, retired: i.retired, states: (byItem.get(i.id) ?? []).map((e) => e.state) })));
  const codes = new Map(checklist.items.map((i) => [i.id, i.code]));
  const flags: Flag[] = agreementFlags(centre.id, review.period, today);
  for (const e of evidence) {
    const itemCode = codes.get(e.itemId) ?? "";
    if (e.state === "training-old" && e.date) flags.push({ kind: "training", itemCode, label: e.label, date: e.date });
    if (e.kind === "offering" && e.state === "outside-period") flags.push({ kind: "offering", itemCode, label: e.label });
  }
  return {
    ...review,
    overall: scores.overall,
    flags,
    evidence,
    areas: checklist.areas.map((area) => ({
      area,
      score: scores.byArea.get(area.id) ?? { ready: 0, total: 0, percent: 0 },
      items: checklist.items
        .filter((i) => i.areaId === area.id)
        .map((item) => {
          const list = byItem.get(item.id) ?? [];
          return { item, count: list.length, state: itemState(list.map((e) => e.state)) };
        }),
    })),
  };
}

export interface CentreRow {
  slug: string;
  name: string;
  validUntil: string | null;
  reviewYear: number | null;
  countdown: Countdown;
  percent: number;
  ready: number;
  total: number;
  flags: number;
}

/** One row per centre the actor collects evidence for (the coordinator: all), soonest expiry first. */
export function centreRows(network: { id: number }, actor: Actor, today = berlinToday()): CentreRow[] {
  const checklist = loadChecklist(network.id);
  return listCentres(network.id)
    .filter((c) => can(actor, "collect:evidence", { networkId: network.id, centreId: c.id }))
    .map((c) => {
      const r = centreReadiness(c, checklist, today);
      return {
        slug: c.slug,
        name: c.name,
        validUntil: c.certificateValidUntil,
        reviewYear: r.countdown.reviewYear,
        countdown: r.countdown,
        percent: r.overall.percent,
        ready: r.overall.ready,
        total: r.overall.total,
        flags: r.flags.length,
      };
    })
    .sort((a, b) => (a.validUntil ?? "9999").localeCompare(b.validUntil ?? "9999") || a.name.localeCompare(b.name));
}

/**
 * The start page's section: a lead or staff member sees their centre's countdown and readiness; the
 * coordinator sees the centres within 18 months of expiry (or expired).
 */
export function startPageRecertification(network: { id: number }, actor: Actor, today = berlinToday()) {
  const coordinator = can(actor, "manage:checklist", { networkId: network.id });
  const rows = centreRows(network, actor, today);
  return { coordinator, rows: coordinator ? rows.filter((r) => r.countdown.level !== null) : rows };
}
