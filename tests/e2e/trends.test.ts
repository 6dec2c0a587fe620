// Trends in the browser: the coordinator reads a chart's table alternative with the keyboard, opens the
// network overview, a centre's trends and the committee report, and prints it without the navigation.
// The history is a fixture network ("trendstadt", tests/reviews-fixtures.ts) written into the server's
// database, with the demo coordinator as its coordinator too.
import { eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@db/client.server";
import { users } from "@db/schema";
import { addMembership } from "@db/seed/factories";
import { createTrendsFixture } from "../reviews-fixtures";
import { expectAccessible, expectVisible, launchBrowser, newPage, signIn, startServer, type TestServer } from "./harness";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  const db = openDatabase(server.databasePath);
  try {
    const coordinator = db.select().from(users).where(eq(users.email, "koordination@example.org")).get()!;
    const fixture = createTrendsFixture(db, { open: true, passwordHash: coordinator.passwordHash });
    addMembership(db, { userId: coordinator.id, networkId: fixture.networkId, role: "coordinator" });
  } finally {
    db.$client.close();
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("trends", () => {
  it("the coordinator reads a trend as a table by keyboard, opens the overview, a centre and the report, and prints it", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "koordination@example.org");
    await page.goto(`${server.url}/n/trendstadt/trends`);
    await expectVisible(page.getByRole("heading", { level: 1, name: "Entwicklung" }));
    // Status in words, the open cycle marked provisional.
    const exchange = page.getByRole("table", { name: "Status von „Regelmäßiger Austausch“ je Überprüfung (Bewertung der Netzwerkkoordination)" });
    await expectVisible(exchange.getByRole("row", { name: /1\. Halbjahr 2026\s+✔?\s*erfüllt/ }));
    await expectVisible(exchange.getByRole("rowheader", { name: "2. Halbjahr 2026 (vorläufig)" }));
    const concept = page.getByRole("table", { name: /Status von „Angebote folgen dem Konzept“/ });
    await expectVisible(concept.getByText("2 erfüllt · 1 teilweise"));
    // The chart has an accessible name with its values and target.
    const chart = page.getByRole("img", { name: /^Diagramm Anteil teilnehmender Zentren: 2\. Halbjahr 2025: 50 %, 1\. Halbjahr 2026: 62 %/ });
    await expectVisible(chart);
    expect(await chart.getAttribute("aria-label")).toContain("Ziel: 75 %");
    await expectAccessible(page);

    // Its table alternative opens from the keyboard.
    const figure = page.getByRole("figure", { name: /Anteil teilnehmender Zentren/ });
    const summary = figure.getByText("Als Tabelle anzeigen");
    await summary.focus();
    await page.keyboard.press("Enter");
    const table = figure.getByRole("table", { name: "Anteil teilnehmender Zentren" });
    await expectVisible(table);
    await expectVisible(table.getByRole("row", { name: /1\. Halbjahr 2026 62 % nein/ }));
    await expectAccessible(page);

    // The network overview, then a centre.
    await page.getByRole("link", { name: "Netzwerkübersicht" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Netzwerkübersicht" }));
    const overview = page.getByRole("table", { name: "Status je Familienzentrum und Kriterium – 1. Halbjahr 2026" });
    await expectVisible(overview);
    await expectVisible(overview.getByRole("row", { name: /Familienzentrum Birke/ }).getByText("selbst: teilweise erfüllt"));
    await expectAccessible(page);
    await page.getByLabel("Überprüfung", { exact: true }).selectOption({ label: "2. Halbjahr 2025" });
    await page.getByRole("button", { name: "Anzeigen" }).click();
    await expectVisible(page.getByRole("table", { name: "Status je Familienzentrum und Kriterium – 2. Halbjahr 2025" }));
    await page.getByRole("link", { name: "Familienzentrum Apfelbaum" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Entwicklung: Familienzentrum Apfelbaum" }));
    await expectVisible(page.getByRole("img", { name: /^Diagramm Angebote passend zum Konzept: Familienzentrum Apfelbaum: 2\. Halbjahr 2025: 40 %/ }));
    const actions = page.getByRole("table", { name: "Maßnahmen" });
    await expectVisible(actions.getByRole("row", { name: /Fortbildungsplan aktualisieren/ }).getByText("überfällig"));
    await expectAccessible(page);

    // The committee report: compared with the previous cycle, printable without navigation.
    await page.getByRole("link", { name: "Bericht für den Jugendhilfeausschuss" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Bericht für den Jugendhilfeausschuss" }));
    await expectVisible(page.getByText("Netzwerk Trendstadt"));
    const indicators = page.getByRole("table", { name: "Indikatoren von „Regelmäßiger Austausch“: Wert, Ziel und Veränderung" });
    await expectVisible(indicators.getByRole("row", { name: /Anteil teilnehmender Zentren/ }).getByText("↑ +12 Pp. (besser)"));
    await expectVisible(page.getByText("Im Zeitraum fanden 2 Sitzungen statt."));
    const print = page.getByRole("button", { name: "Drucken / als PDF speichern" });
    await expectVisible(print);
    await expectAccessible(page);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Bereiche des Netzwerks" }).isHidden()).toBe(true);
    expect(await page.getByRole("navigation", { name: "Ansichten der Entwicklung" }).isHidden()).toBe(true);
    expect(await print.isHidden()).toBe(true);
    expect(await page.getByLabel("Überprüfung", { exact: true }).isHidden()).toBe(true);
    await expectVisible(indicators);
    await page.emulateMedia({ media: "screen" });

    // The demo network's trend page is accessible too, whatever its history.
    await page.goto(`${server.url}/n/unna/trends`);
    await expectVisible(page.getByRole("heading", { level: 1, name: "Entwicklung" }));
    await expectAccessible(page);
    await context.close();
  });

  it("the report works without JavaScript", async () => {
    const context = await browser.newContext({ locale: "de-DE", javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, server.url, "koordination@example.org");
    await page.goto(`${server.url}/n/trendstadt/trends/report`);
    await expectVisible(page.getByRole("heading", { level: 1, name: "Bericht für den Jugendhilfeausschuss" }));
    await expectVisible(page.getByText("Zum Drucken oder Speichern als PDF die Druckfunktion des Browsers verwenden."));
    await page.getByLabel("Überprüfung", { exact: true }).selectOption({ label: "2. Halbjahr 2026 (vorläufig)" });
    await page.getByRole("button", { name: "Anzeigen" }).click();
    await expectVisible(page.getByText("Diese Überprüfung läuft noch: alle Angaben sind vorläufig."));
    // (axe needs JavaScript in the page; the report was checked with it above.)
    await context.close();
  });
});
