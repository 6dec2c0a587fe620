// Cooperation agreements and their files: uploads checked by size and content, downloads for members only.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { createPartner } from "@db/seed/factories";
import * as agreementEdit from "~/routes/n.$network.centres.$centre.agreements.$id";
import * as agreementFile from "~/routes/n.$network.centres.$centre.agreements.$id.file";
import * as agreementNew from "~/routes/n.$network.centres.$centre.agreements.new";
import { seedTwoNetworks } from "./helpers";
import {
  agreementsOf,
  auditFor,
  call,
  expectUnchanged,
  centreBySlug,
  fieldErrors,
  multipart,
  networkBySlug,
  partnerByName,
  pdfFile,
  storedFiles,
} from "./network-fixtures";

beforeAll(async () => {
  await seedTwoNetworks();
});

const arche = { network: "unna", centre: "arche" };
const regenbogen = { network: "unna", centre: "regenbogen" };

describe("agreements and their files", () => {
  const kitaId = () => String(partnerByName("Kita Sonnenschein")!.id);

  it("the lead of Arche adds an agreement with a PDF, stored under a random key and audited", async () => {
    const files = storedFiles();
    const { outcome, value } = await call(agreementNew.action, "/n/unna/centres/arche/agreements/new", {
      as: "leadA",
      params: arche,
      form: multipart({ partnerId: kitaId(), startsOn: "2026-01-01", endsOn: "2027-12-31" }, { file: pdfFile("Vertrag Müller.pdf") }),
    });
    expect(outcome).toBe("redirect");
    expect((value as Response).headers.get("Location")).toBe("/n/unna/centres/arche?done=created");
    const row = agreementsOf(centreBySlug("arche")!.id).at(-1)!;
    expect(row).toMatchObject({ startsOn: "2026-01-01", endsOn: "2027-12-31", fileName: "Vertrag Müller.pdf", fileType: "application/pdf", fileSize: 64 });
    expect(row.fileKey).toMatch(/^[a-f0-9]{32}$/);
    expect(storedFiles()).toEqual([...files, row.fileKey].sort());
    expect(auditFor("agreement", row.id)[0]).toMatchObject({ action: "create", actorName: "Leitung Arche" });
  });

  it("checks the type by content: a web page named .pdf is refused, a PNG is accepted as image/png", async () => {
    const disguised = new File(["<html><script>alert(1)</script></html>"], "vertrag.pdf", { type: "application/pdf" });
    const value = await expectUnchanged("invalid", () =>
      call(agreementNew.action, "/n/unna/centres/arche/agreements/new", {
        as: "leadA",
        params: arche,
        form: multipart({ partnerId: kitaId(), startsOn: "2026-01-01" }, { file: disguised }),
      }),
    );
    expect(fieldErrors(value).file).toEqual(["upload.type"]);
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])], "scan.txt", { type: "text/plain" });
    const { outcome } = await call(agreementNew.action, "/n/unna/centres/arche/agreements/new", {
      as: "leadA",
      params: arche,
      form: multipart({ partnerId: kitaId(), startsOn: "2026-01-01" }, { file: png }),
    });
    expect(outcome).toBe("redirect");
    expect(agreementsOf(centreBySlug("arche")!.id).at(-1)).toMatchObject({ fileName: "scan.txt.png", fileType: "image/png" });
  });

  it("refuses files over 10 MB with a message, not an error page", async () => {
    const value = await expectUnchanged("invalid", () =>
      call(agreementNew.action, "/n/unna/centres/arche/agreements/new", {
        as: "leadA",
        params: arche,
        form: multipart({ partnerId: kitaId(), startsOn: "2026-01-01" }, { file: pdfFile("gross.pdf", 10 * 1024 * 1024 + 1) }),
      }),
    );
    expect(fieldErrors(value).file).toEqual(["upload.tooLarge"]);
    const huge = await expectUnchanged("invalid", () =>
      call(agreementNew.action, "/n/unna/centres/arche/agreements/new", {
        as: "leadA",
        params: arche,
        form: multipart({ partnerId: kitaId(), startsOn: "2026-01-01" }, { file: pdfFile("riesig.pdf", 15 * 1024 * 1024) }),
      }),
    );
    expect(huge).toMatchObject({ formError: "upload.requestTooLarge" });
  });

  it("offers and accepts only partners of the same network; checks the dates", async () => {
    const foreign = createPartner(getDb(), { networkId: networkBySlug("dortmund").id, name: "Kita Hörde", kind: "Kita" });
    const loaded = await call(agreementNew.loader, "/n/unna/centres/arche/agreements/new", { as: "leadA", params: arche });
    expect((loaded.value as { partners: { id: number }[] }).partners.map((p) => p.id)).not.toContain(foreign.id);
    const value = await expectUnchanged("invalid", () =>
      call(agreementNew.action, "/n/unna/centres/arche/agreements/new", { as: "leadA", params: arche, form: { partnerId: String(foreign.id), startsOn: "2026-01-01" } }),
    );
    expect(fieldErrors(value).partnerId).toEqual(["agreement.partnerUnknown"]);
    const dates = await expectUnchanged("invalid", () =>
      call(agreementNew.action, "/n/unna/centres/arche/agreements/new", {
        as: "leadA",
        params: arche,
        form: { partnerId: kitaId(), startsOn: "2026-05-01", endsOn: "2026-04-30" },
      }),
    );
    expect(fieldErrors(dates).endsOn).toEqual(["agreement.endBeforeStart"]);
  });

  it("the lead of Arche cannot manage Regenbogen's agreements, by URL or through Arche's address", async () => {
    await expectUnchanged("forbidden", () =>
      call(agreementNew.action, "/n/unna/centres/regenbogen/agreements/new", { as: "leadA", params: regenbogen, form: { partnerId: kitaId(), startsOn: "2026-01-01" } }),
    );
    const theirs = agreementsOf(centreBySlug("regenbogen")!.id)[0]!;
    await expectUnchanged("forbidden", () =>
      call(agreementEdit.action, "/n/unna/centres/regenbogen/agreements/x", {
        as: "leadA",
        params: { ...regenbogen, id: String(theirs.id) },
        form: { intent: "delete", confirm: "yes" },
      }),
    );
    await expectUnchanged("notfound", () =>
      call(agreementEdit.action, "/n/unna/centres/arche/agreements/x", {
        as: "leadA",
        params: { ...arche, id: String(theirs.id) },
        form: { intent: "delete", confirm: "yes" },
      }),
    );
  });

  it("replacing a file removes the old one; removing and deleting clean up too", async () => {
    const row = agreementsOf(centreBySlug("arche")!.id).find((a) => a.fileName === "Vertrag Müller.pdf")!;
    const params = { ...arche, id: String(row.id) };
    const replaced = await call(agreementEdit.action, "/n/unna/centres/arche/agreements/x", {
      as: "leadA",
      params,
      form: multipart({ intent: "update", partnerId: String(row.partnerId), startsOn: row.startsOn, endsOn: "" }, { file: pdfFile("neu.pdf", 100) }),
    });
    expect(replaced.outcome).toBe("redirect");
    const after = agreementsOf(centreBySlug("arche")!.id).find((a) => a.id === row.id)!;
    expect(after).toMatchObject({ fileName: "neu.pdf", fileSize: 100, endsOn: null });
    expect(storedFiles()).not.toContain(row.fileKey);
    expect(storedFiles()).toContain(after.fileKey);
    const removed = await call(agreementEdit.action, "/n/unna/centres/arche/agreements/x", {
      as: "coordinator",
      params,
      form: multipart({ intent: "update", partnerId: String(row.partnerId), startsOn: row.startsOn, removeFile: "on" }),
    });
    expect(removed.outcome).toBe("redirect");
    expect(agreementsOf(centreBySlug("arche")!.id).find((a) => a.id === row.id)).toMatchObject({ fileKey: null, fileName: null });
    expect(storedFiles()).not.toContain(after.fileKey);
    const deleted = await call(agreementEdit.action, "/n/unna/centres/arche/agreements/x", { as: "leadA", params, form: { intent: "delete", confirm: "yes" } });
    expect(deleted.outcome).toBe("redirect");
    expect(agreementsOf(centreBySlug("arche")!.id).some((a) => a.id === row.id)).toBe(false);
    expect(auditFor("agreement", row.id).map((e) => e.action)).toEqual(["create", "update", "update", "delete"]);
  });

  it("serves the file to members as an attachment and refuses everyone else", async () => {
    const added = await call(agreementNew.action, "/n/unna/centres/arche/agreements/new", {
      as: "leadA",
      params: arche,
      form: multipart({ partnerId: kitaId(), startsOn: "2026-03-01" }, { file: pdfFile("Vereinbarung Kita \"Sonnenschein\".pdf", 80) }),
    });
    expect(added.outcome).toBe("redirect");
    const row = agreementsOf(centreBySlug("arche")!.id).at(-1)!;
    const params = { ...arche, id: String(row.id) };
    const download = await call(agreementFile.loader, "/n/unna/centres/arche/agreements/x/file", { as: "leadB", params });
    expect(download.outcome).toBe("ok");
    const response = download.value as Response;
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    const disposition = response.headers.get("Content-Disposition")!;
    expect(disposition).toMatch(/^attachment; filename="Vereinbarung Kita Sonnenschein.pdf"; filename\*=UTF-8''/);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array(await pdfFile("x", 80).arrayBuffer()));
    expect((await call(agreementFile.loader, "/n/unna/centres/arche/agreements/x/file", { as: "otherNetwork", params })).outcome).toBe("forbidden");
    expect((await call(agreementFile.loader, "/n/unna/centres/arche/agreements/x/file", { as: "anonymous", params })).outcome).toBe("login");
    const noFile = agreementsOf(centreBySlug("arche")!.id).find((a) => !a.fileKey)!;
    expect((await call(agreementFile.loader, "/n/unna/centres/arche/agreements/x/file", { as: "staffA", params: { ...arche, id: String(noFile.id) } })).outcome).toBe(
      "notfound",
    );
  });
});
