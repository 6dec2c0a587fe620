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

describe("gaps and needs", () => {
  it("the coordinator finds a gap and drills down; a staff member reports a need that shows in the matrix; printing hides the navigation", async () => {
    const coordinator = await newPage(browser);
    const page = coordinator.page;
    await signIn(page, server.url, "koordination@example.org");
    await page.goto(`${server.url}/n/unna/gaps`);
    await expectVisible(page.getByRole("heading", { level: 1, name: "Lücken und Bedarfe" }));
    await expectVisible(page.getByRole("navigation", { name: "Überschneidungen, Lücken und Bedarfe" }));
    const table = page.getByRole("table", { name: "Angebote, offene Überschneidungen und offene Bedarfe je Stadtteil und Kategorie" });
    await expectVisible(table);
    await expectAccessible(page);

    // Alte Heide has no centre and no offering: every category is a gap, named in text.
    const alteHeide = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Alte Heide/ }) });
    await expectVisible(alteHeide.getByText("Lücke", { exact: true }));
    expect(await alteHeide.getByRole("link", { name: /^\d+ Angebote:/ }).count()).toBe(0);
    // Königsborn has offerings of early help (Frühe Hilfen): drill down to the list.
    const koenigsborn = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Königsborn/ }) });
    const drill = koenigsborn.locator('a[href*="neighbourhood=koenigsborn&category=fruehe-hilfen"]');
    const count = Number((await drill.innerText()).replace(/\D/g, ""));
    expect(count).toBeGreaterThan(0);
    await drill.click();
    await page.waitForURL((url) => url.pathname === "/n/unna/offerings" && url.searchParams.get("category") === "fruehe-hilfen");
    await expectVisible(page.getByRole("heading", { level: 1, name: "Angebote" }));
    await expectAccessible(page);

    // A staff member of Arche reports a need for Westhemmerde.
    const staff = await newPage(browser);
    await signIn(staff.page, server.url, "team.arche@example.org");
    await staff.page.goto(`${server.url}/n/unna/needs`);
    await expectVisible(staff.page.getByRole("heading", { level: 1, name: "Bedarfe" }));
    await expectVisible(staff.page.getByRole("link", { name: "Babymassage in Alte Heide" }));
    await expectAccessible(staff.page);
    await staff.page.getByRole("link", { name: "Bedarf melden" }).click();
    await expectVisible(staff.page.getByRole("heading", { level: 1, name: "Bedarf melden" }));
    await expectAccessible(staff.page);
    await staff.page.getByLabel("Stadtteil").selectOption({ label: "Westhemmerde" });
    await staff.page.getByLabel("Kategorie").selectOption({ label: "LB2: Eltern-Kind-Gruppen" });
    await staff.page.getByLabel("Titel").fill("Krabbelgruppe in Westhemmerde");
    await staff.page.getByLabel("Quelle").fill("Elternbefragung 2026");
    await staff.page.getByLabel("Alter von").fill("3");
    await staff.page.getByLabel("Alter bis").fill("1");
    await staff.page.getByRole("button", { name: "Speichern" }).click();
    await expectVisible(staff.page.getByText("Das Alter „bis“ darf nicht unter dem Alter „von“ liegen."));
    await expectAccessible(staff.page);
    await staff.page.getByLabel("Alter von").fill("0");
    await staff.page.getByLabel("Alter bis").fill("3");
    await staff.page.getByLabel("Einheit").selectOption("years");
    await staff.page.getByRole("button", { name: "Speichern" }).click();
    await staff.page.waitForURL((url) => /^\/n\/unna\/needs\/\d+$/.test(url.pathname));
    await expectVisible(staff.page.getByRole("heading", { level: 1, name: "Krabbelgruppe in Westhemmerde" }));
    await expectVisible(staff.page.getByRole("status").getByText("Angelegt."));
    await expectAccessible(staff.page);
    await staff.context.close();

    // The coordinator sees it in the matrix, only neighbourhoods with needs.
    await page.goto(`${server.url}/n/unna/gaps`);
    await page.getByLabel("Nur Stadtteile mit offenen Bedarfen").check();
    await page.getByRole("button", { name: "Anzeigen" }).click();
    await page.waitForURL((url) => url.searchParams.get("needs") === "1");
    const westhemmerde = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Westhemmerde/ }) });
    await expectVisible(westhemmerde.getByRole("link", { name: "1 offene Bedarfe: Eltern-Kind-Gruppen in Westhemmerde" }));
    expect(await page.getByRole("rowheader", { name: /Unna-Mitte/ }).count()).toBe(0);
    await expectAccessible(page);

    // Printing: the navigation, the filters and the buttons are hidden; the table stays.
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Bereiche des Netzwerks" }).isHidden()).toBe(true);
    expect(await page.getByRole("navigation", { name: "Überschneidungen, Lücken und Bedarfe" }).isHidden()).toBe(true);
    expect(await page.getByRole("button", { name: "Drucken" }).isHidden()).toBe(true);
    await expectVisible(page.getByRole("table"));
    await page.emulateMedia({ media: "screen" });
    await coordinator.context.close();
  });
});
