// Success criteria and indicators: the criteria pages (list, add, edit, reorder, remove, validation,
// permissions) and the computed metrics against hand-made data in a second network.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { agreements, categories, centres, criteria, events, indicators, meetingCentres, meetings, needOfferings, needs, offerings, overlapFlags } from "@db/schema";
import { createAgreement, createCentre, createCriterion, createNeighbourhood, createPartner } from "@db/seed/factories";
import { computeMetric } from "~/modules/criteria/computed.server";
import * as criterionPage from "~/routes/n.$network.criteria.$id";
import * as criteriaPage from "~/routes/n.$network.criteria._index";
import { seedTwoNetworks } from "./helpers";
import { call, centreBySlug, expectUnchanged, neighbourhoodByName, networkBySlug } from "./network-fixtures";

const unna = { network: "unna" };
const period = { start: "2027-01-01", end: "2027-06-30" };
const day = (iso: string, hours = 10) => Date.parse(`${iso}T${String(hours).padStart(2, "0")}:00:00Z`);

let net: number;
let hoerde: number;
let second: number;

function addMeeting(date: string, status: "planned" | "held" | "cancelled", attended: number[], townAttended = false) {
  const db = getDb();
  const event = db.insert(events).values({ networkId: net, kind: "meeting", title: `Arbeitskreis ${date}`, date, startTime: "09:00", endTime: "11:00", updatedAt: Date.now() }).returning().get();
  const meeting = db.insert(meetings).values({ networkId: net, eventId: event.id, status, townAttended, updatedAt: Date.now() }).returning().get();
  for (const centreId of [hoerde, second]) db.insert(meetingCentres).values({ meetingId: meeting.id, centreId, attended: attended.includes(centreId) }).run();
  return meeting.id;
}

function addOffering(centreId: number, focus: string[], options: { status?: "draft" | "published" | "archived"; validUntil?: string } = {}) {
  const db = getDb();
  const category = db.select().from(categories).where(eq(categories.networkId, net)).get()!;
  return db
    .insert(offerings)
    .values({
      networkId: net,
      centreId,
      title: `Angebot ${focus.join("/") || "ohne"}`,
      categoryId: category.id,
      ageFromMonths: 0,
      ageToMonths: 71,
      scheduleKind: "appointment",
      status: options.status ?? "published",
      focusAreas: focus,
      validUntil: options.validUntil ?? null,
      updatedAt: Date.now(),
      verifiedAt: Date.now(),
    })
    .returning()
    .get().id;
}

const value = (list: ReturnType<typeof computeMetric>, centreId: number | null) => list.find((v) => v.centreId === centreId);

beforeAll(async () => {
  await seedTwoNetworks();
  const db = getDb();
  net = networkBySlug("dortmund").id;
  hoerde = centreBySlug("hoerde", "dortmund")!.id;
  db.update(centres).set({ focusAreas: ["Sprachförderung", "Bewegung"] }).where(eq(centres.id, hoerde)).run();
  const aplerbeck = createNeighbourhood(db, { networkId: net, name: "Aplerbeck" });
  second = createCentre(db, { networkId: net, name: "Familienzentrum Aplerbeck", homeNeighbourhoodId: aplerbeck.id, focusAreas: ["Frühe Hilfen"] }).id;
});

