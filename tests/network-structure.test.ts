// Neighbourhoods, centres and partners: loaders and actions against a real database (agreements: network-agreements.test.ts).
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { createAgreement } from "@db/seed/factories";
import { uploadsDir } from "~/modules/uploads/uploads.server";
import * as agreementNew from "~/routes/n.$network.centres.$centre.agreements.new";
import * as centrePage from "~/routes/n.$network.centres.$centre._index";
import * as centreEdit from "~/routes/n.$network.centres.$centre.edit";
import * as centreNew from "~/routes/n.$network.centres.new";
import * as neighbourhoodEdit from "~/routes/n.$network.neighbourhoods.$id";
import * as neighbourhoodNew from "~/routes/n.$network.neighbourhoods.new";
import * as partnerPage from "~/routes/n.$network.partners.$id";
import * as partnerNew from "~/routes/n.$network.partners.new";
import { seedTwoNetworks } from "./helpers";
import {
  agreementsOf,
  auditFor,
  call,
  expectUnchanged,
  centreBySlug,
  centreForm,
  fieldErrors,
  multipart,
  neighbourhoodByName,
  networkBySlug,
  partnerByName,
  pdfFile,
  servedIds,
  square,
} from "./network-fixtures";

beforeAll(async () => {
  await seedTwoNetworks();
});

const unna = { network: "unna" };
const arche = { network: "unna", centre: "arche" };
const regenbogen = { network: "unna", centre: "regenbogen" };

