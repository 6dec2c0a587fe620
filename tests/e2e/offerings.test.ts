import ICAL from "ical.js";
import type { Browser, Page } from "playwright-core";
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

let offeringPath = "";

/** The next date (Berlin calendar, today included) that falls on an ISO weekday. */
function nextWeekday(isoDay: number): string {
  const today = new Date(new Date().toLocaleString("en-US", { timeZone: "Europe/Berlin" }));
  const current = today.getDay() === 0 ? 7 : today.getDay();
  today.setDate(today.getDate() + ((isoDay - current + 7) % 7));
  return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
}

async function searchFor(page: Page, text: string) {
  await page.getByLabel("Suche", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Anwenden" }).click();
  await page.waitForURL((url) => url.searchParams.get("q") === text);
}

describe("offerings", () => {
  it("a lead posts a weekly offering and finds it in the list and by search", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "leitung.arche@example.org");
    await page.getByRole("navigation", { name: "Bereiche des Netzwerks" }).getByRole("link", { name: "Angebote" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Angebote" }));
    await expectVisible(page.getByText("Angebote im Netzwerk sind veraltet", { exact: false }));
    await expectAccessible(page);

    await page.getByRole("link", { name: "Angebot anlegen" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Angebot anlegen" }));
    await expectVisible(page.getByText("Familienzentrum: Familienzentrum Arche"));
    await expectAccessible(page);

    // Mistakes are reported next to their fields and nothing is saved.
    await page.getByLabel("Beginn (Uhrzeit)").first().fill("11:00");
    await page.getByLabel("Ende (Uhrzeit)").first().fill("10:00");
    await page.getByRole("button", { name: "Speichern", exact: true }).last().click();
    await expectVisible(page.getByText("Bitte geben Sie einen Titel ein."));
    await expectVisible(page.getByText("Bitte wählen Sie eine Kategorie."));
    await expectVisible(page.getByText("Bitte wählen Sie mindestens einen Wochentag."));
    await expectVisible(page.getByText("Das Ende muss nach dem Beginn liegen."));
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("title");
    expect(new URL(page.url()).pathname).toBe("/n/unna/offerings/new");
    await expectAccessible(page);

    await page.getByLabel("Titel").fill("Familienfrühstück am Dienstag");
    await page.getByLabel("Beschreibung").fill("Gemeinsames Frühstück für Eltern mit Babys und Kleinkindern.");
    await page.getByLabel("Kategorie").selectOption({ label: "Eltern-Kind-Gruppen" });
    await page.getByLabel("Alter bis", { exact: true }).fill("3");
    await page.getByRole("checkbox", { name: "Eltern", exact: true }).check();
    await page.getByRole("checkbox", { name: "Dienstag" }).check();
    await page.getByLabel("Beginn (Uhrzeit)").first().fill("09:00");
    await page.getByLabel("Ende (Uhrzeit)").first().fill("10:30");
    await page.getByRole("checkbox", { name: "Türkisch" }).check();
    await page.getByLabel("Kosten in Euro").fill("1,50");
    await page.getByRole("checkbox", { name: "Elternbildung" }).check();
    await page.getByRole("button", { name: "Speichern", exact: true }).last().click();
    await page.waitForURL((url) => /^\/n\/unna\/offerings\/\d+$/.test(url.pathname) && url.search === "?done=created");
    offeringPath = new URL(page.url()).pathname;
    await expectVisible(page.getByRole("heading", { level: 1, name: "Familienfrühstück am Dienstag" }));
    await expectVisible(page.getByRole("status").getByText("Angebot angelegt."));
    await expectVisible(page.getByText("Dienstag 09:00–10:30"));
    await expectVisible(page.getByText("1,50 €"));
    await expectAccessible(page);

    await page.goto(`${server.url}/n/unna/offerings`);
    await searchFor(page, "FRÜHSTÜCK");
    const row = page.getByRole("row").filter({ hasText: "Familienfrühstück am Dienstag" });
    await expectVisible(row);
    expect(await row.textContent()).toContain("Di 09:00–10:30");
    expect(await row.textContent()).toContain("Veröffentlicht");
    await expectAccessible(page);
    // A word part finds it too, and the filters stay in the URL.
    await searchFor(page, "stück");
    await expectVisible(page.getByRole("link", { name: "Familienfrühstück am Dienstag" }));
    await page.getByLabel("Wochentag").selectOption({ label: "Dienstag" });
    await page.getByRole("button", { name: "Anwenden" }).click();
    await page.waitForURL((url) => url.searchParams.get("weekday") === "2");
    await expectVisible(page.getByRole("link", { name: "Familienfrühstück am Dienstag" }));

    // The centre's list shows its stale offerings.
    await page.goto(`${server.url}/n/unna/centres/arche/offerings`);
    await expectVisible(page.getByText("Angebote dieses Familienzentrums wurden seit mehr als 6 Monaten nicht als aktuell bestätigt", { exact: false }));
    await page.getByRole("link", { name: "Veraltete Angebote anzeigen" }).click();
    await page.waitForURL((url) => url.searchParams.get("stale") === "1");
    await expectVisible(page.getByRole("row").filter({ hasText: "Musikgarten" }).getByText("veraltet"));
    await expectAccessible(page);
    await page.getByRole("link", { name: "Musikgarten" }).click();
    await expectVisible(page.getByText("seit mehr als 6 Monaten nicht als aktuell bestätigt", { exact: false }));
    await page.getByRole("button", { name: "Noch aktuell" }).click();
    await expectVisible(page.getByRole("status").getByText("Als aktuell bestätigt."));
    expect(await page.getByText("veraltet", { exact: true }).count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  it("the lead finds the new weekly offering in the calendar and in the centre's feed", async () => {
    expect(offeringPath).not.toBe("");
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "leitung.arche@example.org");
    const tuesday = nextWeekday(2);
    await page.goto(`${server.url}/n/unna/calendar?view=week&date=${tuesday}`);
    const link = page.getByRole("link", { name: /Familienfrühstück am Dienstag/ }).first();
    await expectVisible(link);
    expect(await link.getAttribute("href")).toBe(offeringPath);
    await expectAccessible(page);
    await context.close();

    // A calendar app subscribes without a session.
    const response = await fetch(`${server.url}/feeds/unna/centres/arche.ics`);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const event = calendar
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v))
      .find((e) => e.summary === "Familienfrühstück am Dienstag");
    expect(event).toBeDefined();
    expect(event!.component.getFirstPropertyValue("rrule")?.toString()).toContain("BYDAY=TU");
    // Feeds link to the offering's page in the public family guide.
    expect(String(event!.component.getFirstPropertyValue("url"))).toBe(`${server.url}${offeringPath.replace(/^\/n\//, "/guide/")}`);
  });

  it("two people edit the same offering: the later save is refused with the changes shown and the input kept", async () => {
    expect(offeringPath).not.toBe("");
    const lead = await newPage(browser);
    const staff = await newPage(browser);
    await signIn(lead.page, server.url, "leitung.arche@example.org");
    await signIn(staff.page, server.url, "team.arche@example.org");
    await lead.page.goto(`${server.url}${offeringPath}/edit`);
    await staff.page.goto(`${server.url}${offeringPath}/edit`);
    await expectVisible(staff.page.getByRole("heading", { level: 1, name: "Angebot bearbeiten: Familienfrühstück am Dienstag" }));
    await expectAccessible(staff.page);

    await lead.page.getByLabel("Titel").fill("Familienfrühstück am Donnerstag");
    await lead.page.getByRole("checkbox", { name: "Dienstag" }).uncheck();
    await lead.page.getByRole("checkbox", { name: "Donnerstag" }).check();
    await lead.page.getByRole("button", { name: "Speichern", exact: true }).last().click();
    await lead.page.waitForURL((url) => url.pathname === offeringPath && url.search === "?done=saved");

    await staff.page.getByLabel("Beschreibung").fill("Mit Hebamme und Stillberatung.");
    await staff.page.getByLabel("Anzahl der Plätze").fill("14");
    await staff.page.getByRole("button", { name: "Speichern", exact: true }).last().click();
    const alert = staff.page.getByRole("alert").filter({ hasText: "Ihre Änderungen wurden noch nicht gespeichert" });
    await expectVisible(alert);
    const text = (await alert.textContent()) ?? "";
    expect(text).toContain("Leitung Arche hat dieses Angebot am");
    expect(text).toContain("Titel: Familienfrühstück am Dienstag");
    expect(text).toContain("Familienfrühstück am Donnerstag");
    expect(text).toContain("Wochentage: Di");
    expect(await staff.page.getByLabel("Beschreibung").inputValue()).toBe("Mit Hebamme und Stillberatung.");
    expect(await staff.page.getByLabel("Anzahl der Plätze").inputValue()).toBe("14");
    await expectAccessible(staff.page);

    // Saving again goes on top of the current version: the staff's input wins where they changed it.
    await staff.page.getByRole("button", { name: "Speichern", exact: true }).last().click();
    await staff.page.waitForURL((url) => url.pathname === offeringPath && url.search === "?done=saved");
    await expectVisible(staff.page.getByText("Mit Hebamme und Stillberatung."));
    await expectVisible(staff.page.getByRole("heading", { level: 1, name: "Familienfrühstück am Dienstag" }));

    await staff.page.getByRole("link", { name: /^Versionen \(Version 3\)$/ }).click();
    await expectVisible(staff.page.getByRole("heading", { level: 1, name: "Versionen: Familienfrühstück am Dienstag" }));
    await expectVisible(staff.page.getByText("Team Arche", { exact: false }));
    await expectAccessible(staff.page);
    await staff.page.getByRole("button", { name: "Version 2 wiederherstellen" }).click();
    await staff.page.waitForURL((url) => url.search === "?done=restored");
    await expectVisible(staff.page.getByRole("heading", { level: 1, name: "Versionen: Familienfrühstück am Donnerstag" }));
    await expectAccessible(staff.page);
    await lead.context.close();
    await staff.context.close();
  });

  it("single dates are added without JavaScript; the coordinator's pages are accessible", async () => {
    // axe needs JavaScript, so the checks run in a second context.
    const noScript = await browser.newContext({ locale: "de-DE", javaScriptEnabled: false });
    const page = await noScript.newPage();
    await signIn(page, server.url, "koordination@example.org");
    await page.goto(`${server.url}/n/unna/offerings/new`);
    await page.getByLabel("Für welches Familienzentrum?").selectOption({ label: "Familienzentrum Regenbogen" });
    await page.getByRole("button", { name: "Weiter" }).click();
    await expectVisible(page.getByText("Familienzentrum: Familienzentrum Regenbogen"));
    await page.getByLabel("Titel").fill("Laternenbasteln");
    await page.getByLabel("Kategorie").selectOption({ label: "Kreativ-, Kultur- und Freizeitangebote" });
    await page.getByRole("radio", { name: "Einzeltermine" }).check();
    for (let n = 1; n <= 3; n++) await expectVisible(page.getByRole("group", { name: `Termin ${n}` }));
    await page.getByRole("button", { name: "Weiteren Termin hinzufügen" }).click();
    await expectVisible(page.getByRole("group", { name: "Termin 4" }));
    expect(await page.getByLabel("Titel").inputValue()).toBe("Laternenbasteln");
    expect(await page.getByRole("radio", { name: "Einzeltermine" }).isChecked()).toBe(true);
    const soon = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const row = page.getByRole("group", { name: "Termin 4" });
    await row.getByLabel("Datum").fill(soon);
    await row.getByLabel("Beginn (Uhrzeit)").fill("15:00");
    await row.getByLabel("Ende (Uhrzeit)").fill("17:00");
    await page.getByRole("button", { name: "Speichern", exact: true }).last().click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Laternenbasteln" }));
    expect(new URL(page.url()).search).toBe("?done=created");
    const id = new URL(page.url()).pathname;
    await expectVisible(page.getByText(`${soon.split("-").reverse().join(".")}, 15:00–17:00`, { exact: false }));
    await noScript.close();

    const { context, page: coordinator } = await newPage(browser);
    await signIn(coordinator, server.url, "koordination@example.org");
    const visit = async (path: string, heading: string) => {
      await coordinator.goto(`${server.url}${path}`);
      await expectVisible(coordinator.getByRole("heading", { level: 1, name: heading }));
      await expectAccessible(coordinator);
    };
    await visit(id, "Laternenbasteln");
    await visit(`${id}/edit`, "Angebot bearbeiten: Laternenbasteln");
    await expectVisible(coordinator.getByRole("group", { name: "Termin 1" }));
    expect(await coordinator.getByRole("group", { name: "Termin 1" }).getByLabel("Datum").inputValue()).toBe(soon);
    await visit("/n/unna/offerings/stale", "Veraltete Angebote");
    await visit("/n/unna/categories", "Kategorien und Einstellungen");
    await coordinator.getByRole("link", { name: /^Bearbeiten\s?: Sprachförderung$/ }).click();
    await expectVisible(coordinator.getByRole("heading", { name: "Kategorie bearbeiten: Sprachförderung" }));
    await expectAccessible(coordinator);
    // In English too.
    await coordinator.goto(`${server.url}/n/unna/offerings?status=draft`);
    await coordinator.getByRole("button", { name: "English" }).click();
    await expectVisible(coordinator.getByRole("heading", { level: 1, name: "Offerings" }));
    await expectVisible(coordinator.getByRole("row").filter({ hasText: "Entwicklungsberatung für Kleinkinder" }).getByText("Draft"));
    await expectAccessible(coordinator);
    await context.close();
  });
});
