// Recertification: readiness, suggestions, evidence uploads and who may read them, warnings, checklist.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { categories, centres, certificateWarnings, checklistItems, events, meetingCentres, meetingItems, meetings, notifications, offerings, recertificationEvidence, users } from "@db/schema";
import { translator } from "~/modules/i18n/translate";
import { reviewYear } from "~/modules/recertification/countdown";
import { sendCertificateWarnings } from "~/modules/recertification/warnings.server";
import * as centreEdit from "~/routes/n.$network.centres.$centre.edit";
import * as centrePage from "~/routes/n.$network.recertification.centres.$centre._index";
import * as itemPage from "~/routes/n.$network.recertification.centres.$centre.items.$item";
import * as checklistPage from "~/routes/n.$network.recertification.checklist";
import * as documentDownload from "~/routes/n.$network.documents.$id";
import * as download from "~/routes/n.$network.recertification.evidence.$id.file";
import * as examplesPage from "~/routes/n.$network.recertification.examples";
import * as overview from "~/routes/n.$network.recertification._index";
import { demoDates, seedTwoNetworks } from "./helpers";
import { call, centreBySlug, centreForm, expectUnchanged, fieldErrors, multipart, networkBySlug, pdfFile } from "./network-fixtures";

const arche = { network: "unna", centre: "arche" };

/** The calendar year Arche's recertification reviews: the year before its demo certificate runs out. */
const archeYear = () => reviewYear(demoDates().certificates.arche![1], null)!;

function itemId(code: string, network = "unna"): number {
  return getDb().select().from(checklistItems).where(and(eq(checklistItems.networkId, networkBySlug(network).id), eq(checklistItems.code, code))).get()!.id;
}

const itemParams = (code: string, centre = "arche") => ({ network: "unna", centre, item: String(itemId(code)) });
const itemPath = (code: string, centre = "arche") => `/n/unna/recertification/centres/${centre}/items/${itemId(code)}`;

interface Readiness {
  overall: { ready: number; total: number; percent: number };
  areas: { number: string; score: { ready: number; total: number }; items: { code: string; count: number; state: string }[] }[];
  flags: { kind: string }[];
}

async function archeReadiness(): Promise<Readiness> {
  const { outcome, value } = await call(centrePage.loader, "/n/unna/recertification/centres/arche", { as: "leadA", params: arche });
  expect(outcome).toBe("ok");
  return value as Readiness;
}

function addArcheOffering(title: string, category: string, schedule: { kind: "weekly" | "appointment"; weekdays?: number[] }) {
  const now = Date.now();
  const unna = networkBySlug("unna").id;
  const categoryId = getDb().select().from(categories).where(and(eq(categories.networkId, unna), eq(categories.key, category))).get()!.id;
  return getDb()
    .insert(offerings)
    .values({
      networkId: unna,
      centreId: centreBySlug("arche")!.id,
      title,
      categoryId,
      ageFromMonths: 216,
      ageToMonths: 1199,
      scheduleKind: schedule.kind,
      weekdays: schedule.weekdays ?? [],
      startTime: schedule.kind === "weekly" ? "09:00" : null,
      endTime: schedule.kind === "weekly" ? "11:00" : null,
      status: "published",
      updatedAt: now,
      verifiedAt: now,
    })
    .returning()
    .get();
}

function evidenceOf(centre: string, code: string) {
  return getDb()
    .select()
    .from(recertificationEvidence)
    .where(and(eq(recertificationEvidence.centreId, centreBySlug(centre)!.id), eq(recertificationEvidence.itemId, itemId(code))))
    .all();
}

async function uploadPdf(code: string, name = "sozialraumanalyse.pdf") {
  return call(itemPage.action, itemPath(code), { as: "leadA", params: itemParams(code), form: multipart({ intent: "upload", label: "Sozialraumanalyse Massen", evidenceDate: `${archeYear()}-04-01` }, { file: pdfFile(name) }) });
}

beforeAll(async () => {
  await seedTwoNetworks();
});