describe("computed metrics", () => {
  it("counts held meetings in the period, and a held meeting in the period moves meetings-held", () => {
    expect(value(computeMetric(getDb(), net, "meetings-held", period), null)).toMatchObject({ value: 0, detail: "0 Treffen im Zeitraum" });
    addMeeting("2027-02-10", "held", [hoerde], true);
    addMeeting("2027-03-10", "planned", [hoerde, second]);
    addMeeting("2027-04-10", "cancelled", []);
    addMeeting("2026-12-31", "held", [hoerde, second]);
    expect(value(computeMetric(getDb(), net, "meetings-held", period), null)).toMatchObject({ value: 1, detail: "1 Treffen im Zeitraum" });
    addMeeting("2027-06-30", "held", [hoerde, second]);
    expect(value(computeMetric(getDb(), net, "meetings-held", period), null)!.value).toBe(2);
    expect(computeMetric(getDb(), net, "meetings-held", period)).toHaveLength(1);
  });

  it("measures attendance per centre and the network's mean share of centres, with the town", () => {
    const result = computeMetric(getDb(), net, "meeting-attendance", period);
    // Two held meetings: Hörde attended both, Aplerbeck one; per meeting 1 of 2 and 2 of 2 centres.
    expect(value(result, hoerde)).toMatchObject({ value: 100, detail: "2 von 2 Treffen" });
    expect(value(result, second)).toMatchObject({ value: 50, detail: "1 von 2 Treffen" });
    expect(value(result, null)).toMatchObject({ value: 75, detail: "Ø 1,5 von 2 Zentren je Treffen; Stadt bei 1 von 2 Treffen" });
    expect(value(computeMetric(getDb(), net, "meeting-attendance", { start: "2030-01-01", end: "2030-06-30" }), null)).toMatchObject({ value: null, detail: "keine Treffen im Zeitraum" });
  });

  it("shares published offerings active in the period that serve the centre's focus areas", () => {
    addOffering(hoerde, ["Sprachförderung"]);
    addOffering(hoerde, ["bewegung", "Musik"]);
    addOffering(hoerde, ["Musik"]);
    addOffering(hoerde, ["Sprachförderung"], { status: "draft" });
    addOffering(hoerde, ["Sprachförderung"], { validUntil: "2026-12-31" });
    addOffering(second, ["Sprachförderung"]);
    const result = computeMetric(getDb(), net, "offerings-focus-share", period);
    expect(value(result, hoerde)).toMatchObject({ value: 66.7, detail: "2 von 3 Angeboten" });
    expect(value(result, second)).toMatchObject({ value: 0, detail: "0 von 1 Angeboten" });
    expect(value(result, null)).toMatchObject({ value: 50, detail: "2 von 4 Angeboten" });
  });

  it("counts offerings answering reported needs", () => {
    const db = getDb();
    const hood = neighbourhoodByName("Hörde", "dortmund")!.id;
    const need = db.insert(needs).values({ networkId: net, neighbourhoodId: hood, title: "Sprachkurs", updatedAt: Date.now() }).returning().get();
    const other = db.insert(needs).values({ networkId: net, neighbourhoodId: hood, title: "Bewegung", updatedAt: Date.now() }).returning().get();
    const published = db.select().from(offerings).where(and(eq(offerings.centreId, hoerde), eq(offerings.status, "published"))).all();
    const draft = db.select().from(offerings).where(and(eq(offerings.centreId, hoerde), eq(offerings.status, "draft"))).get()!;
    db.insert(needOfferings).values({ needId: need.id, offeringId: published[0]!.id }).run();
    db.insert(needOfferings).values({ needId: other.id, offeringId: published[0]!.id }).run();
    db.insert(needOfferings).values({ needId: other.id, offeringId: draft.id }).run();
    const result = computeMetric(getDb(), net, "offerings-answering-needs", period);
    expect(value(result, hoerde)).toMatchObject({ value: 1, detail: "1 Angebot zu 2 Bedarfen" });
    expect(value(result, second)).toMatchObject({ value: 0 });
    expect(value(result, null)!.value).toBe(1);
  });

  it("counts partners with an agreement current at the period's end, per neighbourhood for the network", () => {
    const db = getDb();
    const hood = neighbourhoodByName("Hörde", "dortmund")!.id;
    const a = createPartner(db, { networkId: net, name: "Schule", kind: "Schule", neighbourhoodId: hood });
    const b = createPartner(db, { networkId: net, name: "Beratung", kind: "Beratungsstelle", neighbourhoodId: null });
    const c = createPartner(db, { networkId: net, name: "Kita", kind: "Kita", neighbourhoodId: hood });
    createAgreement(db, { centreId: hoerde, partnerId: a.id, startsOn: "2025-01-01", endsOn: null });
    createAgreement(db, { centreId: hoerde, partnerId: b.id, startsOn: "2026-01-01", endsOn: "2027-06-30" });
    createAgreement(db, { centreId: hoerde, partnerId: c.id, startsOn: "2025-01-01", endsOn: "2027-05-31" });
    createAgreement(db, { centreId: second, partnerId: a.id, startsOn: "2027-07-01", endsOn: null });
    const result = computeMetric(getDb(), net, "partners-with-agreement", period);
    expect(value(result, hoerde)).toMatchObject({ value: 2 });
    expect(value(result, second)).toMatchObject({ value: 0 });
    expect(value(result, null)).toMatchObject({ value: 2, detail: "2 Partner; Hörde: 1, ohne Stadtteil: 1" });
    expect(db.select().from(agreements).all().length).toBeGreaterThan(0);
  });

  it("shares overlap flags decided within 30 days, of those raised in the period or open at its start", () => {
    const db = getDb();
    const [o1, o2, o3] = db.select().from(offerings).where(eq(offerings.networkId, net)).all();
    const o4 = addOffering(second, ["Frühe Hilfen"]);
    const flag = (a: number, b: number, created: number, decided: number | null) => {
      const [low, high] = a < b ? [a, b] : [b, a];
      db.insert(overlapFlags)
        .values({ networkId: net, offeringAId: low, offeringBId: high, score: 0.9, reasons: ["Test"], status: decided ? "duplicate" : "open", decidedAt: decided, createdAt: created, updatedAt: created })
        .run();
    };
    flag(o1!.id, o2!.id, day("2027-02-01"), day("2027-02-20")); // in time
    flag(o1!.id, o3!.id, day("2027-03-01"), day("2027-04-15")); // too late
    flag(o2!.id, o4, day("2026-12-01"), null); // open at the start, never decided
    flag(o3!.id, o4, day("2026-10-01"), day("2026-11-01")); // decided before the period: not counted
    const result = computeMetric(getDb(), net, "flags-decided-30d", period);
    expect(value(result, null)).toMatchObject({ value: 33.3, detail: "1 von 3 Markierungen" });
    expect(value(result, second)).toMatchObject({ value: 0, detail: "0 von 1 Markierungen" });
    expect(value(result, hoerde)).toMatchObject({ value: 33.3 });
  });
});

