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

/** As admin: opens the newest outbox message whose subject matches, and returns the link in it. */
async function linkFromOutbox(admin: Page, subject: string | RegExp, linkPath: RegExp): Promise<string> {
  await admin.goto(`${server.url}/admin/outbox`);
  await expectVisible(admin.getByRole("heading", { level: 1, name: "Postausgang" }));
  await expectAccessible(admin);
  await admin.getByRole("link", { name: subject }).first().click();
  await expectVisible(admin.getByRole("heading", { level: 1, name: subject }));
  await expectAccessible(admin);
  const href = await admin.getByRole("link", { name: linkPath }).first().getAttribute("href");
  expect(href).toMatch(linkPath);
  return href!;
}

describe("accounts in the browser", () => {
  it("resets a forgotten password with the link an admin finds in the outbox", async () => {
    const person = await newPage(browser);
    await person.page.goto(`${server.url}/login`);
    await person.page.getByRole("link", { name: "Passwort vergessen?" }).click();
    await expectVisible(person.page.getByRole("heading", { level: 1, name: "Passwort vergessen" }));
    await expectAccessible(person.page);
    await person.page.getByLabel("E-Mail").fill("team.kunterbunt@example.org");
    await person.page.getByRole("button", { name: "Link anfordern" }).click();
    const confirmation = person.page.getByRole("status");
    await expectVisible(confirmation);
    expect(await confirmation.textContent()).toContain("Wenn ein Konto mit dieser E-Mail-Adresse existiert");
    await expectAccessible(person.page);

    const admin = await newPage(browser);
    await signIn(admin.page, server.url, "admin@example.org");
    const link = await linkFromOutbox(admin.page, "Neues Passwort für familiennetz", /\/reset-password\/[a-z2-7]{32}$/);

    await person.page.goto(link);
    await expectVisible(person.page.getByRole("heading", { level: 1, name: "Neues Passwort festlegen" }));
    await expectAccessible(person.page);
    // A mismatch is reported at the field, which gets the focus.
    await person.page.getByLabel("Neues Passwort", { exact: true }).fill("kunterbunt-neu-2026");
    await person.page.getByLabel("Neues Passwort wiederholen").fill("kunterbunt-neu-2027");
    await person.page.getByRole("button", { name: "Passwort speichern und anmelden" }).click();
    await expectVisible(person.page.getByText("Die beiden Passwörter stimmen nicht überein."));
    await expectAccessible(person.page);
    await person.page.getByLabel("Neues Passwort wiederholen").fill("kunterbunt-neu-2026");
    await person.page.getByRole("button", { name: "Passwort speichern und anmelden" }).click();
    await person.page.waitForURL(`${server.url}/n/unna`);
    await expectVisible(person.page.getByRole("button", { name: "Abmelden" }));
    await person.context.close();

    // The link works only once.
    const again = await newPage(browser);
    await again.page.goto(link);
    await expectVisible(again.page.getByText("Dieser Link zum Zurücksetzen des Passworts wurde bereits verwendet."));
    await expectAccessible(again.page);
    // The new password signs in; the old one no longer does.
    await again.page.goto(`${server.url}/login`);
    await again.page.getByLabel("E-Mail").fill("team.kunterbunt@example.org");
    await again.page.getByLabel("Passwort").fill("familiennetz-demo");
    await again.page.getByRole("button", { name: "Anmelden" }).click();
    await expectVisible(again.page.getByText("E-Mail oder Passwort ist falsch."));
    await signIn(again.page, server.url, "team.kunterbunt@example.org", "kunterbunt-neu-2026");
    expect(new URL(again.page.url()).pathname).toBe("/n/unna");
    await again.context.close();
    await admin.context.close();
  });

  it("lets the coordinator invite a new staff member of Arche, who accepts via the mailed link", async () => {
    const coordinator = await newPage(browser);
    await signIn(coordinator.page, server.url, "koordination@example.org");
    await coordinator.page.getByRole("navigation", { name: "Bereiche des Netzwerks" }).getByRole("link", { name: "Mitglieder" }).click();
    await expectVisible(coordinator.page.getByRole("heading", { level: 1, name: "Mitglieder" }));
    await expectAccessible(coordinator.page);
    await coordinator.page.getByLabel("E-Mail-Adresse").fill("neu.arche@example.org");
    await coordinator.page.getByLabel("Rolle", { exact: true }).selectOption("staff");
    await coordinator.page.getByLabel("Familienzentrum", { exact: true }).selectOption({ label: "Familienzentrum Arche" });
    await coordinator.page.getByRole("button", { name: "Einladung senden" }).click();
    await expectVisible(coordinator.page.getByText("Die Einladung an neu.arche@example.org wurde gesendet."));
    const pending = coordinator.page.getByRole("table").filter({ hasText: "Eingeladen von" });
    await expectVisible(pending.getByRole("rowheader", { name: "neu.arche@example.org" }));
    await expectAccessible(coordinator.page);
    await coordinator.context.close();

    const admin = await newPage(browser);
    await signIn(admin.page, server.url, "admin@example.org");
    const link = await linkFromOutbox(admin.page, /^Einladung zum Netzwerk/, /\/invite\/[a-z2-7]{32}$/);
    await admin.context.close();

    const invitee = await newPage(browser);
    await invitee.page.goto(link);
    await expectVisible(invitee.page.getByRole("heading", { level: 1, name: "Einladung annehmen" }));
    await expectVisible(invitee.page.getByText("Team – Familienzentrum Arche"));
    await expectAccessible(invitee.page);
    await invitee.page.getByLabel("Ihr Name").fill("Nora Neu");
    await invitee.page.getByLabel("Passwort", { exact: true }).fill("nora-passwort-2026");
    await invitee.page.getByLabel("Passwort wiederholen").fill("nora-passwort-2026");
    await invitee.page.getByRole("button", { name: "Konto anlegen und beitreten" }).click();
    await invitee.page.waitForURL(`${server.url}/n/unna`);
    await expectVisible(invitee.page.getByRole("heading", { level: 1, name: "Arbeitskreis Familienzentren Unna (Demo)" }));
    await expectAccessible(invitee.page);
    await invitee.context.close();
  });

  it("lets a person end another of their sessions on the account page", async () => {
    const email = "leitung.sonnenblume@example.org";
    const laptop = await newPage(browser);
    await signIn(laptop.page, server.url, email);
    const phone = await newPage(browser);
    await signIn(phone.page, server.url, email);

    await phone.page.getByRole("link", { name: "Mein Konto" }).click();
    await expectVisible(phone.page.getByRole("heading", { level: 1, name: "Mein Konto" }));
    await expectVisible(phone.page.getByText("Dieses Gerät"));
    await expectAccessible(phone.page);

    // A wrong current password: the error is tied to the field, which gets the focus.
    await phone.page.getByLabel("Aktuelles Passwort").fill("nicht-das-passwort");
    await phone.page.getByLabel("Neues Passwort", { exact: true }).fill("sonnenblume-2026");
    await phone.page.getByLabel("Neues Passwort wiederholen").fill("sonnenblume-2026");
    await phone.page.getByRole("button", { name: "Passwort ändern" }).click();
    await expectVisible(phone.page.getByText("Das aktuelle Passwort ist falsch."));
    expect(await phone.page.evaluate(() => document.activeElement?.getAttribute("aria-invalid"))).toBe("true");
    await expectAccessible(phone.page);

    const sessionRows = phone.page.getByRole("table").getByRole("row");
    expect(await sessionRows.count()).toBe(3);
    await phone.page.getByRole("button", { name: /^Beenden/ }).click();
    await expectVisible(phone.page.getByText("Die Sitzung wurde beendet."));
    await expectAccessible(phone.page);
    expect(await sessionRows.count()).toBe(2);

    await laptop.page.goto(`${server.url}/n/unna`);
    expect(new URL(laptop.page.url()).pathname).toBe("/login");
    await phone.page.goto(`${server.url}/n/unna`);
    expect(new URL(phone.page.url()).pathname).toBe("/n/unna");
    await laptop.context.close();
    await phone.context.close();
  });

  it("shows the admin pages and the network's audit log accessibly", async () => {
    const admin = await newPage(browser);
    await signIn(admin.page, server.url, "admin@example.org");
    const pages: [string, string][] = [
      ["/admin", "Netzwerke"],
      ["/admin/users", "Benutzer"],
      ["/admin/legal", "Rechtstexte"],
      ["/admin/audit", "Änderungsprotokoll"],
      ["/n/unna/audit", "Änderungsprotokoll"],
      ["/n/unna/members", "Mitglieder"],
    ];
    for (const [path, heading] of pages) {
      await admin.page.goto(`${server.url}${path}`);
      await expectVisible(admin.page.getByRole("heading", { level: 1, name: heading }));
      await expectAccessible(admin.page);
    }
    // The audit log lists the invitation from above, with a readable change summary.
    await admin.page.goto(`${server.url}/n/unna/audit?entity=invitation`);
    await expectVisible(admin.page.getByRole("cell", { name: /status: pending/ }));
    await expectAccessible(admin.page);

    await admin.page.goto(`${server.url}/admin/legal`);
    await admin.page.getByLabel("Text: Impressum").fill("Kreisstadt Unna\n\nRathausplatz 1, 59423 Unna");
    await admin.page.getByRole("button", { name: "Impressum speichern" }).click();
    await expectVisible(admin.page.getByText("Gespeichert: Impressum."));
    await admin.page.goto(`${server.url}/impressum`);
    await expectVisible(admin.page.getByText("Rathausplatz 1, 59423 Unna"));
    await expectAccessible(admin.page);
    await admin.context.close();
  });
});
