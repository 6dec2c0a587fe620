// A small network with a known review history, written straight into the database with drizzle:
// three centres, three criteria (one network-wide), five indicators of every value type, two closed
// cycles ("2. Halbjahr 2025", "1. Halbjahr 2026") with assessments and frozen values, optionally an open
// cycle, a draft cycle that must never show, actions and working-group meetings. Used by the trend
// tests (integration and browser) independently of the demo seed.
import type { DbOrTx } from "@db/client.server";
import * as s from "@db/schema";
import { createCentre, createCriterion, createNeighbourhood, createNetwork, createUser } from "@db/seed/factories";

type Status = s.AssessmentStatus;

export const fixtureEmails = {
  coordinator: "koordination@trendstadt.example",
  leadApfelbaum: "leitung.apfelbaum@trendstadt.example",
};

export interface TrendsFixture {
  networkId: number;
  slug: string;
  centres: { apfelbaum: number; birke: number; kastanie: number };
  criteria: { exchange: number; concept: number; development: number };
  indicators: { meetings: number; attendance: number; conceptShare: number; trainingPlan: number; readiness: number };
  cycles: { first: number; second: number; open: number | null; draft: number };
  users: { coordinator: number; leadApfelbaum: number };
}

const now = () => Date.now();

function cycle(db: DbOrTx, networkId: number, title: string, periodStart: string, periodEnd: string, status: "draft" | "open" | "closed") {
  return db
    .insert(s.reviewCycles)
    .values({ networkId, title, periodStart, periodEnd, dueOn: periodEnd, status, closedAt: status === "closed" ? now() : null })
    .returning()
    .get().id;
}

function indicator(db: DbOrTx, criterionId: number, position: number, input: Pick<typeof s.indicators.$inferInsert, "title" | "valueType" | "target" | "direction">) {
  return db
    .insert(s.indicators)
    .values({ criterionId, position, source: "manual", ...input })
    .returning()
    .get().id;
}

function value(db: DbOrTx, cycleId: number, indicatorId: number, centreId: number | null, v: number | null, detail = "") {
  db.insert(s.indicatorValues).values({ cycleId, indicatorId, centreId, value: v, detail, updatedAt: now() }).run();
}

function assess(db: DbOrTx, cycleId: number, criterionId: number, centreId: number | null, coordinator: Status | null, self: Status | null = null, comment = "") {
  db.insert(s.assessments)
    .values({ cycleId, criterionId, centreId, coordinatorStatus: coordinator, selfStatus: self, coordinatorComment: comment, updatedAt: now() })
    .run();
}

function meeting(db: DbOrTx, networkId: number, date: string, status: "planned" | "held" | "cancelled", title = "Arbeitskreis Familienzentren") {
  const event = db
    .insert(s.events)
    .values({ networkId, kind: "meeting", title, date, startTime: "14:00", endTime: "16:00", updatedAt: now() })
    .returning()
    .get();
  return db.insert(s.meetings).values({ networkId, eventId: event.id, status, updatedAt: now() }).returning().get().id;
}

/**
 * Creates the network "trendstadt" with its history. `open` adds the open cycle "2. Halbjahr 2026"
 * with a few values and assessments so far. `passwordHash` lets browser tests sign in.
 */