describe("neighbourhoods", () => {
  it("the coordinator creates one with a population and a pasted outline, audited", async () => {
    const { outcome, value } = await call(neighbourhoodNew.action, "/n/unna/neighbourhoods/new", {
      as: "coordinator",
      params: unna,
      form: multipart({ name: "Neue Mitte", population: "1.250", geojson: JSON.stringify(square, null, 2) }),
    });
    expect(outcome).toBe("redirect");
    expect((value as Response).headers.get("Location")).toBe("/n/unna?done=created");
    const row = neighbourhoodByName("Neue Mitte")!;
    expect(row).toMatchObject({ slug: "neue-mitte", population: 1250, geojson: JSON.stringify(square) });
    const [entry] = auditFor("neighbourhood", row.id);
    expect(entry).toMatchObject({ action: "create", actorName: "Netzwerkkoordination Unna", networkId: networkBySlug("unna").id });
  });

  it("takes the outline from an uploaded .geojson file (a Feature or FeatureCollection)", async () => {
    const collection = { type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry: square }] };
    const file = new File([JSON.stringify(collection)], "ost.geojson", { type: "application/geo+json" });
    const { outcome } = await call(neighbourhoodNew.action, "/n/unna/neighbourhoods/new", {
      as: "admin",
      params: unna,
      form: multipart({ name: "Ost" }, { geojsonFile: file }),
    });
    expect(outcome).toBe("redirect");
    expect(JSON.parse(neighbourhoodByName("Ost")!.geojson!)).toEqual(collection);
  });

  it("refuses bad input with field errors and changes nothing", async () => {
    const value = await expectUnchanged("invalid", () =>
      call(neighbourhoodNew.action, "/n/unna/neighbourhoods/new", {
        as: "coordinator",
        params: unna,
        form: multipart({ name: "", population: "-5", geojson: '{"type":"Point","coordinates":[7.6,51.5]}' }),
      }),
    );
    expect(fieldErrors(value)).toMatchObject({
      name: ["form.required"],
      population: ["neighbourhood.populationInvalid"],
      geojson: ["geojson.wrongType"],
    });
    const broken = await expectUnchanged("invalid", () =>
      call(neighbourhoodNew.action, "/n/unna/neighbourhoods/new", {
        as: "coordinator",
        params: unna,
        form: multipart({ name: "Kaputt", geojson: "{ type: Polygon" }),
      }),
    );
    expect(fieldErrors(broken).geojson).toEqual(["geojson.invalidJson"]);
    const open = { type: "Polygon", coordinates: [[[7.6, 51.5], [7.7, 51.5], [7.7, 51.6], [7.6, 51.6]]] };
    const fromFile = await expectUnchanged("invalid", () =>
      call(neighbourhoodNew.action, "/n/unna/neighbourhoods/new", {
        as: "coordinator",
        params: unna,
        form: multipart({ name: "Offen" }, { geojsonFile: new File([JSON.stringify(open)], "offen.json") }),
      }),
    );
    expect(fieldErrors(fromFile).geojsonFile).toEqual(["geojson.badCoordinates"]);
  });

  it("keeps names unique per network, whatever the case", async () => {
    const value = await expectUnchanged("invalid", () =>
      call(neighbourhoodNew.action, "/n/unna/neighbourhoods/new", { as: "coordinator", params: unna, form: multipart({ name: "königsborn" }) }),
    );
    expect(fieldErrors(value).name).toEqual(["neighbourhood.nameTaken"]);
    // Another network may use the name.
    const other = await call(neighbourhoodNew.action, "/n/dortmund/neighbourhoods/new", {
      as: "admin",
      params: { network: "dortmund" },
      form: multipart({ name: "Königsborn" }),
    });
    expect(other.outcome).toBe("redirect");
  });

  it("edits a neighbourhood and records what changed", async () => {
    const stockum = neighbourhoodByName("Stockum")!;
    const params = { network: "unna", id: String(stockum.id) };
    const loaded = await call(neighbourhoodEdit.loader, `/n/unna/neighbourhoods/${stockum.id}`, { as: "coordinator", params });
    expect(loaded.value).toMatchObject({ neighbourhood: { name: "Stockum", population: "1600" } });
    // The form sends the outline back as it was shown.
    const { geojson } = (loaded.value as { neighbourhood: { geojson: string } }).neighbourhood;
    const { outcome } = await call(neighbourhoodEdit.action, `/n/unna/neighbourhoods/${stockum.id}`, {
      as: "coordinator",
      params,
      form: multipart({ intent: "update", name: "Stockum", population: "1700", geojson }),
    });
    expect(outcome).toBe("redirect");
    expect(neighbourhoodByName("Stockum")!.population).toBe(1700);
    const update = auditFor("neighbourhood", stockum.id).find((e) => e.action === "update");
    expect(update?.summary).toEqual({ population: [1600, 1700] });
  });

  it("deletes only after confirmation; centres keep existing without it", async () => {
    const hood = neighbourhoodByName("Kessebüren")!;
    const params = { network: "unna", id: String(hood.id) };
    const unconfirmed = await expectUnchanged("invalid", () =>
      call(neighbourhoodEdit.action, "/n/unna/neighbourhoods/x", { as: "coordinator", params, form: { intent: "delete" } }),
    );
    expect(unconfirmed).toMatchObject({ deleteError: "network.delete.confirmRequired" });
    const regenbogenServed = servedIds(centreBySlug("regenbogen")!.id);
    expect(regenbogenServed).toContain(hood.id);
    const { outcome } = await call(neighbourhoodEdit.action, "/n/unna/neighbourhoods/x", {
      as: "coordinator",
      params,
      form: { intent: "delete", confirm: "yes" },
    });
    expect(outcome).toBe("redirect");
    expect(neighbourhoodByName("Kessebüren")).toBeUndefined();
    expect(servedIds(centreBySlug("regenbogen")!.id)).not.toContain(hood.id);
    expect(auditFor("neighbourhood", hood.id).map((e) => e.action)).toContain("delete");
  });

  it("does not reach a neighbourhood of another network through this network's address", async () => {
    const hoerde = neighbourhoodByName("Hörde", "dortmund")!;
    await expectUnchanged("notfound", () =>
      call(neighbourhoodEdit.action, "/n/unna/neighbourhoods/x", {
        as: "coordinator",
        params: { network: "unna", id: String(hoerde.id) },
        form: { intent: "delete", confirm: "yes" },
      }),
    );
  });
});

