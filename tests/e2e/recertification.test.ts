// Recertification in the browser (the "done when"): Arche's lead sees the countdown on the start
// page, opens the recertification, uploads a PDF to an item, accepts two suggested pieces of app evidence
// (one by keyboard), sees the readiness rise and prints the portfolio. axe on every page visited.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { monthsUntil } from "~/modules/recertification/countdown";
import { addMonths } from "~/modules/time/dates";
import { berlinToday, demoCalendarOf, expectAccessible, expectVisible, launchBrowser, newPage, signIn, startServer, type TestServer } from "./harness";

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

/** A tiny but well-formed PDF. */
function pdf(): Buffer {
  return Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");
}

/** "3 von 16 Punkten belegt (19 %)" → 3 */
async function readyCount(page: Page): Promise<number> {
  const text = await page.getByTestId("overall-readiness").innerText();
  const match = /(\d+) von (\d+) Punkten belegt/.exec(text) ?? /\((\d+)\/(\d+)\)/.exec(text);
  expect(match, text).not.toBeNull();
  return Number(match![1]);
}

describe("recertification", () => {
  it("a lead collects evidence, the readiness rises and the portfolio prints", async () => {
    // The demo's Arche certificate runs out in about eight months, whatever the day.
    const months = monthsUntil(berlinToday(), demoCalendarOf(server).certificates.arche![1]);
    const countdown = `läuft ab in ${months} Monaten`;
    const surveyDate = addMonths(berlinToday(), -7);
    const surveyLabel = `Sozialraumanalyse Massen ${surveyDate.slice(0, 4)}`;
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "leitung.arche@example.org");
    await page.goto(`${server.url}/n/unna`);
    const section = page.getByRole("region", { name: "Rezertifizierung" });
    await expectVisible(section.getByText(countdown));
    await expectVisible(section.getByText("⚠ unter 12 Monaten"));
    await expectAccessible(page);

    await section.getByRole("link", { name: "Zur Rezertifizierung" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Rezertifizierung" }));
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Familienzentrum Arche" }) });
    await expectVisible(row.getByText(countdown));
    await expectAccessible(page);
    await row.getByRole("link", { name: "Familienzentrum Arche" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Rezertifizierung: Familienzentrum Arche" }));
    await expectAccessible(page);
    const before = await readyCount(page);
    const centreUrl = page.url();

    // An upload for 5.1 Sozialraumanalyse.
    await page.getByRole("link", { name: "5.1", exact: true }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "5.1 – Familienzentrum Arche" }));
    await expectAccessible(page);
    const upload = page.getByRole("region", { name: "Datei hochladen" });
    // A web page disguised as a PDF is refused with a German message, and focus moves to the field.
    await upload.getByLabel("Datei", { exact: true }).setInputFiles({ name: "fake.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><body>kein PDF</body></html>") });
    await upload.getByRole("button", { name: "Hochladen" }).click();
    await expectVisible(upload.getByText(/Dieser Dateityp ist nicht erlaubt/));
    await page.waitForFunction(() => document.activeElement?.id === "upload-file");
    await expectAccessible(page);
    await upload.getByLabel("Datei", { exact: true }).setInputFiles({ name: "sozialraumanalyse-massen.pdf", mimeType: "application/pdf", buffer: pdf() });
    await upload.getByLabel("Bezeichnung (optional)").fill(surveyLabel);
    await upload.getByLabel("Datum des Nachweises (optional)").fill(surveyDate);
    await upload.getByRole("button", { name: "Hochladen" }).click();
    await expectVisible(page.getByRole("status").getByText("Der Nachweis wurde hinzugefügt."));
    const evidence = page.getByRole("table");
    await expectVisible(evidence.getByRole("link", { name: "Datei sozialraumanalyse-massen.pdf herunterladen" }));
    await expectVisible(evidence.getByText("✓ gültig"));
    await expectAccessible(page);

    // A suggested offering for 1.5 (open consultation at least monthly), accepted by keyboard.
    await page.goto(centreUrl);
    await page.getByRole("link", { name: "1.5", exact: true }).click();
    await expectVisible(page.getByRole("heading", { level: 2, name: "Vorschläge aus der App" }));
    await expectAccessible(page);
    const accept = page.getByRole("button", { name: "„Beratung für zugewanderte Familien“ als Nachweis übernehmen" });
    await accept.focus();
    await page.keyboard.press("Enter");
    await expectVisible(page.getByRole("status").getByText("Der Nachweis wurde hinzugefügt."));
    await expectVisible(page.getByRole("table").getByRole("cell", { name: /Beratung für zugewanderte Familien/ }));
    await expectVisible(page.getByRole("table").getByText(/Termine im Prüfjahr/));
    await expectAccessible(page);

    // A suggested offering for 1.3 (parent-child groups under three, weekly).
    await page.goto(centreUrl);
    await page.getByRole("link", { name: "1.3", exact: true }).click();
    await page.getByRole("button", { name: "„Stilltreff mit Beratung“ als Nachweis übernehmen" }).click();
    await expectVisible(page.getByRole("status").getByText("Der Nachweis wurde hinzugefügt."));
    await expectAccessible(page);

    await page.goto(centreUrl);
    expect(await readyCount(page)).toBe(before + 3);

    // The portfolio: evidence by area, printable without navigation and buttons.
    await page.getByRole("link", { name: "Portfolio zum Drucken" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Nachweis-Portfolio: Familienzentrum Arche" }));
    await expectVisible(page.getByRole("button", { name: "Drucken / als PDF speichern" }));
    await expectAccessible(page);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Bereiche des Netzwerks" }).isHidden()).toBe(true);
    expect(await page.getByRole("button", { name: "Drucken / als PDF speichern" }).isHidden()).toBe(true);
    await expectVisible(page.getByText(surveyLabel));
    await expectVisible(page.getByText("Datei sozialraumanalyse-massen.pdf"));
    await expectVisible(page.getByText("Beratung für zugewanderte Familien").first());
    await expectVisible(page.getByText("Stilltreff mit Beratung").first());
    await page.emulateMedia({ media: "screen" });
    await context.close();
  });

  it("the coordinator sees every centre sorted by expiry, and the network's shared example", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "koordination@example.org");
    await page.goto(`${server.url}/n/unna/recertification`);
    const rows = page.getByRole("table").getByRole("rowheader");
    await expectVisible(rows.first());
    expect(await rows.count()).toBe(8);
    expect(await rows.first().innerText()).toBe("Familienzentrum Pusteblume");
    await expectVisible(page.getByRole("row").filter({ hasText: "Familienzentrum Pusteblume" }).getByText("⚠ unter 6 Monaten"));
    await expectAccessible(page);
    await page.getByRole("navigation", { name: "Bereiche der Rezertifizierung" }).getByRole("link", { name: "Beispiele aus dem Netzwerk" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Beispiele aus dem Netzwerk" }));
    await expectVisible(page.getByRole("link", { name: `Sozialraumanalyse Königsborn ${demoCalendarOf(server).evidence.socialSpace.slice(0, 4)}` }));
    await expectAccessible(page);
    await page.getByRole("navigation", { name: "Bereiche der Rezertifizierung" }).getByRole("link", { name: "Checkliste" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Checkliste zum Gütesiegel" }));
    await expectAccessible(page);
    // The coordinator edits a criterion's note (the catalogue changes between versions).
    await page.getByRole("link", { name: "Kriterium 7.4 bearbeiten" }).click();
    await expectVisible(page.getByRole("heading", { level: 3, name: "Kriterium 7.4 bearbeiten" }));
    await expectAccessible(page);
    const editor = page.locator("li", { has: page.getByRole("heading", { name: "Kriterium 7.4 bearbeiten" }) });
    await editor.getByLabel("Anmerkung").fill("Neue Vorlage ab 2027");
    await editor.getByRole("button", { name: "Speichern" }).click();
    await expectVisible(page.getByRole("status").getByText("Die Änderung wurde gespeichert."));
    await expectVisible(page.getByText("Neue Vorlage ab 2027"));
    await context.close();
  });
});
