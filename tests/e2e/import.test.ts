// Offering import in the browser: a lead's file with another centre's rows shows per-row errors and cannot
// be imported; the coordinator imports a 99-row file after the preview (checked and written by a worker
// thread, with a progress page); the CSV download. axe on every page.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, expectVisible, launchBrowser, newPage, signIn, startServer, type TestServer } from "./harness";

let server: TestServer;
let browser: Browser;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "familiennetz-e2e-import-"));
const devA = fs.readFileSync(new URL("../../../shared/data/offerings-dev-a.csv", import.meta.url), "utf8").replace(/^\uFEFF/, "");
const [header, ...rows] = devA.trim().split(/\r?\n/);

beforeAll(async () => {
  // Files from 50 rows on run as a job in a worker thread, so the coordinator's file shows the progress page.
  server = await startServer({ IMPORT_JOB_THRESHOLD: "50" });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function writeCsv(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, "\uFEFF" + lines.join("\r\n") + "\r\n");
  return file;
}

async function openImport(page: Page) {
  await page.goto(`${server.url}/n/unna/offerings/import`);
  await expectVisible(page.getByRole("heading", { level: 1, name: "Angebote importieren" }));
  await expectAccessible(page);
}

describe("offering import", () => {
  it("shows a lead the per-row errors for another centre's rows and offers no import", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "leitung.arche@example.org");
    await openImport(page);
    await expectVisible(page.getByText("Sie können Angebote dieser Familienzentren importieren: Familienzentrum Arche."));
    expect(await page.getByLabel("fehlende Familienzentren und Stadtteile anlegen").count()).toBe(0);

    const regenbogen = rows.filter((line) => line.split(";")[1] === "Familienzentrum Regenbogen");
    expect(regenbogen.length).toBeGreaterThan(5);
    await page.getByLabel("CSV-Datei").setInputFiles(writeCsv("regenbogen.csv", [header!, ...regenbogen]));
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await page.waitForURL((url) => /^\/n\/unna\/offerings\/import\/[a-f0-9]{32}$/.test(url.pathname));
    await expectVisible(page.getByRole("heading", { level: 1, name: "Vorschau des Imports" }));
    await expectVisible(page.getByText(`Die Datei enthält ${regenbogen.length} Fehler in ${regenbogen.length} Zeilen. Es wurde nichts importiert.`, { exact: false }));
    const table = page.getByRole("table");
    await expectVisible(table.getByRole("columnheader", { name: "Zeile" }));
    const errorRows = table.getByRole("row").filter({ hasText: "Sie dürfen nur Angebote Ihres Familienzentrums importieren." });
    expect(await errorRows.count()).toBe(regenbogen.length);
    expect(await errorRows.first().getByRole("cell").allTextContents()).toEqual(["2", "centre", "Sie dürfen nur Angebote Ihres Familienzentrums importieren."]);
    expect(await page.getByRole("button", { name: "Jetzt importieren" }).count()).toBe(0);
    await expectAccessible(page);

    // A file that is no CSV gets a clear message on the upload page.
    await page.getByRole("link", { name: "Andere Datei hochladen" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Angebote importieren" }));
    const xlsx = path.join(dir, "angebote.xlsx");
    fs.writeFileSync(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    await page.getByLabel("CSV-Datei").setInputFiles(xlsx);
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await expectVisible(page.getByRole("alert").getByText("Das ist keine CSV-Datei.", { exact: false }));
    await expectAccessible(page);
    await context.close();
  });

  it("the coordinator imports a 99-row file after the preview, with progress while it runs", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "koordination@example.org");
    await openImport(page);
    await expectVisible(page.getByLabel("fehlende Familienzentren und Stadtteile anlegen"));

    // 96 rows of the demo: five get a new title, and three new offerings of Arche join them.
    const changed = rows.map((line, i) => (i < 5 ? line.replace(/^([^;]*;[^;]*;[^;]*;)([^;]*)/, "$1$2 (neu)") : line));
    const added = [1, 2, 3].map((n) => `E2E${n};Familienzentrum Arche;Massen;Spieletreff ${n};Offener Spielenachmittag.;offener-treff;3;10;Mi;15:00;17:00;de;0;nein`);
    await page.getByLabel("CSV-Datei").setInputFiles(writeCsv("netzwerk.csv", [header!, ...changed, ...added]));
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await page.waitForURL((url) => /^\/n\/unna\/offerings\/import\/[a-f0-9]{32}$/.test(url.pathname));
    // The check runs in a worker thread; the page shows its progress until the preview is ready.
    const progress = page.getByRole("progressbar", { name: "Fortschritt" });
    await expectVisible(progress);
    await expectVisible(page.getByRole("heading", { level: 2, name: "Die Datei wird geprüft …" }));
    expect(await page.locator("[aria-live=polite]").count()).toBe(1);
    await expectAccessible(page);
    const counts = page.getByRole("region", { name: "Ergebnis der Prüfung" });
    await counts.waitFor({ state: "visible", timeout: 30_000 });
    await expectVisible(page.getByText("Die Datei ist fehlerfrei.", { exact: false }));
    expect(await counts.locator("dd").allTextContents()).toEqual(["99", "3", "5", "91", "0", "0"]);
    await expectAccessible(page);

    await page.getByRole("button", { name: "Jetzt importieren" }).click();
    // The import runs in the worker too: progress, then the result.
    await expectVisible(page.getByRole("heading", { level: 2, name: "Die Angebote werden importiert …" }));
    await expectAccessible(page);
    await expectVisible(page.getByRole("heading", { level: 1, name: "Der Import ist abgeschlossen." }));
    const result = page.getByRole("region", { name: "Ergebnis" });
    await result.waitFor({ state: "visible", timeout: 30_000 });
    expect(await result.locator("dd").allTextContents()).toEqual(["99", "3", "5", "91", "0", "0"]);
    await expectAccessible(page);

    // The new offerings are in the download, which German Excel opens: BOM, semicolons, UTF-8.
    await page.getByRole("link", { name: "Andere Datei hochladen" }).click();
    const href = await page.getByRole("link", { name: "Alle Angebote als CSV herunterladen" }).getAttribute("href");
    expect(href).toBe("/n/unna/offerings/export");
    const download = await page.request.get(`${server.url}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="angebote-unna-\d{4}-\d{2}-\d{2}\.csv"/);
    const body = await download.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString("utf8");
    expect(text).toContain("E2E2;Familienzentrum Arche;Massen;Spieletreff 2;");
    expect(text).toContain(" (neu);");
    await context.close();
  });
});
