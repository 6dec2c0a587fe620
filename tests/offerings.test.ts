// Offerings through their loaders and actions: create, edit, validation (nothing saved), concurrent edits,
// versions and restore, copy, status, "still current", and who may do what.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { offerings, partners } from "@db/schema";
import { createOffering, contentOf } from "~/modules/offerings/offerings.server";
import * as detail from "~/routes/n.$network.offerings.$id._index";
import * as edit from "~/routes/n.$network.offerings.$id.edit";
import * as versions from "~/routes/n.$network.offerings.$id.versions";
import * as create from "~/routes/n.$network.offerings.new";
import * as stale from "~/routes/n.$network.offerings.stale";
import { nowMs } from "~/modules/time/clock";
import { addDays, berlinToday } from "~/modules/time/dates";
import { seedTwoNetworks } from "./helpers";
import { auditFor, call, expectUnchanged, fieldErrors, networkBySlug } from "./network-fixtures";
import { categoryId, centreId, editForm, newForm, offeringById, offeringByRef, offeringByTitle, versionsOf } from "./offerings-fixtures";

beforeAll(async () => {
  await seedTwoNetworks();
});

const unna = { network: "unna" };
const params = (id: number) => ({ network: "unna", id: String(id) });
const location = (value: unknown) => (value as Response).headers.get("Location");

async function createAs(persona: Parameters<typeof call>[2]["as"], changes: Record<string, string | string[]> = {}) {
  const result = await call(create.action, "/n/unna/offerings/new", { as: persona, params: unna, form: newForm(changes) });
  expect(result.outcome, JSON.stringify(fieldErrors(result.value))).toBe("redirect");
  const id = Number(/offerings\/(\d+)\?done=created$/.exec(location(result.value)!)![1]);
  return offeringById(id)!;
}

