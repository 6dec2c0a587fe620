// Computed indicators: what the app's own data says about a period, for the network (centre null) and,
// where meaningful, per centre. Definitions: docs/decisions (computed indicators and review cycles) and
// the help texts "criteria.metric.*.help".
import type { Db } from "@db/client.server";
import type { IndicatorMetric } from "@db/schema";
import { type Period } from "~/modules/reviews/periods";
import { addDays, berlinMidnight } from "~/modules/time/dates";

export interface MetricValue {
  centreId: number | null;
  value: number | null;
  detail: string;
}

interface Centre {
  id: number;
  focusAreas: string[];
}

const dayMs = 24 * 3600_000;

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

function all<T>(db: Db, query: string, ...params: unknown[]): T[] {
  return db.$client.prepare(query).all(...params) as T[];
}

function networkCentres(db: Db, networkId: number): Centre[] {
  return all<{ id: number; focus_areas: string }>(db, "select id, focus_areas from centres where network_id = ? order by id", networkId).map((c) => ({
    id: c.id,
    focusAreas: JSON.parse(c.focus_areas) as string[],
  }));
}

function heldMeetings(db: Db, networkId: number, period: Period) {
  return all<{ id: number; town_attended: number }>(
    db,
    `select m.id, m.town_attended from meetings m join events e on e.id = m.event_id
     where m.network_id = ? and m.status = 'held' and e.date between ? and ? order by e.date, m.id`,
    networkId,
    period.start,
    period.end,
  );
}

function meetingsHeld(db: Db, networkId: number, period: Period): MetricValue[] {
  const held = heldMeetings(db, networkId, period).length;
  return [{ centreId: null, value: held, detail: held === 1 ? "1 Treffen im Zeitraum" : `${held} Treffen im Zeitraum` }];
}

function meetingAttendance(db: Db, networkId: number, period: Period, centres: Centre[]): MetricValue[] {
  const held = heldMeetings(db, networkId, period);
  const attended = all<{ meeting_id: number; centre_id: number }>(
    db,
    `select mc.meeting_id, mc.centre_id from meeting_centres mc join meetings m on m.id = mc.meeting_id join events e on e.id = m.event_id
     where m.network_id = ? and m.status = 'held' and e.date between ? and ? and mc.attended = 1`,
    networkId,
    period.start,
    period.end,
  );
  if (held.length === 0) {
    const none = "keine Treffen im Zeitraum";
    return [{ centreId: null, value: null, detail: none }, ...centres.map((c) => ({ centreId: c.id, value: null, detail: none }))];
  }
  const centreIds = new Set(centres.map((c) => c.id));
  const perMeeting = new Map<number, number>();
  const perCentre = new Map<number, number>();
  for (const row of attended) {
    if (!centreIds.has(row.centre_id)) continue;
    perMeeting.set(row.meeting_id, (perMeeting.get(row.meeting_id) ?? 0) + 1);
    perCentre.set(row.centre_id, (perCentre.get(row.centre_id) ?? 0) + 1);
  }
  const shares = held.map((m) => (centres.length === 0 ? 0 : (perMeeting.get(m.id) ?? 0) / centres.length));
  const mean = shares.reduce((a, b) => a + b, 0) / held.length;
  const meanCentres = Math.round(mean * centres.length * 10) / 10;
  const town = held.filter((m) => m.town_attended === 1).length;
  const network: MetricValue = {
    centreId: null,
    value: Math.round(mean * 1000) / 10,
    detail: `Ø ${String(meanCentres).replace(".", ",")} von ${centres.length} Zentren je Treffen; Stadt bei ${town} von ${held.length} Treffen`,
  };
  return [
    network,
    ...centres.map((c) => ({ centreId: c.id, value: percent(perCentre.get(c.id) ?? 0, held.length), detail: `${perCentre.get(c.id) ?? 0} von ${held.length} Treffen` })),
  ];
}

/** Published offerings active in the period (no validity or one overlapping the period). */
function activeOfferings(db: Db, networkId: number, period: Period) {
  return all<{ id: number; centre_id: number; focus_areas: string }>(
    db,
    `select id, centre_id, focus_areas from offerings
     where network_id = ? and status = 'published' and (valid_from is null or valid_from <= ?) and (valid_until is null or valid_until >= ?)`,
    networkId,
    period.end,
    period.start,
  );
}

const fold = (s: string) => s.trim().toLocaleLowerCase("de");

function offeringsFocusShare(db: Db, networkId: number, period: Period, centres: Centre[]): MetricValue[] {
  const focus = new Map(centres.map((c) => [c.id, new Set(c.focusAreas.map(fold))]));
  const totals = new Map<number, { all: number; matching: number }>();
  for (const o of activeOfferings(db, networkId, period)) {
    const entry = totals.get(o.centre_id) ?? { all: 0, matching: 0 };
    entry.all += 1;
    const areas = (JSON.parse(o.focus_areas) as string[]).map(fold);
    if (areas.some((a) => focus.get(o.centre_id)?.has(a))) entry.matching += 1;
    totals.set(o.centre_id, entry);
  }
  const detail = (t: { all: number; matching: number }) => `${t.matching} von ${t.all} Angeboten`;
  const pooled = { all: 0, matching: 0 };
  const rows = centres.map((c) => {
    const t = totals.get(c.id) ?? { all: 0, matching: 0 };
    pooled.all += t.all;
    pooled.matching += t.matching;
    return { centreId: c.id, value: percent(t.matching, t.all), detail: detail(t) };
  });
  return [{ centreId: null, value: percent(pooled.matching, pooled.all), detail: detail(pooled) }, ...rows];
}

