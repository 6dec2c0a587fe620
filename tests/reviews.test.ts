// Review cycles through their pages: the demo's history, a new cycle opened by the coordinator,
// self-assessments with evidence, the coordinator's assessments and actions, closing (refused while
// incomplete, freezing computed values), status-change notifications, and refusals that change nothing.
import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { germanDay, type DemoCalendar } from "@db/seed/demo-calendar";
import { actions, assessmentEvidence, assessments, criteria, documents, events, indicatorValues, indicators, meetings, notifications, offerings, outboxMessages, reviewCycles, users } from "@db/schema";
import { loadActor } from "~/modules/accounts/actor.server";
import { liveIndicatorValues } from "~/modules/reviews/indicators.server";
import { saveCoordinatorAssessment, saveSelfAssessment } from "~/modules/reviews/assessments.server";
import * as documentRoute from "~/routes/n.$network.documents.$id";
import * as centrePage from "~/routes/n.$network.reviews.$id.centres.$centre";
import * as cyclePage from "~/routes/n.$network.reviews.$id._index";
import * as reviewsPage from "~/routes/n.$network.reviews._index";
import { addDays } from "~/modules/time/dates";
import { demoDates, seedTwoNetworks } from "./helpers";
import { auditFor, call, centreBySlug, expectUnchanged, multipart, networkBySlug, pdfFile, storedFiles } from "./network-fixtures";

const unna = { network: "unna" };
let cycleId: number;
let unnaId: number;
/** The demo's two closed cycles (older first) and the half-year the coordinator opens next. */
let closed: DemoCalendar["cycles"]["closed"];
let next: DemoCalendar["cycles"]["next"];

const criteriaOf = () => getDb().select().from(criteria).where(eq(criteria.networkId, unnaId)).orderBy(criteria.position).all();
const cycle = () => getDb().select().from(reviewCycles).where(eq(reviewCycles.id, cycleId)).get()!;
const centreParams = (centre: string) => ({ network: "unna", id: String(cycleId), centre });
const centrePath = (centre: string) => `/n/unna/reviews/${cycleId}/centres/${centre}`;
const userId = (email: string) => getDb().select().from(users).where(eq(users.email, email)).get()!.id;
/** The due date of the action agreed in the new cycle: two months after the cycle's due date. */
const actionDue = () => addDays(next.due, 62);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const meetingIndicator = () => getDb().select().from(indicators).where(eq(indicators.metric, "meetings-held")).get()!;

function addHeldMeeting(date: string) {
  const db = getDb();
  const event = db.insert(events).values({ networkId: unnaId, kind: "meeting", title: `Arbeitskreis am ${date}`, date, startTime: "09:00", endTime: "11:00", updatedAt: Date.now() }).returning().get();
  return db.insert(meetings).values({ networkId: unnaId, eventId: event.id, status: "held", townAttended: true, updatedAt: Date.now() }).returning().get().id;
}

beforeAll(async () => {
  await seedTwoNetworks();
  unnaId = networkBySlug("unna").id;
  ({ closed, next } = demoDates().cycles);
});

