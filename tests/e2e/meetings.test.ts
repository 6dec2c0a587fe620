import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "~/modules/time/dates";
import { berlinToday, expectAccessible, expectVisible, launchBrowser, newPage, signIn, startServer, type TestServer } from "./harness";

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

describe("working-group meetings", () => {
  it("the coordinator plans a meeting, a lead finds it in the calendar, minutes with attendance and an action follow, the lead marks the action done", async () => {
    const today = berlinToday();
    const coordinator = await newPage(browser);
    const page = coordinator.page;
    await signIn(page, server.url, "koordination@example.org");

    // The meeting list: past meetings with attendance, the planned one about three months ahead.
    await page.goto(`${server.url}/n/unna/meetings`);
    await expectVisible(page.getByRole("heading", { level: 1, name: "Arbeitskreis" }));
    await expectVisible(page.getByRole("navigation", { name: "Arbeitskreis und Maßnahmen" }));
    const past = page.getByRole("table", { name: "Vergangene Treffen" });
    await expectVisible(past.getByText("6 von 8 Zentren"));
    await expectAccessible(page);

    // Plan a meeting; a missing title is explained and focused (submitted with the keyboard).
    await page.getByRole("link", { name: "Treffen planen" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Treffen planen" }));
    await expectAccessible(page);
    await page.getByLabel("Titel").fill("");
    await page.getByLabel("Datum").fill(today);
    await page.getByLabel("Ort").fill("Rathaus Unna, Sitzungsraum 2");
    await page.getByLabel("Ort").press("Enter");
    await expectVisible(page.getByText("Bitte füllen Sie dieses Feld aus."));
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("title");
    await expectAccessible(page);
    await page.keyboard.type("Arbeitskreis im November");
    await page.getByLabel("Tagesordnung").fill("Berichte aus den Zentren\nElternabende 2027");
    expect(await page.getByLabel("Familienzentrum Arche").isChecked()).toBe(true);
    expect(await page.getByLabel("Die Stadt (Netzwerkkoordination) ist eingeladen").isChecked()).toBe(true);
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.waitForURL((url) => /^\/n\/unna\/meetings\/\d+$/.test(url.pathname));
    const meetingPath = new URL(page.url()).pathname;
    await expectVisible(page.getByRole("heading", { level: 1, name: "Arbeitskreis im November" }));
    await expectVisible(page.getByText("Das Treffen ist geplant."));
    await expectVisible(page.getByRole("heading", { name: "TOP 2: Elternabende 2027" }));
    await expectAccessible(page);

    // The lead of Arche sees it in the calendar and follows the event to the meeting.
    const lead = await newPage(browser);
    await signIn(lead.page, server.url, "leitung.arche@example.org");
    await lead.page.goto(`${server.url}/n/unna/calendar?view=week&date=${today}`);
    await lead.page.getByRole("link", { name: /Arbeitskreis im November/ }).first().click();
    await lead.page.waitForURL((url) => url.pathname.startsWith("/n/unna/events/"));
    await expectVisible(lead.page.getByRole("heading", { level: 1, name: "Arbeitskreis im November" }));
    await expectAccessible(lead.page);
    await lead.page.getByRole("link", { name: "Zum Treffen mit Tagesordnung und Protokoll" }).click();
    await lead.page.waitForURL((url) => url.pathname === meetingPath);
    await expectVisible(lead.page.getByRole("heading", { name: "TOP 1: Berichte aus den Zentren" }));
    expect(await lead.page.getByRole("link", { name: "Protokoll erfassen" }).count()).toBe(0);
    await expectAccessible(lead.page);

    // The coordinator records the minutes with attendance.
    await page.getByRole("link", { name: "Protokoll erfassen" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Protokoll: Arbeitskreis im November" }));
    await expectAccessible(page);
    await page.getByLabel("Familienzentrum Arche").check();
    await page.getByLabel("Familienzentrum Kunterbunt").check();
    await page.getByLabel("Familienzentrum Regenbogen").check();
    await page.getByLabel("Stadt (Netzwerkkoordination)").check();
    await page.getByLabel("Protokoll zu TOP 1").fill("Alle anwesenden Zentren berichten von vollen Elterncafés.");
    await page.getByLabel("Beschlüsse zu TOP 2").fill("Arche lädt zu einem gemeinsamen Elternabend ein.");
    await page.getByRole("button", { name: "Protokoll speichern" }).click();
    await page.waitForURL((url) => url.pathname === meetingPath);
    await expectVisible(page.getByText("Das Protokoll ist gespeichert"));
    await expectVisible(page.getByText("3 von 8 Zentren"));
    await expectVisible(page.getByText("Alle anwesenden Zentren berichten von vollen Elterncafés."));
    await expectVisible(page.getByText("stattgefunden", { exact: true }));
    await expectAccessible(page);

    // An action item for TOP 2, concerning Arche, owned by its lead.
    await page.getByRole("link", { name: "Protokoll bearbeiten" }).click();
    await expectVisible(page.getByRole("heading", { level: 2, name: "Vereinbarte Maßnahmen" }));
    await page.getByLabel("Maßnahme", { exact: true }).fill("Gemeinsamen Elternabend vorbereiten");
    await page.getByLabel("Tagesordnungspunkt").selectOption({ label: "TOP 2: Elternabende 2027" });
    await page.getByLabel("Betrifft").selectOption({ label: "Familienzentrum Arche" });
    await page.getByLabel("Verantwortlich").selectOption({ label: "Leitung Arche (Familienzentrum Arche)" });
    await page.getByLabel("Fällig am").fill(addDays(today, 44));
    await page.getByRole("button", { name: "Maßnahme anlegen" }).click();
    await expectVisible(page.getByText("Die Maßnahme ist angelegt"));
    await expectVisible(page.getByRole("link", { name: "Gemeinsamen Elternabend vorbereiten" }));
    await expectAccessible(page);

    // The action list shows it with its source; the overdue demo action says so in text.
    await page.goto(`${server.url}/n/unna/actions`);
    await expectVisible(page.getByRole("heading", { level: 1, name: "Maßnahmen" }));
    const row = page.getByRole("row").filter({ hasText: "Gemeinsamen Elternabend vorbereiten" });
    await expectVisible(row.getByRole("link", { name: /Arbeitskreis: Arbeitskreis im November/ }));
    await expectVisible(page.getByRole("row").filter({ hasText: "Kooperationsvereinbarung mit der Grundschule erneuern" }).getByText(/überfällig seit/));
    await expectAccessible(page);
    await coordinator.context.close();

    // The lead of Arche marks it done.
    await lead.page.goto(`${server.url}/n/unna/actions`);
    await lead.page.getByLabel("Familienzentrum", { exact: true }).selectOption({ label: "Familienzentrum Arche" });
    await lead.page.getByRole("button", { name: "Anzeigen" }).click();
    await lead.page.waitForURL((url) => url.searchParams.has("centre"));
    await expectAccessible(lead.page);
    await lead.page.getByRole("link", { name: "Gemeinsamen Elternabend vorbereiten" }).click();
    await expectVisible(lead.page.getByRole("heading", { level: 1, name: "Gemeinsamen Elternabend vorbereiten" }));
    await expectAccessible(lead.page);
    await lead.page.getByLabel("Status").selectOption({ label: "erledigt" });
    await lead.page.getByRole("button", { name: "Speichern" }).click();
    await expectVisible(lead.page.getByText("Die Maßnahme ist gespeichert."));
    await expectVisible(lead.page.locator("h1 + span").getByText("erledigt"));
    await expectAccessible(lead.page);
    await lead.context.close();
  });

  it("the agenda can be edited with the keyboard alone and the meeting prints as a protocol", async () => {
    const { page, context } = await newPage(browser);
    await signIn(page, server.url, "leitung.pusteblume@example.org");
    await page.goto(`${server.url}/n/unna/meetings`);
    await page.getByRole("table", { name: "Geplante Treffen" }).getByRole("link", { name: "Arbeitskreis Familienzentren" }).first().click();
    await expectVisible(page.getByRole("heading", { name: "TOP 3: Verschiedenes" }));
    await page.getByRole("link", { name: "Bearbeiten" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Treffen bearbeiten" }));
    await expectAccessible(page);
    await page.getByLabel("Neuer Tagesordnungspunkt").fill("Sommerfest");
    await page.getByRole("button", { name: "Punkt hinzufügen" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByLabel("Titel von TOP 4").inputValue(), { timeout: 10_000 }).toBe("Sommerfest");
    await page.getByRole("button", { name: "TOP 4 nach oben" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByLabel("Titel von TOP 3").inputValue(), { timeout: 10_000 }).toBe("Sommerfest");
    await expectAccessible(page);
    await page.goto(`${server.url}${new URL(page.url()).pathname.replace(/\/edit$/, "")}`);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Arbeitskreis und Maßnahmen" }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Drucken" }).isVisible()).toBe(false);
    await expectVisible(page.getByRole("heading", { name: "TOP 3: Sommerfest" }));
    await context.close();
  });
});