export function createTrendsFixture(db: DbOrTx, options: { open?: boolean; passwordHash?: string | null } = {}): TrendsFixture {
  const network = createNetwork(db, { slug: "trendstadt", name: "Netzwerk Trendstadt" });
  const networkId = network.id;
  const hood = createNeighbourhood(db, { networkId, name: "Mitte" });
  const centre = (name: string) => createCentre(db, { networkId, name, homeNeighbourhoodId: hood.id }).id;
  const centres = { apfelbaum: centre("Familienzentrum Apfelbaum"), birke: centre("Familienzentrum Birke"), kastanie: centre("Familienzentrum Kastanie") };
  const passwordHash = options.passwordHash ?? null;
  const coordinator = createUser(db, { email: fixtureEmails.coordinator, name: "Koordination Trendstadt", passwordHash, roles: [{ networkId, role: "coordinator" }] });
  const leadApfelbaum = createUser(db, {
    email: fixtureEmails.leadApfelbaum,
    name: "Leitung Apfelbaum",
    passwordHash,
    roles: [{ networkId, centreId: centres.apfelbaum, role: "lead" }],
  });

  const criteria = {
    exchange: createCriterion(db, { networkId, position: 1, title: "Regelmäßiger Austausch", scope: "network" }).id,
    concept: createCriterion(db, { networkId, position: 2, title: "Angebote folgen dem Konzept", scope: "centre" }).id,
    development: createCriterion(db, { networkId, position: 3, title: "Weiterentwicklung zur Rezertifizierung", scope: "centre" }).id,
  };
  const indicators = {
    meetings: indicator(db, criteria.exchange, 1, { title: "Sitzungen des Arbeitskreises", valueType: "number", target: 2, direction: "higher" }),
    attendance: indicator(db, criteria.exchange, 2, { title: "Anteil teilnehmender Zentren", valueType: "percent", target: 75, direction: "higher" }),
    conceptShare: indicator(db, criteria.concept, 1, { title: "Angebote passend zum Konzept", valueType: "percent", target: 60, direction: "higher" }),
    trainingPlan: indicator(db, criteria.development, 1, { title: "Fortbildungsplan aktuell", valueType: "boolean", target: 1, direction: "higher" }),
    readiness: indicator(db, criteria.development, 2, { title: "Stand der Vorbereitung", valueType: "scale", target: 3, direction: "higher" }),
  };

  const first = cycle(db, networkId, "2. Halbjahr 2025", "2025-07-01", "2025-12-31", "closed");
  const second = cycle(db, networkId, "1. Halbjahr 2026", "2026-01-01", "2026-06-30", "closed");
  const draft = cycle(db, networkId, "Entwurf 2027", "2027-01-01", "2027-06-30", "draft");
  const open = options.open ? cycle(db, networkId, "2. Halbjahr 2026", "2026-07-01", "2026-12-31", "open") : null;
  for (const id of [first, second, draft, ...(open ? [open] : [])]) {
    for (const criterionId of Object.values(criteria)) db.insert(s.reviewCycleCriteria).values({ cycleId: id, criterionId }).run();
  }
  const { apfelbaum: a, birke: b, kastanie: k } = centres;

  // 2. Halbjahr 2025
  value(db, first, indicators.meetings, null, 1, "1 Sitzung");
  value(db, first, indicators.attendance, null, 50, "");
  for (const [c, v] of [[null, 55], [a, 40], [b, 70], [k, 55]] as const) value(db, first, indicators.conceptShare, c, v, c === null ? "11 von 20 Angeboten" : "");
  for (const [c, v] of [[a, 0], [b, 1], [k, 1]] as const) value(db, first, indicators.trainingPlan, c, v);
  for (const [c, v] of [[a, 2], [b, 3], [k, 2]] as const) value(db, first, indicators.readiness, c, v);
  assess(db, first, criteria.exchange, null, "partly", null, "Nur eine Sitzung im Halbjahr.");
  for (const c of [a, b, k]) assess(db, first, criteria.exchange, c, "partly", "partly");
  assess(db, first, criteria.concept, a, "not-met", "partly", "Schwerpunkte kaum sichtbar.");
  assess(db, first, criteria.concept, b, "met", "met");
  assess(db, first, criteria.concept, k, "partly", "met");
  assess(db, first, criteria.development, a, "partly", "partly");
  assess(db, first, criteria.development, b, "met", "met");
  assess(db, first, criteria.development, k, "not-met", "partly");

  // 1. Halbjahr 2026
  value(db, second, indicators.meetings, null, 3, "3 Sitzungen");
  value(db, second, indicators.attendance, null, 62, "");
  for (const [c, v] of [[null, 65], [a, 65], [b, 80], [k, 50]] as const) value(db, second, indicators.conceptShare, c, v, c === null ? "13 von 20 Angeboten" : "");
  for (const [c, v] of [[a, 1], [b, 1], [k, 0]] as const) value(db, second, indicators.trainingPlan, c, v);
  for (const [c, v] of [[a, 3], [b, 4], [k, 2]] as const) value(db, second, indicators.readiness, c, v);
  assess(db, second, criteria.exchange, null, "met", null, "Drei Sitzungen, die Stadt war dabei.");
  for (const c of [a, b, k]) assess(db, second, criteria.exchange, c, "met", "met");
  assess(db, second, criteria.concept, a, "met", "met", "Deutlich verbessert.");
  assess(db, second, criteria.concept, b, "met", "met");
  assess(db, second, criteria.concept, k, "partly", "met");
  assess(db, second, criteria.development, a, "met", "met");
  assess(db, second, criteria.development, b, "met", "partly");
  assess(db, second, criteria.development, k, "partly", "partly");

  if (open) {
    value(db, open, indicators.meetings, null, 1, "1 Sitzung");
    value(db, open, indicators.conceptShare, a, 70);
    assess(db, open, criteria.concept, a, null, "met");
  }
  // A value and an assessment in the draft cycle: never shown.
  value(db, draft, indicators.meetings, null, 99);
  assess(db, draft, criteria.exchange, null, "not-met");

  // Meetings: two held in 1. Halbjahr 2026, one cancelled; one held in 2. Halbjahr 2025.
  meeting(db, networkId, "2025-11-12", "held");
  const march = meeting(db, networkId, "2026-03-18", "held");
  meeting(db, networkId, "2026-04-15", "cancelled");
  meeting(db, networkId, "2026-05-20", "held", "Arbeitskreis mit Jugendamt");

  const action = (input: Omit<typeof s.actions.$inferInsert, "networkId" | "updatedAt">) =>
    db.insert(s.actions).values({ networkId, updatedAt: now(), ...input }).run();
  action({ title: "Konzeptschwerpunkte im Angebotsplan verankern", centreId: a, ownerId: leadApfelbaum.id, dueOn: "2026-03-31", status: "done", cycleId: first, criterionId: criteria.concept });
  action({ title: "Fortbildungsplan aktualisieren", centreId: a, ownerId: leadApfelbaum.id, dueOn: "2026-09-30", status: "open", cycleId: second, criterionId: criteria.development });
  action({ title: "Fachtag Sozialraum vorbereiten", centreId: null, ownerId: coordinator.id, dueOn: "2026-12-15", status: "in-progress", meetingId: march });
  action({ title: "Elternbefragung auswerten", centreId: k, ownerId: null, dueOn: null, status: "open", cycleId: second, criterionId: criteria.development });

  return {
    networkId,
    slug: network.slug,
    centres,
    criteria,
    indicators,
    cycles: { first, second, open, draft },
    users: { coordinator: coordinator.id, leadApfelbaum: leadApfelbaum.id },
  };
}
