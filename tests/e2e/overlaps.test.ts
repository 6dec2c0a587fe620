// Browser test of the overlaps on the demo network: a lead writing "Babymassage" sees the similar offering
// before saving and saves it (flags and notifications follow); the coordinator reads explained flags and
// decides one as intentional (with a reason) and one as a duplicate, archiving one side; a lead sees a
// flag on the start page and a notification; the coordinator decides a pair from "Bitte prüfen". axe on
// every page visited.
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

describe("overlaps", () => {
  it("a lead writing a new offering sees a similar offering in the neighbourhood before saving, then saves it", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "leitung.arche@example.org");
    await page.goto(`${server.url}/n/unna/offerings/new`);
    await expectVisible(page.getByRole("heading", { level: 1, name: "Angebot anlegen" }));
    await page.getByLabel("Titel").fill("Babymassage");
    await page.getByLabel("Beschreibung").fill("Sanfte Massage für Babys im ersten Lebensjahr, mit Eltern.");
    await page.getByLabel("Kategorie").selectOption({ label: "Frühe Hilfen (Schwangerschaft bis 3 Jahre)" });
    await page.getByLabel("Stadtteil", { exact: true }).selectOption({ label: "Königsborn" });
    const similar = page.getByRole("region", { name: "Ähnliche Angebote im Stadtteil" });
    await expectVisible(similar.getByRole("link", { name: "Massage für Neugeborene (Familienzentrum Regenbogen)" }));
    expect(new URL(page.url()).pathname).toBe("/n/unna/offerings/new");
    await expectAccessible(page);
    // Saved anyway: the new flags notify the coordinator and the leads of the centres concerned.
    await page.getByRole("checkbox", { name: "Dienstag" }).check();
    await page.getByLabel("Beginn (Uhrzeit)").first().fill("10:00");
    await page.getByLabel("Ende (Uhrzeit)").first().fill("11:00");
    await page.getByLabel("Alter bis", { exact: true }).fill("1");
    await page.getByRole("radio", { name: "Veröffentlicht" }).check();
    await page.getByRole("button", { name: "Speichern", exact: true }).last().click();
    await page.waitForURL((url) => /^\/n\/unna\/offerings\/\d+$/.test(url.pathname) && url.search === "?done=created");
    await context.close();

    // Without JavaScript: "Ähnliche Angebote prüfen" shows the list and keeps the input; nothing is saved.
    const plain = await browser.newContext({ locale: "de-DE", javaScriptEnabled: false });
    const noJs = await plain.newPage();
    await signIn(noJs, server.url, "leitung.arche@example.org");
    await noJs.goto(`${server.url}/n/unna/offerings/new`);
    await noJs.getByLabel("Titel").fill("Babymassage");
    await noJs.getByLabel("Kategorie").selectOption({ label: "Frühe Hilfen (Schwangerschaft bis 3 Jahre)" });
    await noJs.getByLabel("Stadtteil", { exact: true }).selectOption({ label: "Königsborn" });
    await noJs.getByRole("button", { name: "Ähnliche Angebote prüfen" }).click();
    await expectVisible(noJs.getByRole("region", { name: "Ähnliche Angebote im Stadtteil" }).getByRole("link", { name: "Massage für Neugeborene (Familienzentrum Regenbogen)" }));
    expect(await noJs.getByLabel("Titel").inputValue()).toBe("Babymassage");
    await plain.close();
  });

  it("a lead sees a flag touching their centre on the start page and a notification", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "leitung.regenbogen@example.org");
    await page.goto(`${server.url}/n/unna`);
    const section = page.getByRole("region", { name: "Überschneidungen Ihres Familienzentrums" });
    await expectVisible(section.getByRole("link", { name: /Musikgarten/ }));
    await expectAccessible(page);

    await page.getByRole("navigation", { name: "Benutzermenü" }).getByRole("link", { name: /Benachrichtigungen \(\d+ ungelesen\)/ }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Benachrichtigungen" }));
    await expectVisible(page.getByRole("link", { name: "Mögliches Doppelangebot: Massage für Neugeborene / Babymassage" }));
    await expectAccessible(page);
    await page.getByRole("button", { name: "Alle als gelesen markieren" }).click();
    await expectVisible(page.getByRole("navigation", { name: "Benutzermenü" }).getByRole("link", { name: "Benachrichtigungen", exact: true }));
    await page.getByRole("link", { name: "Mögliches Doppelangebot: Massage für Neugeborene / Babymassage" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Überschneidung: Massage für Neugeborene / Babymassage" }));
    await expectAccessible(page);

    // In English too.
    await page.goto(`${server.url}/n/unna/overlaps`);
    await page.getByRole("button", { name: "English" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Overlaps" }));
    await expectVisible(page.getByText("Why flagged").first());
    await expectAccessible(page);
    await context.close();
  });

  it("the coordinator reads explained flags, decides one as intentional and one as a duplicate archiving one side", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "koordination@example.org");
    await page.goto(`${server.url}/n/unna`);
    await expectVisible(page.getByText(/\d+ offene Überschneidungen im Netzwerk/));
    await page.getByRole("navigation", { name: "Bereiche des Netzwerks" }).getByRole("link", { name: "Überschneidungen" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Überschneidungen" }));
    // Explained: reasons in German next to both offerings.
    await expectVisible(page.getByText("Warum markiert").first());
    await expectVisible(page.getByRole("link", { name: "Ansehen: Stilltreff mit Beratung / Stilltreff mit Beratung" }));
    await expectAccessible(page);

    // Intentional: a reason is required.
    await page.getByRole("link", { name: "Ansehen: Stilltreff mit Beratung / Stilltreff mit Beratung" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Überschneidung: Stilltreff mit Beratung / Stilltreff mit Beratung" }));
    await expectVisible(page.getByText("Familienzentrum St. Martin", { exact: false }));
    await expectAccessible(page);
    await page.getByRole("radio", { name: "Bewusst doppelt" }).check();
    await page.getByRole("button", { name: "Entscheidung speichern" }).click();
    await expectVisible(page.getByText("Bitte geben Sie eine Begründung an, warum das Angebot bewusst doppelt ist."));
    await expectAccessible(page);
    await page.getByRole("radio", { name: "Bewusst doppelt" }).check();
    await page.getByLabel("Begründung oder Notiz").fill("Nachfrage übersteigt die Kapazität beider Zentren.");
    await page.getByRole("button", { name: "Entscheidung speichern" }).click();
    await expectVisible(page.getByRole("status").getByText("Die Entscheidung wurde gespeichert."));
    await expectVisible(page.getByText(/Entschieden von Netzwerkkoordination Unna am/));
    await expectVisible(page.getByText("Begründung / Notiz: Nachfrage übersteigt die Kapazität beider Zentren."));
    await page.getByLabel("Kommentar", { exact: true }).fill("Bitte Termine im Blick behalten.");
    await page.getByRole("button", { name: "Kommentar speichern" }).click();
    await expectVisible(page.getByText("Bitte Termine im Blick behalten."));
    await expectAccessible(page);

    // Duplicate: Sternschnuppe's course is archived, Regenbogen's continues.
    await page.goto(`${server.url}/n/unna/overlaps/neighbourhoods/koenigsborn`);
    await expectVisible(page.getByRole("heading", { level: 1, name: "Überschneidungen in Königsborn" }));
    await expectAccessible(page);
    await page.getByRole("link", { name: "Ansehen: Massage für Neugeborene / Massage für Neugeborene" }).click();
    await expectVisible(page.getByRole("heading", { level: 1, name: "Überschneidung: Massage für Neugeborene / Massage für Neugeborene" }));
    await page.getByRole("radio", { name: "Doppelangebot", exact: true }).check();
    await page.getByRole("radio", { name: /Sternschnuppe\) archivieren/ }).check();
    await page.getByLabel("Begründung oder Notiz").fill("Regenbogen bietet den Kurs weiter an.");
    await page.getByRole("button", { name: "Entscheidung speichern" }).click();
    await expectVisible(page.getByRole("status").getByText("Die Entscheidung wurde gespeichert."));
    await expectVisible(page.getByText("(archiviert)"));
    await expectVisible(page.getByText(/wird archiviert/));
    await expectAccessible(page);

    // The list puts open flags first and shows the decided ones after them.
    await page.goto(`${server.url}/n/unna/overlaps`);
    const badges = await page.locator("ul[aria-label='Überschneidungen'] > li").evaluateAll((items) =>
      items.map((li) => li.querySelector("span")?.textContent ?? ""),
    );
    const firstDecided = badges.findIndex((b) => b !== "Offen");
    expect(firstDecided).toBeGreaterThan(0);
    expect(badges.slice(firstDecided).every((b) => b !== "Offen")).toBe(true);
    expect(badges).toContain("Bewusst doppelt");
    expect(badges).toContain("Doppelangebot");
    await expectAccessible(page);

    // "Bitte prüfen": the pairs detection is least sure about, decided with one button each.
    const review = page.getByRole("region", { name: "Bitte prüfen" });
    await expectVisible(review);
    const first = review.getByRole("form").first();
    const pairName = await first.getAttribute("aria-label");
    await first.getByRole("button", { name: "Kein Doppelangebot" }).click();
    await expectVisible(page.getByRole("status").getByText("Danke, die Entscheidung wurde gespeichert."));
    if (pairName) await expect(page.getByRole("form", { name: pairName }).count()).resolves.toBe(0);
    await expectAccessible(page);
    await context.close();
  });

});
