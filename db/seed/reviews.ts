// Demo indicators for the position paper's criteria and the two half-years before the one under review now
// (dates from the demo calendar), closed, with every self- and coordinator assessment and frozen values.
// The cadence stays "none" and the half-year under review is not created: the coordinator opens it in the demo.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client.server";
import type { DemoCalendar } from "./demo-calendar";
import { actions, assessments, centres, criteria, indicators, indicatorValues, memberships, reviewCycleCriteria, reviewCycles, type AssessmentStatus } from "../schema";

type IndicatorSeed = Omit<typeof indicators.$inferInsert, "criterionId" | "position">;

// By the criteria's position in the position paper (1 … 4).
const demoIndicators: Record<number, IndicatorSeed[]> = {
  1: [
    { title: "Arbeitskreistreffen im Halbjahr", source: "computed", metric: "meetings-held", valueType: "number", target: 2, direction: "higher" },
    { title: "Teilnahme der Zentren an den Treffen", source: "computed", metric: "meeting-attendance", valueType: "percent", target: 75, direction: "higher" },
  ],
  2: [
    { title: "Angebote zu den Konzeptschwerpunkten", source: "computed", metric: "offerings-focus-share", valueType: "percent", target: 60, direction: "higher" },
    { title: "Angebote zu gemeldeten Bedarfen", source: "computed", metric: "offerings-answering-needs", valueType: "number", target: null, direction: "higher" },
  ],
  3: [
    { title: "Partner mit gültiger Kooperationsvereinbarung", source: "computed", metric: "partners-with-agreement", valueType: "number", target: 3, direction: "higher" },
    { title: "Überschneidungen binnen 30 Tagen entschieden", source: "computed", metric: "flags-decided-30d", valueType: "percent", target: 80, direction: "higher" },
  ],
  4: [
    { title: "Fortbildungsplan aktuell", description: "Liegt ein aktueller Fortbildungsplan des Teams vor?", source: "manual", valueType: "boolean", target: 1, direction: "higher" },
    { title: "Stand der Vorbereitung auf die Rezertifizierung", description: "1 = noch nicht begonnen … 4 = Unterlagen vollständig", source: "manual", valueType: "scale", target: 3, direction: "higher" },
  ],
};

const statuses: AssessmentStatus[] = ["not-met", "partly", "partly", "met"];

const selfTexts: Record<AssessmentStatus, { changes: string; next: string }> = {
  met: { changes: "Die Vorhaben aus der letzten Überprüfung sind umgesetzt.", next: "Den erreichten Stand halten und im Team weitergeben." },
  partly: { changes: "Einiges ist angestoßen, aber noch nicht abgeschlossen.", next: "Die offenen Punkte im nächsten Halbjahr mit dem Team angehen." },
  "not-met": { changes: "Wegen personeller Engpässe ist wenig vorangekommen.", next: "Mit der Koordination besprechen, welche Unterstützung hilft." },
};

const coordinatorComments: Record<AssessmentStatus, string> = {
  met: "Gut nachgewiesen, vielen Dank.",
  partly: "Auf einem guten Weg; bitte die Nachweise ergänzen.",
  "not-met": "Hier sollten wir gemeinsam eine Maßnahme vereinbaren.",
};

interface CycleSeed {
  title: string;
  start: string;
  end: string;
  due: string;
  closedAt: number;
  /** 0 for the earlier cycle, 1 for the later one: shifts statuses and values so trends move. */
  step: number;
}

const pct = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

/** A frozen value of a computed metric for centre number i (null: the network) in a cycle. */
function frozenValue(metric: string, i: number | null, step: number, centreCount: number): { value: number | null; detail: string } {
  const all = [...Array(centreCount).keys()];
  switch (metric) {
    case "meetings-held":
      return { value: 1 + step, detail: `${1 + step} Treffen im Zeitraum` };
    case "meeting-attendance": {
      const attending = step === 0 ? 5 : 6.5;
      return { value: pct(attending, centreCount), detail: `Ø ${String(attending).replace(".", ",")} von ${centreCount} Zentren je Treffen; Stadt bei ${1 + step} von ${1 + step} Treffen` };
    }
    case "offerings-focus-share": {
      const counts = (c: number) => ({ all: 5 + (c % 4), matching: Math.min(5 + (c % 4), 2 + ((c * 3) % 4) + step) });
      const rows = i === null ? all.map(counts) : [counts(i)];
      const sum = rows.reduce((a, r) => ({ all: a.all + r.all, matching: a.matching + r.matching }), { all: 0, matching: 0 });
      return { value: pct(sum.matching, sum.all), detail: `${sum.matching} von ${sum.all} Angeboten` };
    }
    case "offerings-answering-needs": {
      const n = i === null ? all.reduce((a, c) => a + ((c + step) % 3), 0) : (i + step) % 3;
      return { value: n, detail: `${n} ${n === 1 ? "Angebot" : "Angebote"} zu gemeldeten Bedarfen` };
    }
    case "partners-with-agreement": {
      const n = i === null ? all.reduce((a, c) => a + 1 + ((c + step) % 3), 0) : 1 + ((i + step) % 3);
      return { value: n, detail: i === null ? `${n} Partner` : `${n} Partner mit gültiger Vereinbarung` };
    }
    default: {
      const counts = (c: number) => ({ all: 2 + (c % 2), decided: Math.min(2 + (c % 2), 1 + ((c + step) % 3)) });
      const rows = i === null ? all.map(counts) : [counts(i)];
      const sum = rows.reduce((a, r) => ({ all: a.all + r.all, decided: a.decided + r.decided }), { all: 0, decided: 0 });
      return { value: pct(sum.decided, sum.all), detail: `${sum.decided} von ${sum.all} Markierungen` };
    }
  }
}