describe("the demo's review history", () => {
  it("lists two closed cycles, none running, and suggests the next half-year", async () => {
    const { outcome, value } = await call(reviewsPage.loader, "/n/unna/reviews", { as: "coordinator", params: unna });
    expect(outcome).toBe("ok");
    const data = value as { running: unknown[]; closed: { title: string }[]; suggestion: { title: string; start: string; end: string; dueOn: string } };
    expect(data.running).toEqual([]);
    expect(data.closed.map((c) => c.title)).toEqual([closed[1].title, closed[0].title]);
    expect(data.suggestion).toEqual({ title: next.title, start: next.start, end: next.end, dueOn: next.due });
    expect(networkBySlug("unna").reviewCadence).toBe("none");
  });

  it("shows a closed cycle's frozen values and assessments to every member", async () => {
    const latest = getDb().select().from(reviewCycles).where(eq(reviewCycles.title, closed[1].title)).get()!;
    const { outcome, value } = await call(cyclePage.loader, `/n/unna/reviews/${latest.id}`, { as: "staffA", params: { network: "unna", id: String(latest.id) } });
    expect(outcome).toBe("ok");
    const data = value as { missing: unknown[]; centres: { cells: { self: string | null; coordinator: string | null }[] }[]; indicators: { title: string; network: { value: number } | null }[] };
    expect(data.missing).toEqual([]);
    expect(data.centres).toHaveLength(8);
    expect(data.centres.every((c) => c.cells.every((cell) => cell.self && cell.coordinator))).toBe(true);
    expect(data.indicators.find((i) => i.title === "Arbeitskreistreffen im Halbjahr")!.network!.value).toBe(2);
  });
});