describe("centres", () => {
  it("the lead of Arche edits Arche's profile, audited with the lead's name", async () => {
    const { outcome, value } = await call(centreEdit.action, "/n/unna/centres/arche/edit", {
      as: "leadA",
      params: arche,
      form: centreForm("arche", {
        phone: "02303 123456",
        focusAreas: "Sprachförderung\n\nElternbildung\n  Familienfrühstück  \nSprachförderung",
        latitude: "51,5470",
        website: "www.arche-unna.de",
      }),
    });
    expect(outcome).toBe("redirect");
    expect((value as Response).headers.get("Location")).toBe("/n/unna/centres/arche?done=saved");
    const row = centreBySlug("arche")!;
    expect(row).toMatchObject({
      phone: "02303 123456",
      focusAreas: ["Sprachförderung", "Elternbildung", "Familienfrühstück"],
      latitude: 51.547,
      website: "https://www.arche-unna.de",
    });
    const update = auditFor("centre", row.id).find((e) => e.action === "update")!;
    expect(update.actorName).toBe("Leitung Arche");
    expect(update.summary).toHaveProperty("phone", ["02303 000000", "02303 123456"]);
  });

  it("the lead of Arche gets 403 for Regenbogen, by URL and by posting, and nothing changes", async () => {
    expect((await call(centreEdit.loader, "/n/unna/centres/regenbogen/edit", { as: "leadA", params: regenbogen })).outcome).toBe("forbidden");
    await expectUnchanged("forbidden", () =>
      call(centreEdit.action, "/n/unna/centres/regenbogen/edit", { as: "leadA", params: regenbogen, form: centreForm("regenbogen", { phone: "0" }) }),
    );
  });

  it("ignores forged centre and network ids in the form: only the centre in the URL changes", async () => {
    const regenbogenBefore = centreBySlug("regenbogen")!;
    const { outcome } = await call(centreEdit.action, "/n/unna/centres/arche/edit", {
      as: "leadA",
      params: arche,
      form: centreForm("arche", {
        id: String(regenbogenBefore.id),
        centreId: String(regenbogenBefore.id),
        networkId: String(networkBySlug("dortmund").id),
        slug: "regenbogen",
        contactName: "Frau Forge",
      }),
    });
    expect(outcome).toBe("redirect");
    expect(centreBySlug("arche")!.contactName).toBe("Frau Forge");
    expect(centreBySlug("regenbogen")).toEqual(regenbogenBefore);
  });

  it("refuses a neighbourhood id of another network, as served or as home neighbourhood", async () => {
    const hoerde = String(neighbourhoodByName("Hörde", "dortmund")!.id);
    const served = await expectUnchanged("invalid", () =>
      call(centreEdit.action, "/n/unna/centres/arche/edit", {
        as: "leadA",
        params: arche,
        form: centreForm("arche", { servedNeighbourhoodIds: [String(neighbourhoodByName("Massen")!.id), hoerde] }),
      }),
    );
    expect(fieldErrors(served).servedNeighbourhoodIds).toEqual(["centre.neighbourhoodUnknown"]);
    const home = await expectUnchanged("invalid", () =>
      call(centreEdit.action, "/n/unna/centres/arche/edit", { as: "leadA", params: arche, form: centreForm("arche", { homeNeighbourhoodId: hoerde }) }),
    );
    expect(fieldErrors(home).homeNeighbourhoodId).toEqual(["centre.neighbourhoodUnknown"]);
  });

  it("refuses bad input with field errors and changes nothing", async () => {
    const value = await expectUnchanged("invalid", () =>
      call(centreEdit.action, "/n/unna/centres/arche/edit", {
        as: "coordinator",
        params: arche,
        form: centreForm("arche", {
          name: " ",
          postalCode: "5942",
          latitude: "95",
          longitude: "sieben",
          email: "keine-adresse",
          phone: "call me",
          website: "javascript:alert(1)",
          certificateValidFrom: "2027-08-01",
          certificateValidUntil: "2023-07-31",
        }),
      }),
    );
    expect(fieldErrors(value)).toMatchObject({
      name: ["form.required"],
      postalCode: ["centre.postalCodeInvalid"],
      latitude: ["centre.latitudeInvalid"],
      longitude: ["centre.longitudeInvalid"],
      email: ["form.email"],
      phone: ["network.phoneInvalid"],
      website: ["network.websiteInvalid"],
    });
    const dates = await expectUnchanged("invalid", () =>
      call(centreEdit.action, "/n/unna/centres/arche/edit", {
        as: "coordinator",
        params: arche,
        form: centreForm("arche", { certificateValidFrom: "2027-08-01", certificateValidUntil: "2023-07-31" }),
      }),
    );
    expect(fieldErrors(dates).certificateValidUntil).toEqual(["centre.certificateOrder"]);
    const taken = await expectUnchanged("invalid", () =>
      call(centreEdit.action, "/n/unna/centres/arche/edit", { as: "coordinator", params: arche, form: centreForm("arche", { name: "Familienzentrum Regenbogen" }) }),
    );
    expect(fieldErrors(taken).name).toEqual(["centre.nameTaken"]);
  });

  it("the page shows the profile to every member; only those allowed see edit links", async () => {
    const asStaff = await call(centrePage.loader, "/n/unna/centres/regenbogen", { as: "staffA", params: regenbogen });
    expect(asStaff.value).toMatchObject({
      centre: { name: "Familienzentrum Regenbogen", provider: "Caritasverband Unna" },
      homeNeighbourhood: "Königsborn",
      canEdit: false,
      canManageAgreements: false,
    });
    const partnersListed = (asStaff.value as { agreements: { partnerName: string }[] }).agreements.map((a) => a.partnerName);
    expect(partnersListed).toEqual(["Hebammenpraxis Lebensanfang", "Jugendamt Unna – Frühe Hilfen"]);
    const asLead = await call(centrePage.loader, "/n/unna/centres/arche", { as: "leadA", params: arche });
    expect(asLead.value).toMatchObject({ canEdit: true, canManageAgreements: true });
    expect((await call(centrePage.loader, "/n/unna/centres/hoerde", { as: "coordinator", params: { network: "unna", centre: "hoerde" } })).outcome).toBe(
      "notfound",
    );
  });

  it("coordinators create centres with a unique slug; the home neighbourhood counts as served", async () => {
    const massen = neighbourhoodByName("Massen")!.id;
    const { outcome, value } = await call(centreNew.action, "/n/unna/centres/new", {
      as: "coordinator",
      params: unna,
      form: { name: "Familienzentrum Am Bornekamp", provider: "Kreisstadt Unna", homeNeighbourhoodId: String(massen) },
    });
    expect(outcome).toBe("redirect");
    expect((value as Response).headers.get("Location")).toBe("/n/unna/centres/am-bornekamp?done=created");
    const created = centreBySlug("am-bornekamp")!;
    expect(servedIds(created.id)).toEqual([massen]);
    expect(auditFor("centre", created.id)[0]).toMatchObject({ action: "create" });
    const second = await call(centreNew.action, "/n/unna/centres/new", { as: "admin", params: unna, form: { name: "Arche" } });
    expect(second.outcome).toBe("redirect");
    expect(centreBySlug("arche-2")?.name).toBe("Arche");
    expect((await call(centreNew.action, "/n/unna/centres/new", { as: "leadA", params: unna, form: { name: "Meins" } })).outcome).toBe("forbidden");
  });

  it("a lead cannot delete their centre; the coordinator can, with its agreements and files", async () => {
    await expectUnchanged("forbidden", () =>
      call(centreEdit.action, "/n/unna/centres/arche/edit", { as: "leadA", params: arche, form: { intent: "delete", confirm: "yes" } }),
    );
    const bornekamp = centreBySlug("am-bornekamp")!;
    const params = { network: "unna", centre: "am-bornekamp" };
    const added = await call(agreementNew.action, "/n/unna/centres/am-bornekamp/agreements/new", {
      as: "coordinator",
      params,
      form: multipart({ partnerId: String(partnerByName("Stadtbibliothek Unna")!.id), startsOn: "2026-02-01" }, { file: pdfFile() }),
    });
    expect(added.outcome).toBe("redirect");
    const [agreement] = agreementsOf(bornekamp.id);
    expect(fs.existsSync(path.join(uploadsDir(), agreement!.fileKey!))).toBe(true);
    const { outcome } = await call(centreEdit.action, "/n/unna/centres/am-bornekamp/edit", {
      as: "coordinator",
      params,
      form: { intent: "delete", confirm: "yes" },
    });
    expect(outcome).toBe("redirect");
    expect(centreBySlug("am-bornekamp")).toBeUndefined();
    expect(agreementsOf(bornekamp.id)).toEqual([]);
    expect(fs.existsSync(path.join(uploadsDir(), agreement!.fileKey!))).toBe(false);
    expect(auditFor("centre", bornekamp.id).map((e) => e.action)).toEqual(["create", "delete"]);
    expect(auditFor("agreement", agreement!.id).map((e) => e.action)).toEqual(["create", "delete"]);
  });
});

