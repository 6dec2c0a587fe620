import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, expectVisible, launchBrowser, newPage, signIn, startServer, type TestServer } from "./harness";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("centre profile and network structure", () => {
  it("the lead of Arche edits the centre's profile and sees the change on the centre page", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "leitung.arche@example.org");
    expect(new URL(page.url()).pathname).toBe("/n/unna");
    await page.getByRole("link", { name: "Familienzentrum Arche", exact: true }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Familienzentrum Arche" }));
    await expectVisible(page.getByText("AWO Unterbezirk Unna"));
    await expectAccessible(page);

    await page.getByRole("link", { name: "Profil bearbeiten" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Profil bearbeiten: Familienzentrum Arche" }));
    await expectAccessible(page);

    // A mistake is reported next to the field, which gets the focus.
    await page.getByLabel("Postleitzahl").fill("5942");
    await page.getByRole("button", { name: "Speichern" }).click();
    await expectVisible(page.getByText("Bitte geben Sie eine fünfstellige Postleitzahl ein."));
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("postalCode");
    await expectAccessible(page);

    await page.getByLabel("Postleitzahl").fill("59425");
    await page.getByLabel("Telefon").fill("02303 987654");
    const focus = page.getByLabel("Schwerpunkte der Konzeption");
    await focus.fill(`${await focus.inputValue()}\nFamiliencafé`);
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.waitForURL((url) => url.pathname === "/n/unna/centres/arche");
    await expectVisible(page.getByRole("heading", { level: 1, name: "Familienzentrum Arche" }));
    await expectVisible(page.getByRole("status").getByText("Gespeichert."));
    await expectVisible(page.getByRole("link", { name: "02303 987654" }));
    await expectVisible(page.getByRole("listitem").filter({ hasText: "Familiencafé" }));
    await expectVisible(page.getByText("59425 Unna"));
    await expectAccessible(page);
    await context.close();
  });

  it("shows the lead of Arche the German 'Keine Berechtigung' page for Regenbogen's edit page", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "leitung.arche@example.org");
    const response = await page.goto(`${server.url}/n/unna/centres/regenbogen/edit`);
    expect(response?.status()).toBe(403);
    await expectVisible(page.getByRole("heading", { level: 1, name: "Keine Berechtigung" }));
    await expectAccessible(page);
    await context.close();
  });

  it("the coordinator creates a neighbourhood with an outline", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "koordination@example.org");
    await page.getByRole("link", { name: "Stadtteil anlegen" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Stadtteil anlegen" }));
    await expectAccessible(page);
    await page.getByLabel("Name").fill("Unna-Nord");
    await page.getByLabel("Einwohnerzahl").fill("2.500");
    const outline = { type: "Polygon", coordinates: [[[7.68, 51.55], [7.7, 51.55], [7.7, 51.56], [7.68, 51.55]]] };
    await page.getByLabel("Umriss (GeoJSON)").fill(JSON.stringify(outline));
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.waitForURL((url) => url.pathname === "/n/unna" && url.search === "?done=created");
    const row = page.getByRole("row").filter({ hasText: "Unna-Nord" });
    await expectVisible(row);
    expect(await row.textContent()).toContain("2.500");
    await expectAccessible(page);
    await context.close();
  });
  it("the lead of Arche adds a cooperation agreement with a file; oversize and wrong types get a message", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "leitung.arche@example.org");
    await page.goto(`${server.url}/n/unna/centres/arche`);
    await page.getByRole("link", { name: "Kooperationsvereinbarung hinzufügen" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Kooperationsvereinbarung hinzufügen" }));
    await expectAccessible(page);
    await page.getByLabel("Kooperationspartner").selectOption({ label: "Stadtbibliothek Unna" });
    await page.getByLabel("Beginn").fill("2026-02-01");
    const file = page.getByLabel("Datei");

    const big = Buffer.alloc(10 * 1024 * 1024 + 10, 0x20);
    big.write("%PDF-1.7\n");
    await file.setInputFiles({ name: "gross.pdf", mimeType: "application/pdf", buffer: big });
    await page.getByRole("button", { name: "Speichern" }).click();
    await expectVisible(page.getByText("Die Datei ist zu groß. Erlaubt sind höchstens 10 MB."));
    await expectAccessible(page);

    await file.setInputFiles({ name: "vertrag.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>kein PDF</html>") });
    await page.getByRole("button", { name: "Speichern" }).click();
    await expectVisible(page.getByText("Dieser Dateityp ist nicht erlaubt.", { exact: false }));

    await file.setInputFiles({ name: "Vereinbarung Bibliothek.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n% e2e\n") });
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.waitForURL((url) => url.pathname === "/n/unna/centres/arche");
    const link = page.getByRole("link", { name: /Vereinbarung Bibliothek\.pdf herunterladen/ });
    await expectVisible(link);
    await expectAccessible(page);
    const href = await link.getAttribute("href");
    const download = await page.request.get(`${server.url}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect(download.headers()["content-disposition"]).toContain("attachment;");
    // Helmet in server.ts sets the header for every response too; Express appends ours to it.
    expect(download.headers()["x-content-type-options"]).toMatch(/^nosniff(, nosniff)?$/);
    expect((await download.body()).toString()).toBe("%PDF-1.7\n% e2e\n");
    await context.close();
    // Without a session the file is not served.
    const anonymous = await fetch(`${server.url}${href}`, { redirect: "manual" });
    expect(anonymous.status).toBe(302);
  });
  it("the coordinator's other structure pages are accessible, in German and in English", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "koordination@example.org");
    const visit = async (path: string, heading: string | RegExp) => {
      await page.goto(`${server.url}${path}`);
      await expectVisible(page.getByRole("heading", { level: 1, name: heading }));
      await expectAccessible(page);
    };
    await visit("/n/unna/centres/new", "Familienzentrum anlegen");
    await visit("/n/unna/partners/new", "Kooperationspartner anlegen");
    await visit("/n/unna/centres/regenbogen/edit", "Profil bearbeiten: Familienzentrum Regenbogen");
    await visit("/n/unna/centres/regenbogen", "Familienzentrum Regenbogen");
    await page.getByRole("link", { name: /^Bearbeiten\s?: Hebammenpraxis Lebensanfang$/ }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Kooperationsvereinbarung bearbeiten" }));
    await expectAccessible(page);
    await page.goto(`${server.url}/n/unna`);
    await page.getByRole("link", { name: "Kita Sonnenschein" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Kita Sonnenschein" }));
    await expectAccessible(page);
    await page.goto(`${server.url}/n/unna`);
    await page.getByRole("link", { name: "Massen", exact: true }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Stadtteil bearbeiten: Massen" }));
    await expectAccessible(page);
    // A delete without confirmation is refused; the message is tied to the checkbox, which gets the focus.
    await page.getByRole("button", { name: "Stadtteil löschen" }).click();
    await expectVisible(page.getByText("Bitte bestätigen Sie das Löschen."));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("delete-confirm");
    await expectAccessible(page);
    await page.getByRole("button", { name: "English" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Edit neighbourhood: Massen" }));
    await expectVisible(page.getByLabel("Outline (GeoJSON)"));
    await expectAccessible(page);
    await context.close();
  });
});