describe("creating offerings", () => {
  it("the lead of Arche creates a weekly offering with every field; it is versioned and audited", async () => {
    const partner = getDb().select().from(partners).where(eq(partners.name, "Kita Sonnenschein")).get()!;
    const offering = await createAs("leadA", {
      title: "Eltern-Kind-Frühstück",
      weekdays: ["2", "4"],
      validUntil: "2026-12-31",
      cancelled: "24.12.2026\n2026-12-31",
      neighbourhoodId: String(getDb().$client.prepare("select id from neighbourhoods where name = 'Massen'").pluck().get()),
      place: "other",
      placeName: "Gemeindehaus",
      placeAddress: "Kirchplatz 1, 59427 Unna",
      costNote: "pro Termin",
      registrationRequired: "on",
      registrationHow: "Telefonisch im Büro",
      capacity: "12",
      partnerIds: [String(partner.id)],
      contactName: "Frau Beispiel",
      contactEmail: "kontakt@example.org",
      contactPhone: "02303 123456",
      focusAreas: ["Elternbildung"],
      ageFrom: "6",
      ageFromUnit: "months",
    });
    expect(offering).toMatchObject({
      centreId: centreId("arche"),
      title: "Eltern-Kind-Frühstück",
      ageFromMonths: 6,
      ageToMonths: 3 * 12 + 11,
      audiences: ["parents", "children"],
      placeName: "Gemeindehaus",
      scheduleKind: "weekly",
      weekdays: [2, 4],
      startTime: "09:30",
      endTime: "10:30",
      validFrom: "2026-01-01",
      validUntil: "2026-12-31",
      cancelled: ["2026-12-24", "2026-12-31"],
      languages: ["de", "tr"],
      costCents: 250,
      registrationRequired: true,
      capacity: 12,
      partnerIds: [partner.id],
      focusAreas: ["Elternbildung"],
      status: "published",
      version: 1,
    });
    expect(versionsOf(offering.id).map((v) => [v.version, v.actorName])).toEqual([[1, "Leitung Arche"]]);
    expect(auditFor("offering", offering.id)[0]).toMatchObject({ action: "create", actorName: "Leitung Arche" });
  });

  it("staff create offerings with single dates (empty rows are ignored) or by appointment", async () => {
    const dates = await createAs("staffA", {
      title: "Adventsbasteln",
      scheduleKind: "dates",
      "dates[0].date": "2026-12-05",
      "dates[0].startTime": "10:00",
      "dates[0].endTime": "12:00",
      "dates[1].date": "",
      "dates[1].startTime": "",
      "dates[1].endTime": "",
      "dates[2].date": "2026-12-12",
      "dates[2].startTime": "9:30",
      "dates[2].endTime": "11:00",
    });
    expect(dates).toMatchObject({ scheduleKind: "dates", weekdays: [], startTime: null, validFrom: null });
    expect(dates.dates).toEqual([
      { date: "2026-12-05", startTime: "10:00", endTime: "12:00" },
      { date: "2026-12-12", startTime: "09:30", endTime: "11:00" },
    ]);
    const appointment = await createAs("staffA", { title: "Beratung nach Vereinbarung", scheduleKind: "appointment", cancelled: "01.01.2027" });
    expect(appointment).toMatchObject({ scheduleKind: "appointment", weekdays: [], cancelled: [], dates: [] });
  });

  it("refuses bad input with German field-level message keys and saves nothing", async () => {
    const cases: [Record<string, string | string[]>, Record<string, string[]>][] = [
      [{ title: "" }, { title: ["offerings.titleRequired"] }],
      [{ title: "x".repeat(201) }, { title: ["form.tooLong"] }],
      [{ description: "<script>alert(1)</script>" }, { description: ["form.noMarkup"] }],
      [{ title: "Kurs <b>fett</b>" }, { title: ["form.noMarkup"] }],
      [{ startTime: "11:00", endTime: "10:00" }, { endTime: ["offerings.timeOrder"] }],
      [{ startTime: "25:00" }, { startTime: ["offerings.timeInvalid"] }],
      [{ ageFrom: "6", ageTo: "3" }, { ageTo: ["offerings.ageOrder"] }],
      [{ ageFrom: "2", ageFromUnit: "years", ageTo: "18", ageToUnit: "months" }, { ageTo: ["offerings.ageOrder"] }],
      [{ ageTo: "150" }, { ageTo: ["offerings.ageInvalid"] }],
      [{ categoryId: "999999" }, { categoryId: ["offerings.categoryUnknown"] }],
      [{ categoryId: "" }, { categoryId: ["offerings.categoryRequired"] }],
      [{ validFrom: "2026-06-01", validUntil: "2026-05-01" }, { validUntil: ["offerings.dateOrder"] }],
      [{ weekdays: [] }, { weekdays: ["offerings.weekdaysRequired"] }],
      [{ scheduleKind: "dates" }, { dates: ["offerings.datesRequired"] }],
      [{ scheduleKind: "dates", "dates[0].date": "2026-13-01", "dates[0].startTime": "10:00", "dates[0].endTime": "09:00" }, { "dates[0].date": ["form.date"], "dates[0].endTime": ["offerings.timeOrder"] }],
      [{ cost: "zwölf" }, { cost: ["offerings.costInvalid"] }],
      [{ cancelled: "morgen" }, { cancelled: ["offerings.cancelledInvalid"] }],
      [{ languages: [] }, { languages: ["offerings.languagesRequired"] }],
      [{ place: "other" }, { placeAddress: ["offerings.placeRequired"] }],
      [{ contactEmail: "keine-adresse" }, { contactEmail: ["form.email"] }],
      [{ capacity: "0" }, { capacity: ["offerings.capacityInvalid"] }],
      [{ focusAreas: ["Naturpädagogik"] }, { focusAreas: ["offerings.focusAreaUnknown"] }],
      [{ partnerIds: ["999999"] }, { partnerIds: ["offerings.partnerUnknown"] }],
    ];
    for (const [changes, errors] of cases) {
      const value = await expectUnchanged("invalid", () => call(create.action, "/n/unna/offerings/new", { as: "leadA", params: unna, form: newForm(changes) }));
      expect(fieldErrors(value), JSON.stringify(changes)).toMatchObject(errors);
    }
    // Several mistakes at once are all reported.
    const value = await expectUnchanged("invalid", () =>
      call(create.action, "/n/unna/offerings/new", { as: "leadA", params: unna, form: newForm({ title: "", categoryId: "", ageFrom: "5", ageTo: "2", weekdays: [] }) }),
    );
    expect(Object.keys(fieldErrors(value)).sort()).toEqual(["ageTo", "categoryId", "title", "weekdays"]);
  });

  it("a retired category is not offered for new offerings", async () => {
    getDb().$client.prepare("update categories set retired = 1 where id = ?").run(categoryId("ferienbetreuung"));
    const value = await expectUnchanged("invalid", () =>
      call(create.action, "/n/unna/offerings/new", { as: "coordinator", params: unna, form: newForm({ categoryId: String(categoryId("ferienbetreuung")) }) }),
    );
    expect(fieldErrors(value)).toEqual({ categoryId: ["offerings.categoryUnknown"] });
    getDb().$client.prepare("update categories set retired = 0 where id = ?").run(categoryId("ferienbetreuung"));
  });

  it("adds and removes single-date rows without saving (the buttons work without JavaScript)", async () => {
    const added = await expectUnchanged("ok", () =>
      call(create.action, "/n/unna/offerings/new", { as: "leadA", params: unna, form: newForm({ intent: "add-date", "dates[0].date": "2026-12-05", "dates[0].startTime": "10:00", "dates[0].endTime": "" }) }),
    );
    expect((added as { dateRows: unknown[] }).dateRows).toEqual([
      { date: "2026-12-05", startTime: "10:00", endTime: "" },
      { date: "", startTime: "", endTime: "" },
    ]);
    expect((added as { result: { initialValue: { title: string } } }).result.initialValue.title).toBe("Spielgruppe am Dienstag");
    const removed = await expectUnchanged("ok", () =>
      call(create.action, "/n/unna/offerings/new", {
        as: "leadA",
        params: unna,
        form: newForm({ intent: "remove-date-0", "dates[0].date": "2026-12-05", "dates[1].date": "2026-12-12" }),
      }),
    );
    expect((removed as { dateRows: { date: string }[] }).dateRows.map((r) => r.date)).toEqual(["2026-12-12"]);
  });

  it("the new page preselects the only centre of a lead and lets the coordinator choose", async () => {
    const lead = await call(create.loader, "/n/unna/offerings/new", { as: "leadA", params: unna });
    expect((lead.value as { form: { centreSlug: string; values: { neighbourhoodId: string } } }).form.centreSlug).toBe("arche");
    const coordinator = await call(create.loader, "/n/unna/offerings/new", { as: "coordinator", params: unna });
    expect((coordinator.value as { form: unknown; centres: unknown[] }).form).toBeNull();
    expect((coordinator.value as { centres: unknown[] }).centres).toHaveLength(8);
    const chosen = await call(create.loader, "/n/unna/offerings/new?centre=regenbogen", { as: "coordinator", params: unna });
    const form = (chosen.value as { form: { centreSlug: string; choices: { focusAreas: string[] } } }).form;
    expect(form.centreSlug).toBe("regenbogen");
    expect(form.choices.focusAreas).toEqual(["Frühe Hilfen", "Beratung", "Kindertagespflege"]);
  });
});