describe("criteria pages", () => {
  const unnaCriteria = () => getDb().select().from(criteria).where(eq(criteria.networkId, networkBySlug("unna").id)).orderBy(criteria.position).all();

  it("lists the position paper's criteria with their indicators and metric definitions for every member", async () => {
    const { outcome, value: data } = await call(criteriaPage.loader, "/n/unna/criteria", { as: "staffA", params: unna });
    expect(outcome).toBe("ok");
    const list = (data as { criteria: { title: string; indicators: { title: string; metric: string | null }[] }[]; canManage: boolean }).criteria;
    expect(list.map((c) => c.title)).toEqual(["Regelmäßiger Austausch", "Angebote folgen dem Konzept", "Vernetzung im Sozialraum", "Weiterentwicklung zur Rezertifizierung"]);
    expect(list[0]!.indicators.map((i) => i.metric)).toEqual(["meetings-held", "meeting-attendance"]);
    expect((data as { canManage: boolean }).canManage).toBe(false);
  });

  it("lets the coordinator add a criterion and an indicator, refusing bad input with a message and changing nothing", async () => {
    await expectUnchanged("invalid", () => call(criteriaPage.action, "/n/unna/criteria", { as: "coordinator", params: unna, form: { intent: "create", title: "  ", scope: "centre" } }));
    const refused = await call(criteriaPage.action, "/n/unna/criteria", { as: "coordinator", params: unna, form: { intent: "create", title: "", scope: "centre" } });
    expect((refused.value as { fieldErrors: Record<string, string[]> }).fieldErrors.title).toEqual(["form.required"]);
    await expectUnchanged("forbidden", () => call(criteriaPage.action, "/n/unna/criteria", { as: "leadA", params: unna, form: { intent: "create", title: "Eigenes", scope: "centre" } }));
    const created = await call(criteriaPage.action, "/n/unna/criteria", { as: "coordinator", params: unna, form: { intent: "create", title: "Elternbeteiligung", description: "Eltern wirken mit.", scope: "centre" } });
    expect(created.outcome).toBe("redirect");
    const criterion = unnaCriteria().at(-1)!;
    expect(criterion).toMatchObject({ title: "Elternbeteiligung", position: 5, scope: "centre" });
    const params = { network: "unna", id: String(criterion.id) };
    const path = `/n/unna/criteria/${criterion.id}`;
    // A computed indicator needs a metric; a percent target must lie in 0 … 100.
    const noMetric = await call(criterionPage.action, path, { as: "coordinator", params, form: { intent: "add-indicator", title: "Quote", source: "computed", metric: "" } });
    expect((noMetric.value as { fieldErrors: Record<string, string[]> }).fieldErrors.metric).toEqual(["criteria.metricRequired"]);
    await expectUnchanged("invalid", () =>
      call(criterionPage.action, path, { as: "coordinator", params, form: { intent: "add-indicator", title: "Quote", source: "computed", metric: "meeting-attendance", target: "120" } }),
    );
    const badTarget = await call(criterionPage.action, path, { as: "coordinator", params, form: { intent: "add-indicator", title: "Quote", source: "manual", valueType: "scale", target: "viel" } });
    expect((badTarget.value as { fieldErrors: Record<string, string[]> }).fieldErrors.target).toEqual(["criteria.targetInvalid"]);
    const added = await call(criterionPage.action, path, {
      as: "coordinator",
      params,
      form: { intent: "add-indicator", title: "Elternbefragung durchgeführt", source: "manual", valueType: "boolean", target: "1", direction: "higher" },
    });
    expect(added.outcome).toBe("redirect");
    const indicator = getDb().select().from(indicators).where(eq(indicators.criterionId, criterion.id)).get()!;
    expect(indicator).toMatchObject({ source: "manual", valueType: "boolean", metric: null, target: 1 });
  });

  it("reorders criteria and removes one not used in any review; used ones stay", async () => {
    const before = unnaCriteria();
    const last = before.at(-1)!;
    expect((await call(criteriaPage.action, "/n/unna/criteria", { as: "coordinator", params: unna, form: { intent: "up", criterionId: String(last.id) } })).outcome).toBe("redirect");
    const after = unnaCriteria();
    expect(after.at(-2)!.id).toBe(last.id);
    const params = { network: "unna", id: String(last.id) };
    await expectUnchanged("invalid", () => call(criterionPage.action, `/n/unna/criteria/${last.id}`, { as: "coordinator", params, form: { intent: "delete" } }));
    expect((await call(criterionPage.action, `/n/unna/criteria/${last.id}`, { as: "coordinator", params, form: { intent: "delete", confirm: "yes" } })).outcome).toBe("redirect");
    expect(unnaCriteria().map((c) => c.id)).not.toContain(last.id);
    // The position paper's first criterion is part of the seeded reviews: it stays.
    const first = unnaCriteria()[0]!;
    const kept = await expectUnchanged("invalid", () =>
      call(criterionPage.action, `/n/unna/criteria/${first.id}`, { as: "coordinator", params: { network: "unna", id: String(first.id) }, form: { intent: "delete", confirm: "yes" } }),
    );
    expect((kept as { formError: string }).formError).toBe("criteria.inUse");
  });

  it("refuses the edit page to leads and to members of another network", async () => {
    const first = unnaCriteria()[0]!;
    const params = { network: "unna", id: String(first.id) };
    expect((await call(criterionPage.loader, `/n/unna/criteria/${first.id}`, { as: "leadA", params })).outcome).toBe("forbidden");
    expect((await call(criteriaPage.loader, "/n/unna/criteria", { as: "otherNetwork", params: unna })).outcome).toBe("forbidden");
    createCriterion(getDb(), { networkId: net, position: 1, title: "Dortmund", scope: "network" });
    const foreign = getDb().select().from(criteria).where(eq(criteria.networkId, net)).get()!;
    expect((await call(criterionPage.loader, `/n/unna/criteria/${foreign.id}`, { as: "coordinator", params: { network: "unna", id: String(foreign.id) } })).outcome).toBe("notfound");
  });
});