/** Seeds indicators and review history; called by seedDemo after meetings. */
export function seedDemoReviews(db: Db, networkId: number, calendar: DemoCalendar): void {
  const demoCycles: CycleSeed[] = calendar.cycles.closed.map((c, step) => ({ title: c.title, start: c.start, end: c.end, due: c.due, closedAt: c.closedAt, step }));
  db.transaction((tx) => {
    const list = tx.select().from(criteria).where(eq(criteria.networkId, networkId)).orderBy(asc(criteria.position)).all();
    const centreList = tx.select().from(centres).where(eq(centres.networkId, networkId)).orderBy(asc(centres.name)).all();
    const coordinator = tx.select().from(memberships).where(and(eq(memberships.networkId, networkId), eq(memberships.role, "coordinator"))).get();
    const leadOf = (centreId: number) => tx.select().from(memberships).where(and(eq(memberships.centreId, centreId), eq(memberships.role, "lead"))).get()?.userId ?? null;
    const indicatorRows = list.flatMap((criterion) =>
      (demoIndicators[criterion.position] ?? []).map((seed, index) => ({
        criterion,
        indicator: tx.insert(indicators).values({ ...seed, criterionId: criterion.id, position: index + 1 }).returning().get(),
      })),
    );
    for (const seed of demoCycles) {
      const closedAt = seed.closedAt;
      const cycle = tx
        .insert(reviewCycles)
        .values({
          networkId,
          title: seed.title,
          periodStart: seed.start,
          periodEnd: seed.end,
          dueOn: seed.due,
          status: "closed",
          openedAt: Date.parse(`${seed.start}T08:00:00Z`),
          closedAt,
          closedBy: coordinator?.userId ?? null,
          dueReminderSentAt: Date.parse(`${seed.due}T06:00:00Z`) - 14 * 24 * 3600_000,
          createdAt: Date.parse(`${seed.start}T08:00:00Z`),
        })
        .returning()
        .get();
      for (const criterion of list) tx.insert(reviewCycleCriteria).values({ cycleId: cycle.id, criterionId: criterion.id }).run();
      centreList.forEach((centre, i) => {
        for (const criterion of list) {
          const self = statuses[(i + 2 * criterion.position + seed.step) % 4]!;
          const judged = statuses[(i + 2 * criterion.position + seed.step + (i % 3 === 0 ? 3 : 0)) % 4]!;
          tx.insert(assessments)
            .values({
              cycleId: cycle.id,
              criterionId: criterion.id,
              centreId: centre.id,
              selfStatus: self,
              selfConfidence: 1 + ((i + criterion.position) % 4),
              selfChanges: selfTexts[self].changes,
              selfNextSteps: selfTexts[self].next,
              selfSubmittedAt: closedAt - 20 * 24 * 3600_000,
              selfBy: leadOf(centre.id),
              coordinatorStatus: judged,
              coordinatorComment: coordinatorComments[judged],
              coordinatorAt: closedAt - 2 * 24 * 3600_000,
              coordinatorBy: coordinator?.userId ?? null,
              updatedAt: closedAt - 2 * 24 * 3600_000,
            })
            .run();
        }
      });
      for (const criterion of list.filter((c) => c.scope === "network")) {
        const overall = seed.step === 0 ? "partly" : "met";
        tx.insert(assessments)
          .values({
            cycleId: cycle.id,
            criterionId: criterion.id,
            centreId: null,
            coordinatorStatus: overall,
            coordinatorComment: coordinatorComments[overall],
            coordinatorAt: closedAt - 2 * 24 * 3600_000,
            coordinatorBy: coordinator?.userId ?? null,
            updatedAt: closedAt - 2 * 24 * 3600_000,
          })
          .run();
      }
      for (const { criterion, indicator } of indicatorRows) {
        const perCentre = criterion.scope === "centre" && indicator.metric !== "meetings-held";
        const write = (centreId: number | null, value: number | null, detail: string) =>
          tx.insert(indicatorValues).values({ cycleId: cycle.id, indicatorId: indicator.id, centreId, value, detail, updatedAt: closedAt }).run();
        if (indicator.source === "computed" && indicator.metric) {
          const network = frozenValue(indicator.metric, null, seed.step, centreList.length);
          write(null, network.value, network.detail);
          if (perCentre) centreList.forEach((centre, i) => write(centre.id, frozenValue(indicator.metric!, i, seed.step, centreList.length).value, frozenValue(indicator.metric!, i, seed.step, centreList.length).detail));
        } else {
          centreList.forEach((centre, i) => {
            const value = indicator.valueType === "boolean" ? (i + seed.step) % 2 : Math.min(4, 1 + (i % 3) + seed.step);
            write(centre.id, value, "");
          });
        }
      }
      // An action agreed in the later cycle for a centre rated "not met" in criterion 4.
      if (seed.step === 1 && centreList[0] && list[3]) {
        tx.insert(actions)
          .values({
            networkId,
            centreId: centreList[0].id,
            title: `Fortbildungsplan für ${Number(calendar.today.slice(0, 4)) + 1} aufstellen`,
            ownerId: leadOf(centreList[0].id),
            dueOn: calendar.actionsDue.trainingPlan,
            cycleId: cycle.id,
            criterionId: list[3].id,
            createdBy: coordinator?.userId ?? null,
            createdAt: closedAt - 2 * 24 * 3600_000,
            updatedAt: closedAt - 2 * 24 * 3600_000,
          })
          .run();
      }
    }
  });
}