describe("editing and concurrent edits", () => {
  it("saves changes as a new version with a readable diff and audit entry", async () => {
    const offering = await createAs("leadA", { title: "Krabbelgruppe am Montag", weekdays: ["1"] });
    const result = await call(edit.action, "/n/unna/offerings/:id/edit", {
      as: "staffA",
      params: params(offering.id),
      form: editForm(offering.id, { title: "Krabbelgruppe am Mittwoch", weekdays: ["3"], cost: "" }),
    });
    expect(result.outcome).toBe("redirect");
    expect(location(result.value)).toBe(`/n/unna/offerings/${offering.id}?done=saved`);
    const saved = offeringById(offering.id)!;
    expect(saved).toMatchObject({ title: "Krabbelgruppe am Mittwoch", weekdays: [3], costCents: 0, version: 2 });
    const [, v2] = versionsOf(offering.id);
    expect(v2).toMatchObject({ actorName: "Team Arche", changes: { title: ["Krabbelgruppe am Montag", "Krabbelgruppe am Mittwoch"], weekdays: [[1], [3]], costCents: [250, 0] } });
    const page = await call(versions.loader, "/n/unna/offerings/:id/versions", { as: "leadB", params: params(offering.id) });
    const lines = (page.value as Awaited<ReturnType<typeof versions.loader>>).versions[0]!.lines;
    expect(lines).toEqual([
      { field: "title", label: "Titel", from: "Krabbelgruppe am Montag", to: "Krabbelgruppe am Mittwoch" },
      { field: "weekdays", label: "Wochentage", from: "Mo", to: "Mi" },
      { field: "costCents", label: "Kosten", from: "2,50\u00a0€", to: "kostenlos" },
    ]);
    // Saving the same content again writes nothing.
    const again = await expectUnchanged("redirect", () => call(edit.action, "/n/unna/offerings/:id/edit", { as: "staffA", params: params(offering.id), form: editForm(offering.id) }));
    expect(location(again)).toBe(`/n/unna/offerings/${offering.id}?done=unchanged`);
  });

  it("refuses the later of two saves from the same version, lists what changed, keeps the input, then saves on top", async () => {
    const offering = await createAs("leadA", { title: "Stillcafé", capacity: "10" });
    const first = editForm(offering.id, { title: "Stillcafé am Vormittag", capacity: "8" });
    const second = editForm(offering.id, { description: "Mit Hebamme.", cost: "3" });
    expect((await call(edit.action, "/n/unna/offerings/:id/edit", { as: "leadA", params: params(offering.id), form: first })).outcome).toBe("redirect");

    const refused = await expectUnchanged("invalid", () => call(edit.action, "/n/unna/offerings/:id/edit", { as: "coordinator", params: params(offering.id), form: second }));
    const reply = refused as { conflict: { by: string; version: number; lines: { label: string; from: string; to: string }[] }; result: { initialValue: Record<string, unknown> }; version: number };
    expect(reply.conflict.by).toBe("Leitung Arche");
    expect(reply.conflict.version).toBe(2);
    expect(reply.version).toBe(2);
    expect(reply.conflict.lines).toEqual([
      { field: "title", label: "Titel", from: "Stillcafé", to: "Stillcafé am Vormittag" },
      { field: "capacity", label: "Plätze", from: "10", to: "8" },
    ]);
    // The coordinator's input is still there, to be saved again.
    expect(reply.result.initialValue).toMatchObject({ description: "Mit Hebamme.", cost: "3" });
    expect(offeringById(offering.id)).toMatchObject({ title: "Stillcafé am Vormittag", description: "Freies Spiel für Kinder mit ihren Eltern.", version: 2 });

    const retried = await call(edit.action, "/n/unna/offerings/:id/edit", { as: "coordinator", params: params(offering.id), form: { ...second, version: String(reply.version) } });
    expect(retried.outcome).toBe("redirect");
    expect(offeringById(offering.id)).toMatchObject({ description: "Mit Hebamme.", costCents: 300, version: 3 });
    expect(versionsOf(offering.id).map((v) => v.actorName)).toEqual(["Leitung Arche", "Leitung Arche", "Netzwerkkoordination Unna"]);
  });

  it("keeps a retired category on an offering that has it", async () => {
    const offering = await createAs("leadA", { title: "Ferienspaß", categoryId: String(categoryId("ferienbetreuung")) });
    getDb().$client.prepare("update categories set retired = 1 where id = ?").run(categoryId("ferienbetreuung"));
    const page = await call(edit.loader, "/n/unna/offerings/:id/edit", { as: "leadA", params: params(offering.id) });
    const choices = (page.value as Awaited<ReturnType<typeof edit.loader>>).choices.categories;
    expect(choices.filter((c) => c.retired).map((c) => c.id)).toEqual([categoryId("ferienbetreuung")]);
    const saved = await call(edit.action, "/n/unna/offerings/:id/edit", { as: "leadA", params: params(offering.id), form: editForm(offering.id, { title: "Ferienspaß im Sommer" }) });
    expect(saved.outcome).toBe("redirect");
    expect(offeringById(offering.id)).toMatchObject({ categoryId: categoryId("ferienbetreuung"), title: "Ferienspaß im Sommer" });
    getDb().$client.prepare("update categories set retired = 0 where id = ?").run(categoryId("ferienbetreuung"));
  });

  it("refuses invalid edits and keeps the version the form was based on", async () => {
    const offering = await createAs("leadA", { title: "Vorlesestunde" });
    const value = await expectUnchanged("invalid", () =>
      call(edit.action, "/n/unna/offerings/:id/edit", { as: "leadA", params: params(offering.id), form: editForm(offering.id, { title: "", endTime: "08:00" }) }),
    );
    expect(fieldErrors(value)).toMatchObject({ title: ["offerings.titleRequired"], endTime: ["offerings.timeOrder"] });
    expect((value as { version: number }).version).toBe(1);
  });
});