describe("readiness", () => {
  it("moves when a centre adds valid evidence, per area and overall", async () => {
    const before = await archeReadiness();
    const area5 = before.areas.find((a) => a.number === "5")!;
    expect(area5.items.find((i) => i.code === "5.1")).toMatchObject({ count: 0, state: "missing" });
    const { outcome } = await call(itemPage.action, itemPath("5.1"), {
      as: "staffA",
      params: itemParams("5.1"),
      form: { intent: "link", url: "www.example.org/arche/sozialraum", label: "Sozialraumanalyse (Entwurf)" },
    });
    expect(outcome).toBe("redirect");
    const after = await archeReadiness();
    expect(after.overall.ready).toBe(before.overall.ready + 1);
    expect(after.overall.total).toBe(before.overall.total);
    expect(after.areas.find((a) => a.number === "5")!.score.ready).toBe(area5.score.ready + 1);
    expect(after.areas.find((a) => a.number === "5")!.items.find((i) => i.code === "5.1")).toMatchObject({ count: 1, state: "ready" });
    expect(evidenceOf("arche", "5.1").at(-1)).toMatchObject({ kind: "link", url: "https://www.example.org/arche/sozialraum" });
  });

  it("does not count a training certificate older than seven years, and flags it", async () => {
    const before = await archeReadiness();
    // Seven years from this date end before the review year does.
    const trainedOn = `${archeYear() - 8}-03-01`;
    await call(itemPage.action, itemPath("1.2"), {
      as: "leadA",
      params: itemParams("1.2"),
      form: { intent: "link", url: "https://www.example.org/fortbildung", label: "Fortbildung interkulturell", evidenceDate: trainedOn, isTraining: "on" },
    });
    const after = await archeReadiness();
    expect(after.overall.ready).toBe(before.overall.ready);
    expect(after.areas.find((a) => a.number === "1")!.items.find((i) => i.code === "1.2")).toMatchObject({ count: 1, state: "flagged" });
    expect(after.flags.filter((f) => f.kind === "training")).toHaveLength(1);
  });

  it("leaves retired items out of the count", async () => {
    const before = await archeReadiness();
    const { outcome } = await call(checklistPage.action, "/n/unna/recertification/checklist", { as: "coordinator", params: { network: "unna" }, form: { intent: "retire", itemId: String(itemId("8.2")) } });
    expect(outcome).toBe("redirect");
    const after = await archeReadiness();
    expect(after.overall.total).toBe(before.overall.total - 1);
    await call(checklistPage.action, "/n/unna/recertification/checklist", { as: "coordinator", params: { network: "unna" }, form: { intent: "restore", itemId: String(itemId("8.2")) } });
    expect((await archeReadiness()).overall.total).toBe(before.overall.total);
  });
});