describe("a new cycle", () => {
  it("refuses a cycle with bad dates and no criteria, with messages, changing nothing", async () => {
    const reply = await expectUnchanged("invalid", () =>
      call(reviewsPage.action, "/n/unna/reviews", { as: "coordinator", params: unna, form: { intent: "create", title: next.title, periodStart: next.end, periodEnd: next.start, dueOn: `${next.end.slice(0, 4)}-02-30` } }),
    );
    const errors = (reply as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(errors.dueOn).toEqual(["reviews.dateInvalid"]);
    expect(errors.criterionIds).toEqual(["reviews.criteriaRequired"]);
    const order = await call(reviewsPage.action, "/n/unna/reviews", {
      as: "coordinator",
      params: unna,
      form: { intent: "create", title: "X", periodStart: next.end, periodEnd: next.start, dueOn: next.due, criterionIds: [String(criteriaOf()[0]!.id)] },
    });
    expect((order.value as { fieldErrors: Record<string, string[]> }).fieldErrors.periodEnd).toEqual(["reviews.periodOrder"]);
    const foreign = getDb().insert(criteria).values({ networkId: networkBySlug("dortmund").id, position: 1, title: "Fremd" }).returning().get();
    const refused = await expectUnchanged("invalid", () =>
      call(reviewsPage.action, "/n/unna/reviews", {
        as: "coordinator",
        params: unna,
        form: { intent: "create", title: "X", periodStart: next.start, periodEnd: next.end, dueOn: next.due, criterionIds: [String(foreign.id)] },
      }),
    );
    expect((refused as { fieldErrors: Record<string, string[]> }).fieldErrors.criterionIds).toEqual(["reviews.criteriaUnknown"]);
    await expectUnchanged("forbidden", () =>
      call(reviewsPage.action, "/n/unna/reviews", { as: "leadA", params: unna, form: { intent: "create", title: "X", periodStart: next.start, periodEnd: next.end, dueOn: next.due } }),
    );
  });

  it("is created as a draft by the coordinator and opened, notifying leads and staff of every centre", async () => {
    const created = await call(reviewsPage.action, "/n/unna/reviews", {
      as: "coordinator",
      params: unna,
      form: { intent: "create", title: next.title, periodStart: next.start, periodEnd: next.end, dueOn: next.due, criterionIds: criteriaOf().map((c) => String(c.id)) },
    });
    expect(created.outcome).toBe("redirect");
    cycleId = getDb().select().from(reviewCycles).where(eq(reviewCycles.title, next.title)).get()!.id;
    expect(cycle().status).toBe("draft");
    // Members other than the coordinator do not see drafts.
    expect((await call(cyclePage.loader, `/n/unna/reviews/${cycleId}`, { as: "leadA", params: { network: "unna", id: String(cycleId) } })).outcome).toBe("notfound");
    await expectUnchanged("forbidden", () => call(cyclePage.action, `/n/unna/reviews/${cycleId}`, { as: "leadA", params: { network: "unna", id: String(cycleId) }, form: { intent: "open" } }));
    const opened = await call(cyclePage.action, `/n/unna/reviews/${cycleId}`, { as: "coordinator", params: { network: "unna", id: String(cycleId) }, form: { intent: "open" } });
    expect(opened.outcome).toBe("redirect");
    expect(cycle().status).toBe("open");
    const sent = getDb().select().from(notifications).where(and(eq(notifications.kind, "review.opened"), eq(notifications.networkId, unnaId))).all();
    expect(sent).toHaveLength(16);
    expect(sent.find((n) => n.userId === userId("leitung.arche@example.org"))!.body).toContain(`bis ${germanDay(next.due)}`);
    expect(getDb().select().from(outboxMessages).where(eq(outboxMessages.recipient, "team.regenbogen@example.org")).all().at(-1)!.subject).toBe(`Selbsteinschätzung fällig: ${next.title}`);
    const list = await call(reviewsPage.loader, "/n/unna/reviews", { as: "leadB", params: unna });
    expect((list.value as { running: { title: string; centresSubmitted: number; centresTotal: number }[] }).running).toEqual([
      expect.objectContaining({ title: next.title, centresSubmitted: 0, centresTotal: 8 }),
    ]);
    expect((list.value as { ownCentres: { slug: string }[] }).ownCentres.map((c) => c.slug)).toEqual(["regenbogen"]);
    const staff = await call(reviewsPage.loader, "/n/unna/reviews", { as: "staffA", params: unna });
    expect((staff.value as { ownCentres: unknown[] }).ownCentres).toEqual([]);
  });
});

describe("self-assessment", () => {
  it("needs status and confidence to submit; a draft may be incomplete", async () => {
    const second = criteriaOf()[1]!;
    const reply = await expectUnchanged("invalid", () =>
      call(centrePage.action, centrePath("arche"), { as: "leadA", params: centreParams("arche"), form: { intent: "self", criterionId: String(second.id), mode: "submit", changes: "Neu" } }),
    );
    expect((reply as { fieldErrors: Record<string, string[]> }).fieldErrors).toEqual({ status: ["reviews.statusRequired"], confidence: ["reviews.confidenceRequired"] });
    const tooSure = await call(centrePage.action, centrePath("arche"), { as: "leadA", params: centreParams("arche"), form: { intent: "self", criterionId: String(second.id), mode: "draft", confidence: "7" } });
    expect((tooSure.value as { fieldErrors: Record<string, string[]> }).fieldErrors.confidence).toEqual(["reviews.confidenceRange"]);
    const draft = await call(centrePage.action, centrePath("arche"), { as: "leadA", params: centreParams("arche"), form: { intent: "self", criterionId: String(second.id), mode: "draft", changes: "Zwei neue Sprachangebote." } });
    expect(draft.outcome).toBe("redirect");
    const submitted = await call(centrePage.action, centrePath("arche"), {
      as: "leadA",
      params: centreParams("arche"),
      form: { intent: "self", criterionId: String(second.id), mode: "submit", status: "partly", confidence: "3", changes: "Zwei neue Sprachangebote.", nextSteps: "Bewegungsangebot planen." },
    });
    expect(submitted.outcome).toBe("redirect");
    const row = getDb().select().from(assessments).where(and(eq(assessments.cycleId, cycleId), eq(assessments.criterionId, second.id), eq(assessments.centreId, centreBySlug("arche")!.id))).get()!;
    expect(row).toMatchObject({ selfStatus: "partly", selfConfidence: 3, selfNextSteps: "Bewegungsangebot planen.", selfBy: userId("leitung.arche@example.org") });
    expect(row.selfSubmittedAt).not.toBeNull();
  });

  it("attaches the centre's own offering, an uploaded document and a link; others' offerings are refused", async () => {
    const second = criteriaOf()[1]!;
    const arche = centreBySlug("arche")!;
    const own = getDb().select().from(offerings).where(and(eq(offerings.centreId, arche.id), eq(offerings.status, "published"))).get()!;
    const foreign = getDb().select().from(offerings).where(eq(offerings.centreId, centreBySlug("regenbogen")!.id)).get()!;
    const refused = await expectUnchanged("invalid", () =>
      call(centrePage.action, centrePath("arche"), { as: "leadA", params: centreParams("arche"), form: { intent: "evidence-record", criterionId: String(second.id), record: `offering:${foreign.id}` } }),
    );
    expect((refused as { fieldErrors: Record<string, string[]> }).fieldErrors.record).toEqual(["reviews.evidenceUnknown"]);
    expect((await call(centrePage.action, centrePath("arche"), { as: "leadA", params: centreParams("arche"), form: { intent: "evidence-record", criterionId: String(second.id), record: `offering:${own.id}` } })).outcome).toBe("redirect");
    const badLink = await call(centrePage.action, centrePath("arche"), { as: "leadA", params: centreParams("arche"), form: { intent: "evidence-link", criterionId: String(second.id), url: "javascript:alert(1)" } });
    expect((badLink.value as { fieldErrors: Record<string, string[]> }).fieldErrors.url).toEqual(["reviews.linkInvalid"]);
    expect(
      (await call(centrePage.action, centrePath("arche"), { as: "leadA", params: centreParams("arche"), form: { intent: "evidence-link", criterionId: String(second.id), url: "https://example.org/konzept", label: "Konzeption 2026" } }))
        .outcome,
    ).toBe("redirect");
    const html = new File(["<html><script>alert(1)</script></html>"], "nachweis.pdf", { type: "application/pdf" });
    const badFile = await expectUnchanged("invalid", () =>
      call(centrePage.action, centrePath("arche"), { as: "leadA", params: centreParams("arche"), form: multipart({ intent: "evidence-upload", criterionId: String(second.id) }, { file: html }) }),
    );
    expect((badFile as { fieldErrors: Record<string, string[]> }).fieldErrors.file).toEqual(["upload.type"]);
    const uploaded = await call(centrePage.action, centrePath("arche"), {
      as: "leadA",
      params: centreParams("arche"),
      form: multipart({ intent: "evidence-upload", criterionId: String(second.id) }, { file: pdfFile("Elternbefragung.pdf") }),
    });
    expect(uploaded.outcome).toBe("redirect");
    const { value } = await call(centrePage.loader, centrePath("arche"), { as: "staffA", params: centreParams("arche") });
    const page = value as { mayEditSelf: boolean; criteria: { id: number; evidence: { kind: string; label: string; href: string }[] }[] };
    expect(page.mayEditSelf).toBe(false);
    const evidence = page.criteria.find((c) => c.id === second.id)!.evidence;
    expect(evidence.map((e) => [e.kind, e.label])).toEqual([
      ["offering", own.title],
      ["link", "Konzeption 2026"],
      ["document", "Elternbefragung.pdf"],
    ]);
    // The document is served to members of the network only.
    const document = getDb().select().from(documents).where(eq(documents.centreId, arche.id)).get()!;
    const download = await call(documentRoute.loader, `/n/unna/documents/${document.id}`, { as: "leadB", params: { network: "unna", id: String(document.id) } });
    expect(download.outcome).toBe("ok");
    expect((download.value as Response).headers.get("Content-Disposition")).toContain("Elternbefragung.pdf");
    expect((await call(documentRoute.loader, `/n/dortmund/documents/${document.id}`, { as: "otherNetwork", params: { network: "dortmund", id: String(document.id) } })).outcome).toBe("notfound");
    expect((await call(documentRoute.loader, `/n/unna/documents/${document.id}`, { as: "otherNetwork", params: { network: "unna", id: String(document.id) } })).outcome).toBe("forbidden");
  });

  it("removes evidence of the centre's own only; a removed document's file goes with it", async () => {
    const arche = centreBySlug("arche")!;
    const second = criteriaOf()[1]!;
    const extra = await call(centrePage.action, centrePath("arche"), {
      as: "leadA",
      params: centreParams("arche"),
      form: multipart({ intent: "evidence-upload", criterionId: String(second.id) }, { file: pdfFile("Entwurf.pdf") }),
    });
    expect(extra.outcome).toBe("redirect");
    const document = getDb().select().from(documents).where(eq(documents.fileName, "Entwurf.pdf")).get()!;
    const evidence = getDb().select().from(assessmentEvidence).where(eq(assessmentEvidence.documentId, document.id)).get()!;
    await expectUnchanged("forbidden", () =>
      call(centrePage.action, centrePath("arche"), { as: "leadB", params: centreParams("arche"), form: { intent: "evidence-remove", evidenceId: String(evidence.id) } }),
    );
    // Through another centre's page the evidence is unknown.
    await expectUnchanged("invalid", () => call(centrePage.action, centrePath("regenbogen"), { as: "leadB", params: centreParams("regenbogen"), form: { intent: "evidence-remove", evidenceId: String(evidence.id) } }));
    const files = storedFiles();
    expect(files).toContain(document.fileKey);
    expect((await call(centrePage.action, centrePath("arche"), { as: "leadA", params: centreParams("arche"), form: { intent: "evidence-remove", evidenceId: String(evidence.id) } })).outcome).toBe("redirect");
    expect(getDb().select().from(documents).where(eq(documents.id, document.id)).get()).toBeUndefined();
    expect(storedFiles()).not.toContain(document.fileKey);
    expect(getDb().select().from(documents).where(eq(documents.centreId, arche.id)).all().map((d) => d.fileName)).toEqual(["Elternbefragung.pdf"]);
  });

  it("refuses a lead another centre's self-assessment and the coordinator's part, and members of another network", async () => {
    const second = String(criteriaOf()[1]!.id);
    await expectUnchanged("forbidden", () =>
      call(centrePage.action, centrePath("regenbogen"), { as: "leadA", params: centreParams("regenbogen"), form: { intent: "self", criterionId: second, mode: "submit", status: "met", confidence: "4" } }),
    );
    await expectUnchanged("forbidden", () => call(centrePage.action, centrePath("arche"), { as: "staffA", params: centreParams("arche"), form: { intent: "self", criterionId: second, mode: "draft" } }));
    await expectUnchanged("forbidden", () => call(centrePage.action, centrePath("arche"), { as: "leadA", params: centreParams("arche"), form: { intent: "assess", criterionId: second, status: "met" } }));
    await expectUnchanged("forbidden", () =>
      call(centrePage.action, centrePath("arche"), { as: "otherNetwork", params: centreParams("arche"), form: { intent: "self", criterionId: second, mode: "draft" } }),
    );
    expect((await call(centrePage.loader, centrePath("arche"), { as: "otherNetwork", params: centreParams("arche") })).outcome).toBe("forbidden");
  });

  it("takes manual indicator values that fit the indicator", async () => {
    const manual = getDb().select().from(indicators).where(eq(indicators.valueType, "scale")).get()!;
    const refused = await expectUnchanged("invalid", () =>
      call(centrePage.action, centrePath("arche"), { as: "leadA", params: centreParams("arche"), form: { intent: "value", indicatorId: String(manual.id), value: "7" } }),
    );
    expect((refused as { fieldErrors: Record<string, string[]> }).fieldErrors.value).toEqual(["reviews.manualInvalid"]);
    expect((await call(centrePage.action, centrePath("arche"), { as: "leadA", params: centreParams("arche"), form: { intent: "value", indicatorId: String(manual.id), value: "3" } })).outcome).toBe("redirect");
    const value = liveIndicatorValues(getDb(), cycleId).find((v) => v.indicatorId === manual.id && v.centreId === centreBySlug("arche")!.id);
    expect(value?.value).toBe(3);
    expect(auditFor("indicator", manual.id).at(-1)).toMatchObject({ actorName: "Leitung Arche", summary: { value: [null, 3] } });
  });
});

describe("closing", () => {
  it("is refused while anything is missing, naming what, and changes nothing", async () => {
    const params = { network: "unna", id: String(cycleId) };
    const { value } = await call(cyclePage.loader, `/n/unna/reviews/${cycleId}`, { as: "coordinator", params });
    const missing = (value as { missing: { kind: string; centre: string | null; criteria: string[] }[] }).missing;
    expect(missing).toContainEqual({ kind: "self", centre: "Familienzentrum Arche", criteria: ["Regelmäßiger Austausch", "Vernetzung im Sozialraum", "Weiterentwicklung zur Rezertifizierung"] });
    expect(missing).toContainEqual({ kind: "overall", centre: null, criteria: ["Regelmäßiger Austausch"] });
    const refused = await expectUnchanged("invalid", () => call(cyclePage.action, `/n/unna/reviews/${cycleId}`, { as: "coordinator", params, form: { intent: "close" } }));
    expect((refused as { formError: string }).formError).toBe("reviews.closeRefused");
  });

  it("the coordinator assesses and agrees an action with an owner and a due date", async () => {
    const second = String(criteriaOf()[1]!.id);
    const noStatus = await expectUnchanged("invalid", () => call(centrePage.action, centrePath("arche"), { as: "coordinator", params: centreParams("arche"), form: { intent: "assess", criterionId: second, comment: "Gut" } }));
    expect((noStatus as { fieldErrors: Record<string, string[]> }).fieldErrors.status).toEqual(["reviews.statusRequired"]);
    expect(
      (await call(centrePage.action, centrePath("arche"), { as: "coordinator", params: centreParams("arche"), form: { intent: "assess", criterionId: second, status: "met", comment: "Überzeugende Nachweise." } })).outcome,
    ).toBe("redirect");
    const owner = userId("leitung.arche@example.org");
    const foreignOwner = await expectUnchanged("invalid", () =>
      call(centrePage.action, centrePath("arche"), {
        as: "coordinator",
        params: centreParams("arche"),
        form: { intent: "action", criterionId: second, title: "Bewegungsangebot starten", ownerId: String(userId("leitung.hoerde@example.net")), dueOn: actionDue() },
      }),
    );
    expect((foreignOwner as { fieldErrors: Record<string, string[]> }).fieldErrors.ownerId).toEqual(["actions.ownerUnknown"]);
    expect(
      (
        await call(centrePage.action, centrePath("arche"), {
          as: "coordinator",
          params: centreParams("arche"),
          form: { intent: "action", criterionId: second, title: "Bewegungsangebot starten", ownerId: String(owner), dueOn: actionDue() },
        })
      ).outcome,
    ).toBe("redirect");
    const action = getDb().select().from(actions).where(and(eq(actions.cycleId, cycleId), eq(actions.title, "Bewegungsangebot starten"))).get()!;
    expect(action).toMatchObject({ centreId: centreBySlug("arche")!.id, ownerId: owner, dueOn: actionDue(), criterionId: Number(second), status: "open" });
  });

  it("freezes computed values on close; a held meeting moves an open cycle's value, not a closed one's", async () => {
    const coordinator = loadActor(userId("koordination@example.org"))!;
    const before = liveIndicatorValues(getDb(), cycleId).find((v) => v.indicatorId === meetingIndicator().id && v.centreId === null)!.value!;
    // Meetings within the cycle's half-year.
    addHeldMeeting(addDays(next.start, 98));
    expect(liveIndicatorValues(getDb(), cycleId).find((v) => v.indicatorId === meetingIndicator().id && v.centreId === null)!.value).toBe(before + 1);
    // Fill every remaining row (as the centres and the coordinator would).
    const current = cycle();
    const statuses = ["met", "partly", "not-met"] as const;
    const centreList = getDb().$client.prepare("select id from centres where network_id = ? order by name").all(unnaId) as { id: number }[];
    for (const [i, { id: centreId }] of centreList.entries()) {
      for (const c of criteriaOf()) {
        const existing = getDb().select().from(assessments).where(and(eq(assessments.cycleId, cycleId), eq(assessments.criterionId, c.id), eq(assessments.centreId, centreId))).get();
        if (!existing?.selfSubmittedAt) saveSelfAssessment(coordinator, current, centreId, { criterionId: c.id, mode: "submit", status: statuses[i % 3]!, confidence: 3, changes: "", nextSteps: "" });
        if (!existing?.coordinatorStatus) saveCoordinatorAssessment(coordinator, current, centreId, { criterionId: c.id, status: statuses[(i + 1) % 3]!, comment: "" });
      }
    }
    const params = { network: "unna", id: String(cycleId) };
    expect((await call(cyclePage.action, `/n/unna/reviews/${cycleId}`, { as: "coordinator", params, form: { intent: "overall", criterionId: String(criteriaOf()[0]!.id), status: "met" } })).outcome).toBe("redirect");
    const notificationsBefore = getDb().select().from(notifications).where(eq(notifications.kind, "review.status-changed")).all().length;
    expect((await call(cyclePage.action, `/n/unna/reviews/${cycleId}`, { as: "coordinator", params, form: { intent: "close" } })).outcome).toBe("redirect");
    expect(cycle()).toMatchObject({ status: "closed", closedBy: userId("koordination@example.org") });
    const frozen = getDb().select().from(indicatorValues).where(and(eq(indicatorValues.cycleId, cycleId), eq(indicatorValues.indicatorId, meetingIndicator().id), isNull(indicatorValues.centreId))).get()!;
    expect(frozen.value).toBe(before + 1);
    addHeldMeeting(addDays(next.start, 126));
    expect(liveIndicatorValues(getDb(), cycleId).find((v) => v.indicatorId === meetingIndicator().id && v.centreId === null)!.value).toBe(before + 1);
    // One digest per member of the network about the criteria whose status changed.
    const digests = getDb().select().from(notifications).where(eq(notifications.kind, "review.status-changed")).all().slice(notificationsBefore);
    expect(digests).toHaveLength(new Set(getDb().$client.prepare("select user_id from memberships where network_id = ?").pluck().all(unnaId)).size);
    expect(digests[0]!.title).toMatch(new RegExp(`^Überprüfung „${escapeRegExp(next.title)}“ abgeschlossen: \\d+ Änderungen im Stand$`));
    expect(digests[0]!.body).toContain("Angebote folgen dem Konzept (Familienzentrum Arche):");
  });

  it("refuses every change to a closed cycle with a clear message", async () => {
    const second = String(criteriaOf()[1]!.id);
    const reply = await expectUnchanged("invalid", () =>
      call(centrePage.action, centrePath("arche"), { as: "leadA", params: centreParams("arche"), form: { intent: "self", criterionId: second, mode: "submit", status: "met", confidence: "4" } }),
    );
    expect((reply as { formError: string }).formError).toBe("reviews.closedReadOnly");
    const evidence = getDb().select().from(assessmentEvidence).get()!;
    await expectUnchanged("invalid", () => call(centrePage.action, centrePath("arche"), { as: "leadA", params: centreParams("arche"), form: { intent: "evidence-remove", evidenceId: String(evidence.id) } }));
    await expectUnchanged("invalid", () => call(centrePage.action, centrePath("arche"), { as: "coordinator", params: centreParams("arche"), form: { intent: "assess", criterionId: second, status: "not-met" } }));
    await expectUnchanged("invalid", () => call(cyclePage.action, `/n/unna/reviews/${cycleId}`, { as: "coordinator", params: { network: "unna", id: String(cycleId) }, form: { intent: "close" } }));
  });
});