describe("versions, copy, status and 'still current'", () => {
  it("restores an older version as a new one; a restore based on an old version is refused", async () => {
    const offering = await createAs("leadA", { title: "Musikgarten", capacity: "6" });
    await call(edit.action, "/n/unna/offerings/:id/edit", { as: "leadA", params: params(offering.id), form: editForm(offering.id, { title: "Musikgarten für Kleine", capacity: "8" }) });
    const restored = await call(versions.action, "/n/unna/offerings/:id/versions", { as: "staffA", params: params(offering.id), form: { restore: "1", expected: "2" } });
    expect(location(restored.value)).toBe(`/n/unna/offerings/${offering.id}/versions?done=restored`);
    expect(offeringById(offering.id)).toMatchObject({ title: "Musikgarten", capacity: 6, version: 3 });
    expect(versionsOf(offering.id)[2]!.changes).toMatchObject({ title: ["Musikgarten für Kleine", "Musikgarten"] });
    const stale = await expectUnchanged("invalid", () =>
      call(versions.action, "/n/unna/offerings/:id/versions", { as: "leadA", params: params(offering.id), form: { restore: "2", expected: "2" } }),
    );
    expect((stale as { conflict: { by: string; lines: unknown[] } }).conflict.by).toBe("Team Arche");
    await expectUnchanged("notfound", () => call(versions.action, "/n/unna/offerings/:id/versions", { as: "leadA", params: params(offering.id), form: { restore: "99", expected: "3" } }));
  });

  it("restores leave out partners deleted since", async () => {
    const partner = getDb().insert(partners).values({ networkId: networkBySlug("unna").id, name: "Wegwerfpartner", kind: "Verein" }).returning().get();
    const offering = await createAs("leadA", { title: "Mit Partner", partnerIds: [String(partner.id)] });
    await call(edit.action, "/n/unna/offerings/:id/edit", { as: "leadA", params: params(offering.id), form: editForm(offering.id, { partnerIds: [] }) });
    getDb().delete(partners).where(eq(partners.id, partner.id)).run();
    const restored = await call(versions.action, "/n/unna/offerings/:id/versions", { as: "leadA", params: params(offering.id), form: { restore: "1", expected: "2" } });
    expect(restored.outcome).toBe("redirect");
    expect(offeringById(offering.id)!.partnerIds).toEqual([]);
  });

  it("copies an offering into a draft 'Kopie von …' and opens its edit page", async () => {
    const source = offeringByRef("A0023");
    const result = await call(detail.action, "/n/unna/offerings/:id", { as: "staffA", params: params(source.id), form: { intent: "copy" } });
    const match = /^\/n\/unna\/offerings\/(\d+)\/edit\?done=copied$/.exec(location(result.value)!);
    expect(match).not.toBeNull();
    const copy = offeringById(Number(match![1]))!;
    expect(copy).toMatchObject({ title: `Kopie von ${source.title}`, status: "draft", centreId: source.centreId, ref: null, version: 1 });
    expect({ ...contentOf(copy), title: "", status: "draft" }).toEqual({ ...contentOf(source), title: "", status: "draft" });
  });

  it("archives, publishes and returns to draft as versioned saves; an outdated status change is refused", async () => {
    const offering = await createAs("leadA", { title: "Babytreff" });
    const status = (value: string, version: number) => call(detail.action, "/n/unna/offerings/:id", { as: "leadA", params: params(offering.id), form: { intent: "status", status: value, version: String(version) } });
    expect(location((await status("archived", 1)).value)).toBe(`/n/unna/offerings/${offering.id}?done=status`);
    expect(offeringById(offering.id)).toMatchObject({ status: "archived", version: 2 });
    const refused = await expectUnchanged("invalid", () => status("published", 1));
    expect((refused as { conflict: { lines: { from: string; to: string }[] } }).conflict.lines).toEqual([{ field: "status", label: "Status", from: "Veröffentlicht", to: "Archiviert" }]);
    await status("draft", 2);
    expect(offeringById(offering.id)).toMatchObject({ status: "draft", version: 3 });
    await expectUnchanged("invalid", () => status("deleted", 3));
  });

  it("'still current' confirms without a new version and clears the stale mark", async () => {
    const offering = offeringByRef("A0028");
    const page = await call(detail.loader, "/n/unna/offerings/:id", { as: "leadA", params: params(offering.id) });
    expect((page.value as Awaited<ReturnType<typeof detail.loader>>).offering.stale).toBe(true);
    const result = await call(detail.action, "/n/unna/offerings/:id", { as: "leadA", params: params(offering.id), form: { intent: "verify" } });
    expect(location(result.value)).toBe(`/n/unna/offerings/${offering.id}?done=verified`);
    const after = offeringById(offering.id)!;
    expect(after.version).toBe(offering.version);
    expect(after.verifiedAt).toBeGreaterThan(nowMs() - 60_000);
    const again = await call(detail.loader, "/n/unna/offerings/:id", { as: "leadA", params: params(offering.id) });
    expect((again.value as Awaited<ReturnType<typeof detail.loader>>).offering).toMatchObject({ stale: false, verifiedBy: "Leitung Arche" });
    expect(auditFor("offering", offering.id).at(-1)!.summary).toHaveProperty("verifiedAt");
  });

  it("the stale overview counts per centre", async () => {
    const { value } = await call(stale.loader, "/n/unna/offerings/stale", { as: "coordinator", params: unna });
    const rows = (value as Awaited<ReturnType<typeof stale.loader>>).centres;
    expect(rows).toHaveLength(8);
    // A0028 was confirmed above; A0030 of Arche is still stale.
    expect(rows.find((r) => r.slug === "arche")).toMatchObject({ stale: 1 });
    expect(rows.find((r) => r.slug === "regenbogen")).toMatchObject({ stale: 1 });
    expect(rows.find((r) => r.slug === "pusteblume")).toMatchObject({ stale: 0 });
  });

  it("the offering page shows the next dates without cancelled ones", async () => {
    const offering = await createAs("leadA", { title: "Jeden Tag", weekdays: ["1", "2", "3", "4", "5", "6", "7"], validFrom: "2020-01-01" });
    const today = berlinToday();
    const tomorrow = addDays(today, 1);
    getDb().$client.prepare("insert into offering_cancellations (offering_id, date) values (?, ?)").run(offering.id, tomorrow);
    const page = await call(detail.loader, "/n/unna/offerings/:id", { as: "otherNetwork", params: params(offering.id) });
    expect(page.outcome).toBe("forbidden");
    const { value } = await call(detail.loader, "/n/unna/offerings/:id", { as: "leadB", params: params(offering.id) });
    const data = value as Awaited<ReturnType<typeof detail.loader>>;
    expect(data.occurrences).toHaveLength(8);
    expect(data.occurrences[0]!.date).toBe(today);
    expect(data.occurrences.map((o) => o.date)).not.toContain(tomorrow);
    expect(data.canEdit).toBe(false);
  });
});