describe("suggestions", () => {
  it("offer a weekly counselling offering for '1.5 offene Sprechstunde mind. monatlich', not one by appointment", async () => {
    const weekly = addArcheOffering("Offene Sprechstunde Erziehungsberatung", "erziehungsberatung", { kind: "weekly", weekdays: [2] });
    const byAppointment = addArcheOffering("Erziehungsberatung nach Vereinbarung", "erziehungsberatung", { kind: "appointment" });
    const { value } = await call(itemPage.loader, itemPath("1.5"), { as: "leadA", params: itemParams("1.5") });
    const suggestions = (value as { suggestions: { kind: string; refId: number; label: string; detail: string | null; count: number | null }[] }).suggestions;
    const ids = suggestions.map((s) => s.refId);
    expect(ids).toContain(weekly.id);
    expect(ids).not.toContain(byAppointment.id);
    expect(suggestions.find((s) => s.refId === weekly.id)).toMatchObject({ kind: "offering", detail: "weekly" });
    // Accepting one attaches it with its dates in the review year and removes it from the suggestions.
    const { outcome } = await call(itemPage.action, itemPath("1.5"), { as: "leadA", params: itemParams("1.5"), form: { intent: "attach", kind: "offering", refId: String(weekly.id) } });
    expect(outcome).toBe("redirect");
    const again = await call(itemPage.loader, itemPath("1.5"), { as: "leadA", params: itemParams("1.5") });
    const data = again.value as { suggestions: { refId: number }[]; evidence: { kind: string; state: string; offering: { count: number; first: string } | null }[] };
    expect(data.suggestions.map((s) => s.refId)).not.toContain(weekly.id);
    expect(data.evidence[0]).toMatchObject({ kind: "offering", state: "valid" });
    expect(data.evidence[0]!.offering!.count).toBeGreaterThan(40);
  });

  it("offer held meetings of the review year that the centre attended and that have minutes", async () => {
    const db = getDb();
    const unna = networkBySlug("unna").id;
    const archeId = centreBySlug("arche")!.id;
    const meeting = (title: string, date: string, status: "held" | "planned", attended: boolean, minutes: string) => {
      const event = db.insert(events).values({ networkId: unna, kind: "meeting", title, date, startTime: "09:00", endTime: "11:00", updatedAt: Date.now() }).returning().get();
      const row = db.insert(meetings).values({ networkId: unna, eventId: event.id, status, updatedAt: Date.now() }).returning().get();
      db.insert(meetingCentres).values({ meetingId: row.id, centreId: archeId, invited: true, attended }).run();
      db.insert(meetingItems).values({ meetingId: row.id, position: 1, title: "Rezertifizierung", minutes }).run();
      return row.id;
    };
    const year = archeYear();
    const held = meeting(`Arbeitskreis Frühjahr ${year}`, `${year}-04-15`, "held", true, "Austausch zu den Nachweisen.");
    const absent = meeting(`Arbeitskreis Sommer ${year}`, `${year}-07-01`, "held", false, "Protokoll");
    const noMinutes = meeting(`Arbeitskreis Herbst ${year}`, `${year}-10-01`, "held", true, "");
    const lastYear = meeting(`Arbeitskreis ${year - 1}`, `${year - 1}-10-01`, "held", true, "Protokoll");
    const planned = meeting(`Arbeitskreis Dezember ${year}`, `${year}-12-10`, "planned", true, "");
    const { value } = await call(itemPage.loader, itemPath("6.2"), { as: "staffA", params: itemParams("6.2") });
    const ids = (value as { suggestions: { refId: number }[] }).suggestions.map((s) => s.refId);
    expect(ids).toContain(held);
    for (const id of [absent, noMinutes, lastYear, planned]) expect(ids).not.toContain(id);
  });

  it("refuses another centre's offering and a second copy of the same evidence, changing nothing", async () => {
    const regenbogenOffering = getDb().select().from(offerings).where(eq(offerings.centreId, centreBySlug("regenbogen")!.id)).get()!;
    await expectUnchanged("invalid", () => call(itemPage.action, itemPath("2.1"), { as: "leadA", params: itemParams("2.1"), form: { intent: "attach", kind: "offering", refId: String(regenbogenOffering.id) } }));
    const attached = evidenceOf("arche", "1.5").find((e) => e.kind === "offering")!;
    const value = await expectUnchanged("invalid", () =>
      call(itemPage.action, itemPath("1.5"), { as: "leadA", params: itemParams("1.5"), form: { intent: "attach", kind: "offering", refId: String(attached.offeringId) } }),
    );
    expect((value as { formError: string }).formError).toBe("recert.evidence.duplicate");
  });
});