function offeringsAnsweringNeeds(db: Db, networkId: number, period: Period, centres: Centre[]): MetricValue[] {
  const active = new Map(activeOfferings(db, networkId, period).map((o) => [o.id, o.centre_id]));
  const links = all<{ need_id: number; offering_id: number }>(
    db,
    "select no.need_id, no.offering_id from need_offerings no join needs n on n.id = no.need_id where n.network_id = ?",
    networkId,
  ).filter((l) => active.has(l.offering_id));
  const summarise = (rows: typeof links) => {
    const offeringCount = new Set(rows.map((r) => r.offering_id)).size;
    const needCount = new Set(rows.map((r) => r.need_id)).size;
    return { value: offeringCount, detail: `${offeringCount} ${offeringCount === 1 ? "Angebot" : "Angebote"} zu ${needCount} ${needCount === 1 ? "Bedarf" : "Bedarfen"}` };
  };
  return [
    { centreId: null, ...summarise(links) },
    ...centres.map((c) => ({ centreId: c.id, ...summarise(links.filter((l) => active.get(l.offering_id) === c.id)) })),
  ];
}

function partnersWithAgreement(db: Db, networkId: number, period: Period, centres: Centre[]): MetricValue[] {
  const rows = all<{ centre_id: number; partner_id: number; hood: string | null }>(
    db,
    `select a.centre_id, a.partner_id, h.name as hood from agreements a join partners p on p.id = a.partner_id join centres c on c.id = a.centre_id
     left join neighbourhoods h on h.id = p.neighbourhood_id
     where c.network_id = ? and a.starts_on <= ? and (a.ends_on is null or a.ends_on >= ?)`,
    networkId,
    period.end,
    period.end,
  );
  const partnersOf = (centreId: number) => new Set(rows.filter((r) => r.centre_id === centreId).map((r) => r.partner_id)).size;
  const hoods = new Map<string, Set<number>>();
  for (const r of rows) {
    const name = r.hood ?? "ohne Stadtteil";
    hoods.set(name, (hoods.get(name) ?? new Set()).add(r.partner_id));
  }
  const total = new Set(rows.map((r) => r.partner_id)).size;
  const breakdown = [...hoods.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "de"))
    .map(([name, set]) => `${name}: ${set.size}`)
    .join(", ");
  return [
    { centreId: null, value: total, detail: total === 0 ? "keine gültigen Vereinbarungen" : `${total} Partner; ${breakdown}` },
    ...centres.map((c) => {
      const n = partnersOf(c.id);
      return { centreId: c.id, value: n, detail: `${n} Partner mit gültiger Vereinbarung am ${period.end.split("-").reverse().join(".")}` };
    }),
  ];
}

function flagsDecided30d(db: Db, networkId: number, period: Period, centres: Centre[]): MetricValue[] {
  const start = berlinMidnight(period.start);
  const end = berlinMidnight(addDays(period.end, 1));
  const flags = all<{ id: number; created_at: number; decided_at: number | null; status: string; a_centre: number; b_centre: number }>(
    db,
    `select f.id, f.created_at, f.decided_at, f.status, a.centre_id as a_centre, b.centre_id as b_centre
     from overlap_flags f join offerings a on a.id = f.offering_a_id join offerings b on b.id = f.offering_b_id
     where f.network_id = ? and ((f.created_at >= ? and f.created_at < ?) or (f.created_at < ? and (f.decided_at is null or f.status = 'open' or f.decided_at >= ?)))`,
    networkId,
    start,
    end,
    start,
    start,
  );
  const inTime = (f: (typeof flags)[number]) => f.status !== "open" && f.decided_at !== null && f.decided_at - f.created_at <= 30 * dayMs;
  const summarise = (rows: typeof flags): Omit<MetricValue, "centreId"> => {
    if (rows.length === 0) return { value: null, detail: "keine Markierungen im Zeitraum" };
    const decided = rows.filter(inTime).length;
    return { value: percent(decided, rows.length), detail: `${decided} von ${rows.length} Markierungen` };
  };
  return [
    { centreId: null, ...summarise(flags) },
    ...centres.map((c) => ({ centreId: c.id, ...summarise(flags.filter((f) => f.a_centre === c.id || f.b_centre === c.id)) })),
  ];
}

/** Does the metric have a value per centre? (meetings-held is counted for the network only.) */
export function metricHasCentreValues(metric: IndicatorMetric): boolean {
  return metric !== "meetings-held";
}

/** A metric's values for the period: the network row (centre null) first, then one per centre where meaningful. */
export function computeMetric(db: Db, networkId: number, metric: IndicatorMetric, period: Period): MetricValue[] {
  const centres = networkCentres(db, networkId);
  switch (metric) {
    case "meetings-held":
      return meetingsHeld(db, networkId, period);
    case "meeting-attendance":
      return meetingAttendance(db, networkId, period, centres);
    case "offerings-focus-share":
      return offeringsFocusShare(db, networkId, period, centres);
    case "offerings-answering-needs":
      return offeringsAnsweringNeeds(db, networkId, period, centres);
    case "partners-with-agreement":
      return partnersWithAgreement(db, networkId, period, centres);
    case "flags-decided-30d":
      return flagsDecided30d(db, networkId, period, centres);
  }
}

/** The value type a metric produces. */
export const metricValueTypes: Record<IndicatorMetric, "number" | "percent"> = {
  "meetings-held": "number",
  "meeting-attendance": "percent",
  "offerings-focus-share": "percent",
  "offerings-answering-needs": "number",
  "partners-with-agreement": "number",
  "flags-decided-30d": "percent",
};