describe("permissions", () => {
  it("the lead of Regenbogen cannot change Arche's offerings, neither by URL nor by a forged centre", async () => {
    const offering = offeringByRef("A0024");
    await expectUnchanged("forbidden", () => call(edit.loader, "/n/unna/offerings/:id/edit", { as: "leadB", params: params(offering.id) }));
    await expectUnchanged("forbidden", () => call(edit.action, "/n/unna/offerings/:id/edit", { as: "leadB", params: params(offering.id), form: editForm(offering.id, { title: "Übernommen" }) }));
    for (const intent of ["verify", "copy"]) {
      await expectUnchanged("forbidden", () => call(detail.action, "/n/unna/offerings/:id", { as: "leadB", params: params(offering.id), form: { intent } }));
    }
    await expectUnchanged("forbidden", () => call(versions.action, "/n/unna/offerings/:id/versions", { as: "leadB", params: params(offering.id), form: { restore: "1", expected: "1" } }));
    await expectUnchanged("forbidden", () => call(create.action, "/n/unna/offerings/new", { as: "leadB", params: unna, form: newForm({ centre: "arche" }) }));
    await expectUnchanged("forbidden", () => call(create.loader, "/n/unna/offerings/new?centre=arche", { as: "leadB", params: unna }));
    await expectUnchanged("notfound", () => call(create.action, "/n/unna/offerings/new", { as: "leadB", params: unna, form: newForm({ centre: "hoerde" }) }));
    await expectUnchanged("invalid", () => call(create.action, "/n/unna/offerings/new", { as: "leadB", params: unna, form: newForm({ centre: "" }) }));
  });

  it("staff may edit their own centre's offerings", async () => {
    const offering = offeringByRef("A0024");
    const result = await call(edit.action, "/n/unna/offerings/:id/edit", { as: "staffA", params: params(offering.id), form: editForm(offering.id, { capacity: "9" }) });
    expect(result.outcome).toBe("redirect");
    expect(offeringById(offering.id)!.capacity).toBe(9);
  });

  it("offerings of another network are not found, and that network's members are refused", async () => {
    const dortmund = networkBySlug("dortmund");
    const hoerde = getDb().$client.prepare("select id from centres where slug = 'hoerde'").pluck().get() as number;
    const hoerdeLead = getDb().$client.prepare("select id from users where email = 'leitung.hoerde@example.net'").pluck().get() as number;
    const foreign = createOffering(
      { userId: hoerdeLead, name: "Leitung Hörde" },
      { networkId: dortmund.id, centreId: hoerde },
      { ...contentOf(offeringByRef("A0024")), categoryId: getDb().$client.prepare("select id from categories where network_id = ? and key = 'gesundheit'").pluck().get(dortmund.id) as number, neighbourhoodId: null, partnerIds: [], focusAreas: [] },
    );
    await expectUnchanged("notfound", () => call(detail.loader, "/n/unna/offerings/:id", { as: "coordinator", params: params(foreign) }));
    await expectUnchanged("notfound", () => call(edit.action, "/n/unna/offerings/:id/edit", { as: "admin", params: params(foreign), form: editForm(foreign) }));
    await expectUnchanged("notfound", () => call(versions.loader, "/n/unna/offerings/:id/versions", { as: "leadA", params: params(foreign) }));
    await expectUnchanged("forbidden", () => call(detail.loader, "/n/unna/offerings/:id", { as: "otherNetwork", params: params(offeringByRef("A0024").id) }));
    const own = await call(detail.loader, "/n/dortmund/offerings/:id", { as: "otherNetwork", params: { network: "dortmund", id: String(foreign) } });
    expect(own.outcome).toBe("ok");
    await expectUnchanged("notfound", () => call(detail.loader, "/n/unna/offerings/:id", { as: "leadA", params: { network: "unna", id: "abc" } }));
  });

  it("a forged category or partner of another network is refused", async () => {
    const dortmundCategory = getDb().$client.prepare("select id from categories where network_id = ? limit 1").pluck().get(networkBySlug("dortmund").id) as number;
    const value = await expectUnchanged("invalid", () =>
      call(create.action, "/n/unna/offerings/new", { as: "leadA", params: unna, form: newForm({ categoryId: String(dortmundCategory) }) }),
    );
    expect(fieldErrors(value)).toEqual({ categoryId: ["offerings.categoryUnknown"] });
    expect(getDb().select().from(offerings).where(eq(offerings.categoryId, dortmundCategory)).all().every((o) => o.networkId !== networkBySlug("unna").id)).toBe(true);
    expect(offeringByTitle("Übernommen")).toBeNull();
  });
});