describe("uploads", () => {
  it("are checked by content: a .pdf that is really HTML is refused with a clear German message", async () => {
    const html = new File(["<html><script>alert(1)</script></html>"], "nachweis.pdf", { type: "application/pdf" });
    const value = await expectUnchanged("invalid", () =>
      call(itemPage.action, itemPath("5.2"), { as: "leadA", params: itemParams("5.2"), form: multipart({ intent: "upload" }, { file: html }) }),
    );
    const errors = (value as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(errors.file).toEqual(["upload.type"]);
    expect(translator("de")("upload.type")).toContain("nicht erlaubt");
  });

  it("are served to the centre and the coordinator, to other members once shared, never to another network", async () => {
    expect((await uploadPdf("5.2", "konzept.pdf")).outcome).toBe("redirect");
    const evidence = evidenceOf("arche", "5.2").find((e) => e.kind === "document")!;
    const params = { network: "unna", id: String(evidence.id) };
    const path = `/n/unna/recertification/evidence/${evidence.id}/file`;
    const own = await call(download.loader, path, { as: "staffA", params });
    expect(own.outcome).toBe("ok");
    const response = own.value as Response;
    expect(response.headers.get("Content-Disposition")).toContain('attachment; filename="konzept.pdf"');
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(new TextDecoder().decode(await response.arrayBuffer())).toMatch(/^%PDF-/);
    expect((await call(download.loader, path, { as: "coordinator", params })).outcome).toBe("ok");

    // Another network's lead: refused before anything is looked up; the body holds no file.
    const outsider = await call(download.loader, path, { as: "otherNetwork", params });
    expect(outsider.outcome).toBe("forbidden");
    expect(await (outsider.value as Response).text()).not.toContain("%PDF");
    // Another centre of the same network: not until it is shared.
    expect((await call(download.loader, path, { as: "leadB", params })).outcome).toBe("forbidden");

    const shared = await call(itemPage.action, itemPath("5.2"), { as: "leadA", params: itemParams("5.2"), form: { intent: "share", evidenceId: String(evidence.id) } });
    expect(shared.outcome).toBe("redirect");
    expect((await call(download.loader, path, { as: "leadB", params })).outcome).toBe("ok");
    expect((await call(download.loader, path, { as: "otherNetwork", params })).outcome).toBe("forbidden");
    // Through the other network's URL the evidence does not exist.
    expect((await call(download.loader, `/n/dortmund/recertification/evidence/${evidence.id}/file`, { as: "otherNetwork", params: { network: "dortmund", id: String(evidence.id) } })).outcome).toBe("notfound");

    // The review evidence download (app/routes/n.$network.documents.$id.tsx) keeps other networks out and
    // does not serve recertification uploads at all, not even to the centre's own staff.
    const documentId = String(evidence.documentId);
    const viaDocuments = await call(documentDownload.loader, `/n/unna/documents/${documentId}`, { as: "otherNetwork", params: { network: "unna", id: documentId } });
    expect(viaDocuments.outcome).toBe("forbidden");
    expect(await (viaDocuments.value as Response).text()).not.toContain("%PDF");
    expect((await call(documentDownload.loader, `/n/dortmund/documents/${documentId}`, { as: "otherNetwork", params: { network: "dortmund", id: documentId } })).outcome).toBe("notfound");
    expect((await call(documentDownload.loader, `/n/unna/documents/${documentId}`, { as: "staffA", params: { network: "unna", id: documentId } })).outcome).toBe("notfound");
    expect((await call(documentDownload.loader, `/n/unna/documents/${documentId}`, { as: "leadB", params: { network: "unna", id: documentId } })).outcome).toBe("notfound");

    const examples = await call(examplesPage.loader, "/n/unna/recertification/examples", { as: "leadB", params: { network: "unna" } });
    const labels = JSON.stringify(examples.value);
    expect(labels).toContain("Sozialraumanalyse Massen");
    expect(labels).toContain("Familienzentrum Arche");
  });

  it("are removed with their file", async () => {
    expect((await uploadPdf("7.4", "umfrage.pdf")).outcome).toBe("redirect");
    const evidence = evidenceOf("arche", "7.4").find((e) => e.kind === "document")!;
    const { outcome } = await call(itemPage.action, itemPath("7.4"), { as: "leadA", params: itemParams("7.4"), form: { intent: "remove", evidenceId: String(evidence.id) } });
    expect(outcome).toBe("redirect");
    expect(evidenceOf("arche", "7.4").some((e) => e.id === evidence.id)).toBe(false);
    expect((await call(download.loader, `/n/unna/recertification/evidence/${evidence.id}/file`, { as: "leadA", params: { network: "unna", id: String(evidence.id) } })).outcome).toBe("notfound");
  });
});

describe("permissions", () => {
  it("a lead cannot add evidence to another centre's portfolio or touch its evidence", async () => {
    await expectUnchanged("forbidden", () =>
      call(itemPage.action, itemPath("5.1"), { as: "leadB", params: itemParams("5.1"), form: { intent: "link", url: "https://example.org/x", label: "Fremd" } }),
    );
    await expectUnchanged("forbidden", () =>
      call(itemPage.action, itemPath("5.1"), { as: "leadB", params: itemParams("5.1"), form: multipart({ intent: "upload" }, { file: pdfFile("fremd.pdf") }) }),
    );
    // Arche's evidence addressed through Regenbogen's page is not found.
    const archeEvidence = evidenceOf("arche", "5.1")[0]!;
    await expectUnchanged("invalid", () =>
      call(itemPage.action, itemPath("5.1", "regenbogen"), { as: "leadB", params: itemParams("5.1", "regenbogen"), form: { intent: "remove", evidenceId: String(archeEvidence.id) } }),
    );
    expect((await call(centrePage.loader, "/n/unna/recertification/centres/arche", { as: "leadB", params: arche })).outcome).toBe("forbidden");
  });

  it("the overview shows a lead their own centre and the coordinator every centre, soonest expiry first", async () => {
    const lead = await call(overview.loader, "/n/unna/recertification", { as: "leadA", params: { network: "unna" } });
    expect((lead.value as { rows: { slug: string }[] }).rows.map((r) => r.slug)).toEqual(["arche"]);
    const coordinator = await call(overview.loader, "/n/unna/recertification", { as: "coordinator", params: { network: "unna" } });
    const rows = (coordinator.value as { rows: { slug: string; validUntil: string; countdown: { level: unknown } }[] }).rows;
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatchObject({ slug: "pusteblume", countdown: { level: 6 } });
    expect(rows.map((r) => r.validUntil)).toEqual([...rows.map((r) => r.validUntil)].sort());
  });

  it("checklist edits are for coordinators; a bad code is refused with a message and changes nothing", async () => {
    const form = { intent: "create", areaId: "", code: "9.9", text: "Neues Kriterium" };
    await expectUnchanged("forbidden", () => call(checklistPage.action, "/n/unna/recertification/checklist", { as: "leadA", params: { network: "unna" }, form }));
    const value = await expectUnchanged("invalid", () =>
      call(checklistPage.action, "/n/unna/recertification/checklist", { as: "coordinator", params: { network: "unna" }, form: { ...form, code: "5.1", areaId: String(getDb().select().from(checklistItems).where(eq(checklistItems.id, itemId("5.1"))).get()!.areaId) } }),
    );
    expect((value as { fieldErrors: Record<string, string[]> }).fieldErrors.code).toEqual(["recert.checklist.codeTaken"]);
  });
});

describe("certificate and warnings", () => {
  it("the centre form takes a recertification year and refuses one that is not a year", async () => {
    const bad = await expectUnchanged("invalid", () => call(centreEdit.action, "/n/unna/centres/arche/edit", { as: "leadA", params: arche, form: centreForm("arche", { recertificationYear: "20x6" }) }));
    expect(fieldErrors(bad).recertificationYear).toEqual(["recert.yearInvalid"]);
    const year = archeYear() + 1;
    const { outcome } = await call(centreEdit.action, "/n/unna/centres/arche/edit", { as: "leadA", params: arche, form: centreForm("arche", { recertificationYear: String(year) }) });
    expect(outcome).toBe("redirect");
    expect(centreBySlug("arche")!.recertificationYear).toBe(year);
  });

  it("warns the lead and the coordinators once each at 18, 12 and 6 months before expiry", async () => {
    const db = getDb();
    const hoerde = db.select().from(centres).where(eq(centres.networkId, networkBySlug("dortmund").id)).get()!;
    db.update(centres).set({ certificateValidUntil: "2030-06-30" }).where(eq(centres.id, hoerde.id)).run();
    const lead = db.select().from(users).where(eq(users.email, "leitung.hoerde@example.net")).get()!;
    const warningsOf = () => db.select().from(notifications).where(and(eq(notifications.userId, lead.id), eq(notifications.kind, "recertification.warning"))).all();
    const sentFor = () => db.select().from(certificateWarnings).where(eq(certificateWarnings.centreId, hoerde.id)).all().map((w) => w.monthsAhead).sort();

    await sendCertificateWarnings(db, new Date("2028-12-29T10:00:00Z"));
    expect(warningsOf()).toHaveLength(0);
    await sendCertificateWarnings(db, new Date("2028-12-30T10:00:00Z"));
    expect(sentFor()).toEqual([18]);
    expect(warningsOf()).toHaveLength(1);
    expect(warningsOf()[0]!.title).toBe("Gütesiegel von Familienzentrum Hörde: noch 18 Monate");
    await sendCertificateWarnings(db, new Date("2029-01-15T10:00:00Z"));
    expect(warningsOf()).toHaveLength(1);
    await sendCertificateWarnings(db, new Date("2029-06-30T10:00:00Z"));
    await sendCertificateWarnings(db, new Date("2029-07-01T10:00:00Z"));
    expect(sentFor()).toEqual([12, 18]);
    await sendCertificateWarnings(db, new Date("2029-12-30T10:00:00Z"));
    await sendCertificateWarnings(db, new Date("2030-03-01T10:00:00Z"));
    expect(sentFor()).toEqual([12, 18, 6]);
    expect(warningsOf()).toHaveLength(3);
    // The coordinators of the demo network hear about their own centres, not about Dortmund's.
    const coordinator = db.select().from(users).where(eq(users.email, "koordination@example.org")).get()!;
    const coordinatorWarnings = db.select().from(notifications).where(and(eq(notifications.userId, coordinator.id), eq(notifications.kind, "recertification.warning"))).all();
    expect(coordinatorWarnings.every((n) => !n.title.includes("Hörde"))).toBe(true);
  });
});