describe("partners", () => {
  it("coordinators create, edit and delete partners; each change is audited", async () => {
    const created = await call(partnerNew.action, "/n/unna/partners/new", {
      as: "coordinator",
      params: unna,
      form: { name: "Sportverein Massen", kind: "Verein", neighbourhoodId: String(neighbourhoodByName("Massen")!.id), email: "sv@example.org" },
    });
    expect(created.outcome).toBe("redirect");
    const partner = partnerByName("Sportverein Massen")!;
    expect((created.value as Response).headers.get("Location")).toBe(`/n/unna/partners/${partner.id}?done=created`);
    const params = { network: "unna", id: String(partner.id) };
    const updated = await call(partnerPage.action, "/n/unna/partners/x", {
      as: "admin",
      params,
      form: { intent: "update", name: "Sportverein Massen e. V.", kind: "Verein", phone: "02303 99" },
    });
    expect(updated.outcome).toBe("redirect");
    expect(partnerByName("Sportverein Massen e. V.")).toMatchObject({ phone: "02303 99", neighbourhoodId: null, email: "" });
    createAgreement(getDb(), { centreId: centreBySlug("arche")!.id, partnerId: partner.id, startsOn: "2025-01-01" });
    const deleted = await call(partnerPage.action, "/n/unna/partners/x", { as: "coordinator", params, form: { intent: "delete", confirm: "yes" } });
    expect(deleted.outcome).toBe("redirect");
    expect(partnerByName("Sportverein Massen e. V.")).toBeUndefined();
    expect(auditFor("partner", partner.id).map((e) => e.action)).toEqual(["create", "update", "delete"]);
  });

  it("members read a partner but may not change it", async () => {
    const kita = partnerByName("Kita Sonnenschein")!;
    const params = { network: "unna", id: String(kita.id) };
    const page = await call(partnerPage.loader, "/n/unna/partners/x", { as: "staffA", params });
    expect(page.value).toMatchObject({ partner: { name: "Kita Sonnenschein", neighbourhoodName: "Massen" }, canManage: false });
    await expectUnchanged("forbidden", () =>
      call(partnerPage.action, "/n/unna/partners/x", { as: "leadA", params, form: { intent: "update", name: "Gekapert", kind: "Kita" } }),
    );
    expect((await call(partnerPage.loader, "/n/unna/partners/x", { as: "otherNetwork", params })).outcome).toBe("forbidden");
  });

  it("refuses bad input and neighbourhoods of another network", async () => {
    const value = await expectUnchanged("invalid", () =>
      call(partnerNew.action, "/n/unna/partners/new", { as: "coordinator", params: unna, form: { name: "<b>Partner</b>", kind: "", email: "nope" } }),
    );
    expect(fieldErrors(value)).toMatchObject({ name: ["form.noMarkup"], kind: ["form.required"], email: ["form.email"] });
    const hoerde = String(neighbourhoodByName("Hörde", "dortmund")!.id);
    const forged = await expectUnchanged("invalid", () =>
      call(partnerNew.action, "/n/unna/partners/new", { as: "coordinator", params: unna, form: { name: "Partner", kind: "Kita", neighbourhoodId: hoerde } }),
    );
    expect(fieldErrors(forged).neighbourhoodId).toEqual(["centre.neighbourhoodUnknown"]);
  });
});
