// The shared calendar in the browser: views, keyboard navigation, an open day by a lead, and the
// centre's feed from the page's subscription link, parsed with ical.js. axe on every page visited.
import ICAL from "ical.js";
import type { Browser, Page } from "playwright-core";
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

function berlinDate(offsetDays = 0): string {
  return addDays(berlinToday(), offsetDays);
}

function monthName(date: string): string {
  return new Intl.DateTimeFormat("de-DE", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

function nextMonth(date: string): string {
  const [y, m] = date.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
}

/** Presses Tab until the focused element's accessible text contains `text` (at most `limit` times). */
async function tabTo(page: Page, text: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    if (focused.includes(text)) return;
  }
  throw new Error(`"${text}" was not reached by keyboard`);
}

describe("calendar", () => {
  it("a member opens the calendar, switches views and pages through months by keyboard", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "team.arche@example.org");
    await page.getByRole("navigation", { name: "Bereiche des Netzwerks" }).getByRole("link", { name: "Kalender" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Kalender" }));
    const today = berlinDate();
    const table = page.getByRole("table");
    await expectVisible(table.getByRole("heading", { level: 2, name: monthName(today) }));
    await expectVisible(table.getByRole("columnheader", { name: "Montag" }));
    expect(await page.locator("td[aria-current='date']").count()).toBe(1);
    await expectVisible(page.locator("td[aria-current='date']").getByText("Heute"));
    expect(await page.getByRole("link", { name: "Monat", exact: true }).getAttribute("aria-current")).toBe("page");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Woche", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("view") === "week");
    await expectVisible(page.getByRole("heading", { level: 2, name: /^Kalenderwoche \d+/ }));
    expect(await page.locator("section[aria-current='date']").count()).toBe(1);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Liste", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("view") === "list");
    await expectVisible(page.getByRole("heading", { level: 2, name: monthName(today) }));
    // The demo offerings run weekly from today: the list has day headings with entries.
    expect(await page.getByRole("heading", { level: 3 }).count()).toBeGreaterThan(0);
    await expectAccessible(page);

    // Back to the month, then only the keyboard: next month, then a day of it opens its week.
    await page.getByRole("link", { name: "Monat", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("view") === "month");
    await page.locator("h1").focus();
    await tabTo(page, "Nächster Monat");
    await page.keyboard.press("Enter");
    const next = nextMonth(today);
    await page.waitForURL((url) => url.searchParams.get("date") === next);
    await expectVisible(page.getByRole("table").getByRole("heading", { level: 2, name: monthName(next) }));
    await expectAccessible(page);
    await page.locator("h1").focus();
    await tabTo(page, "Woche anzeigen", 200);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("view") === "week" && url.searchParams.get("date") === next);
    await expectVisible(page.locator(`#day-${next}`));
    await expectAccessible(page);

    // Filters are a GET form: the URL holds them.
    await page.getByLabel("Familienzentrum", { exact: true }).selectOption({ label: "Familienzentrum Regenbogen" });
    await page.getByRole("button", { name: "Filter anwenden" }).click();
    await page.waitForURL((url) => url.searchParams.get("centre") === "regenbogen");
    // The URL changes before the client navigation has rendered the filtered week: poll for it.
    const details = page.locator("section[id^='day-'] li p");
    await expect.poll(() => details.filter({ hasText: "Familienzentrum Arche" }).count(), { timeout: 5_000 }).toBe(0);
    expect(await details.filter({ hasText: "Familienzentrum Regenbogen" }).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await context.close();
  });

  it("a lead adds an open day for the centre, finds it in the calendar and in the centre's feed", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "leitung.arche@example.org");
    await page.goto(`${server.url}/n/unna/calendar`);
    await page.getByRole("link", { name: "Termin anlegen" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Termin anlegen" }));
    await expectAccessible(page);

    const date = berlinDate(10);
    const title = "Tag der offenen Tür in der Arche";
    await page.getByLabel("Art des Termins").selectOption({ label: "Tag der offenen Tür" });
    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByLabel("Beschreibung", { exact: true }).fill("Rundgang durch das Haus, Kaffee und Kuchen; alle Familien sind willkommen.");
    await page.getByLabel("Datum", { exact: true }).fill(date);
    await page.getByLabel("Beginn", { exact: true }).fill("14:00");
    await page.getByLabel("Ende", { exact: true }).fill("13:00");
    expect(await page.getByLabel("Familienzentrum", { exact: true }).inputValue()).not.toBe("");
    await page.getByLabel(/^Öffentlich/).check();
    await page.getByRole("button", { name: "Speichern" }).click();
    await expectVisible(page.getByText("Das Ende muss nach dem Beginn liegen."));
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("endTime");
    await expectAccessible(page);

    await page.getByLabel("Ende", { exact: true }).fill("17:00");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.waitForURL((url) => /^\/n\/unna\/events\/\d+$/.test(url.pathname) && url.search === "?done=created");
    await expectVisible(page.getByRole("heading", { level: 1, name: title }));
    await expectVisible(page.getByRole("status").getByText("Angelegt."));
    await expectAccessible(page);

    await page.getByRole("link", { name: "Im Kalender anzeigen" }).click();
    await page.waitForURL((url) => url.pathname === "/n/unna/calendar" && url.searchParams.get("view") === "week");
    const day = page.locator(`#day-${date}`);
    await expectVisible(day.getByRole("link", { name: `Tag der offenen Tür: ${title}` }));
    await expectVisible(day.getByText("14:00 bis 17:00 Uhr"));
    await expectAccessible(page);

    // The centre's page offers the feed; a calendar app would fetch it without a session.
    await page.goto(`${server.url}/n/unna/centres/arche`);
    await expectVisible(page.getByRole("heading", { level: 2, name: "Kalender abonnieren" }));
    await expectAccessible(page);
    const href = await page.getByRole("link", { name: /^iCalendar-Datei herunterladen/ }).getAttribute("href");
    expect(href).toBe(`${server.url}/feeds/unna/centres/arche.ics`);
    const webcal = await page.getByRole("link", { name: /^In der Kalender-App abonnieren/ }).getAttribute("href");
    expect(webcal).toBe(href!.replace(/^http:/, "webcal:"));
    const response = await fetch(href!);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const vevent = calendar.getAllSubcomponents("vevent").find((v) => v.getFirstPropertyValue("summary") === title);
    expect(vevent).toBeTruthy();
    expect(vevent!.getFirstPropertyValue("dtstart")!.toString()).toBe(`${date}T14:00:00`);
    expect(vevent!.getFirstPropertyValue("categories")).toBe("Tag der offenen Tür");
    await context.close();
  });

  it("an admin adds the school holidays of a later year", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "admin@example.org");
    // A year without school holiday data: the calendar says so and offers the admin the way to enter them.
    await page.goto(`${server.url}/n/unna/calendar?view=month&date=2031-06-01`);
    await expectVisible(page.getByText("Die Schulferien für 2031 sind noch nicht eingetragen. Der Kalender zeigt für diese Zeit nur die gesetzlichen Feiertage."));
    await expectVisible(page.getByTestId("holiday-data-notice").getByRole("link", { name: "Schulferien eintragen" }));
    await expectAccessible(page);
    await page.goto(`${server.url}/admin`);
    await page.getByRole("navigation", { name: "Bereiche der Verwaltung" }).getByRole("link", { name: "Schulferien" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Schulferien in NRW" }));
    await expectVisible(page.getByRole("rowheader", { name: "Sommerferien 2027" }));
    await expectAccessible(page);

    await page.getByLabel("Bezeichnung", { exact: true }).fill("Osterferien");
    await page.getByLabel("Erster Ferientag", { exact: true }).fill("2028-04-10");
    await page.getByLabel("Letzter Ferientag", { exact: true }).fill("2028-04-01");
    await page.getByRole("button", { name: "Eintragen" }).click();
    await expectVisible(page.getByText("Der letzte Ferientag darf nicht vor dem ersten liegen."));
    await expectAccessible(page);
    await page.getByLabel("Letzter Ferientag", { exact: true }).fill("2028-04-22");
    await page.getByRole("button", { name: "Eintragen" }).click();
    await expectVisible(page.getByRole("status").getByText("Die Ferien wurden eingetragen."));
    await expectVisible(page.getByRole("rowheader", { name: "Osterferien 2028" }));
    await expectAccessible(page);

    await page.goto(`${server.url}/n/unna/calendar?view=list&date=2028-04-01`);
    const day = page.locator("#day-2028-04-14");
    await expectVisible(day.getByText("Karfreitag"));
    await expectVisible(day.getByText("Osterferien"));
    await expectAccessible(page);
    await context.close();
  });
});
