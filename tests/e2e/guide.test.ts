// The public family guide in Chromium: a visitor finds the Tuesday baby massage in Königsborn for a
// four-month-old with the keyboard alone and subscribes to the centre's calendar; every page passes axe;
// the search works without JavaScript; a crawl of everything a visitor can reach finds only published
// offerings and nothing internal; the tile map loads only on the map page, from the configured host.
import Database from "better-sqlite3";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, newPage, startServer, type TestServer } from "./harness";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Presses Tab until the locator has the focus (at most `max` times); fails otherwise. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Could not reach ${target.toString()} with the Tab key`);
}

/** Moves through a focused select's options with the arrow key until `value` is chosen. */
async function chooseByKeyboard(page: Page, select: Locator, value: string, max = 40) {
  for (let i = 0; i < max && (await select.inputValue()) !== value; i++) await page.keyboard.press("ArrowDown");
  expect(await select.inputValue()).toBe(value);
}

describe("family guide", () => {
  it("a visitor finds the baby massage in Königsborn for a four-month-old on a Tuesday by keyboard and subscribes to the centre's calendar", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${server.url}/`);
    await expect(page.locator("h1").textContent()).resolves.toContain("Familienwegweiser");
    await expectAccessible(page);

    // The skip link is the first stop and moves the focus to the content.
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("href"))).resolves.toBe("#main");

    const q = page.getByLabel("Suchbegriff");
    await tabTo(page, q);
    await page.keyboard.type("Massage");
    await page.keyboard.press("Tab");
    const hood = page.getByLabel("Stadtteil", { exact: true });
    await expect(hood.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await chooseByKeyboard(page, hood, "koenigsborn");
    const age = page.locator("#guide-age");
    await tabTo(page, age, 5);
    await page.keyboard.type("4");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Monate");
    await expect(page.locator("#guide-age-unit").inputValue()).resolves.toBe("months");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Dienstag");
    await expect(page.getByLabel("Wochentag").inputValue()).resolves.toBe("2");
    await tabTo(page, page.getByRole("button", { name: "Suchen" }), 6);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/guide\/unna\?/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ q: "Massage", neighbourhood: "koenigsborn", age: "4", ageUnit: "months", weekday: "2" });
    await expect(page.getByRole("status").textContent()).resolves.toContain("1 Angebot gefunden");
    await expectAccessible(page);

    const result = page.getByRole("link", { name: "Babymassage" });
    await tabTo(page, result);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/guide\/unna\/offerings\/\d+$/);
    // The address changes as the navigation starts; the page renders once its data is there.
    await page.getByRole("heading", { level: 1, name: "Babymassage", exact: true }).waitFor({ timeout: 10_000 });
    await expect(page.locator("h1").textContent()).resolves.toBe("Babymassage");
    // Focus moved to the new page's heading (client-side navigation).
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 5_000 }).toBe("H1");
    await expect(page.locator("main").textContent()).resolves.toMatch(/Di \d\d\.\d\d\.\d{4}, 14:30–15:30/);
    await expectAccessible(page);

    const centre = page.getByRole("link", { name: "Familienzentrum Regenbogen" });
    await tabTo(page, centre);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/guide\/unna\/centres\/regenbogen$/);
    await expect(page.locator("address").first().textContent()).resolves.toContain("Friedrich-Ebert-Straße 41");
    await expectAccessible(page);

    const subscribe = page.getByRole("link", { name: "In der Kalender-App abonnieren: Termine von Familienzentrum Regenbogen" });
    await tabTo(page, subscribe);
    const webcal = await subscribe.getAttribute("href");
    expect(webcal).toBe(`${server.url.replace(/^http:/, "webcal:")}/feeds/unna/centres/regenbogen.ics`);
    const feed = await fetch(webcal!.replace(/^webcal:/, "http:"));
    expect(feed.headers.get("content-type")).toContain("text/calendar");
    const ics = (await feed.text()).replace(/\r\n /g, "");
    expect(ics).toContain("SUMMARY:Babymassage");
    expect(ics).toContain("RRULE:FREQ=WEEKLY;BYDAY=TU");
    expect(ics).toMatch(/URL:http:\/\/127\.0\.0\.1:\d+\/guide\/unna\/offerings\/\d+/);
    await context.close();
  });

  it("every guide page passes axe, in German and English, with one h1 each", async () => {
    const { context, page } = await newPage(browser);
    const id = await offeringIdOf("Babymassage", "Königsborn");
    for (const path of [
      "/guide/unna",
      "/guide/unna?category=fruehe-hilfen",
      "/guide/unna?q=zzzzzz",
      `/guide/unna/offerings/${id}`,
      "/guide/unna/centres/sternschnuppe",
      "/guide/unna/neighbourhoods/koenigsborn",
      "/guide/unna/neighbourhoods/siddinghausen",
      "/guide/unna/map",
    ]) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("h1").count()).resolves.toBe(1);
      await expectAccessible(page);
    }
    await context.close();
    const english = await newPage(browser, "en-GB");
    await english.page.goto(`${server.url}/guide/unna?age=2&weekday=3`);
    await expect(english.page.locator("h1").textContent()).resolves.toContain("Family guide");
    await expectAccessible(english.page);
    await english.page.goto(`${server.url}/guide/unna/map`);
    await expectAccessible(english.page);
    await english.context.close();
  });

  it("the guide hydrates with its own messages and loads the others when a visitor goes on to sign in", async () => {
    const { context, page } = await newPage(browser);
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(`${server.url}/guide/unna?q=massage`);
    await expect(page.evaluate(() => document.documentElement.dataset.messages)).resolves.toBe("guide");
    await page.getByRole("link", { name: "Babymassage" }).first().click();
    await page.waitForURL(/offerings/);
    await page.getByRole("link", { name: "Anmelden" }).click();
    await page.waitForURL(/\/login/);
    await page.getByLabel("Passwort").waitFor();
    await expect(page.getByRole("button", { name: "Anmelden" }).count()).resolves.toBe(1);
    await expect(page.locator("main").textContent()).resolves.not.toMatch(/\blogin\.[a-z]/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("searches and pages without JavaScript", async () => {
    const context = await browser.newContext({ locale: "de-DE", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/guide/unna`);
    await page.getByLabel("Sprache").selectOption("tr");
    await page.getByRole("button", { name: "Suchen" }).click();
    await page.waitForURL(/language=tr/);
    await expect(page.getByRole("status").textContent()).resolves.toMatch(/\d+ Angebote gefunden/);
    await page.goto(`${server.url}/guide/unna?free=1`);
    const status = (await page.getByRole("status").textContent()) ?? "";
    if (status.includes("Seite 1 von")) {
      await page.getByRole("link", { name: "Nächste Seite" }).click();
      await page.waitForURL(/page=2/);
      await expect(page.getByRole("status").textContent()).resolves.toContain("Seite 2 von");
    }
    await page.goto(`${server.url}/guide/unna/map`);
    await expect(page.locator("svg[aria-labelledby] a").count()).resolves.toBeGreaterThanOrEqual(8);
    await context.close();
  });

  it("a visitor reaches only published offerings and nothing internal (crawl of every link from the start page)", async () => {
    const db = new Database(server.databasePath);
    try {
      // Something archived and an internal event, so that there is something to leak.
      db.prepare("update offerings set status = 'archived' where ref = 'A0061'").run();
      const visible = new Set(
        (db.prepare("select id from offerings where status = 'published' and network_id = (select id from networks where slug = 'unna')").all() as { id: number }[]).map((r) => r.id),
      );
      const publishedTitles = new Set((db.prepare("select title from offerings where status = 'published'").all() as { title: string }[]).map((r) => r.title));
      const hiddenTitles = (db.prepare("select title from offerings where status != 'published'").all() as { title: string }[])
        .map((r) => r.title)
        .filter((title) => !publishedTitles.has(title));
      expect(hiddenTitles.length).toBeGreaterThan(0);
      const needTitles = (db.prepare("select title from needs").all() as { title: string }[]).map((r) => r.title);
      const emails = (db.prepare("select email from users").all() as { email: string }[]).map((r) => r.email);
      const forbidden = [
        ...hiddenTitles,
        ...needTitles,
        ...emails,
        "familiennetz-demo",
        ...["status", "version", "focusAreas", "verifiedBy", "updatedBy", "ref", "certificateValidFrom", "certificateValidUntil", "passwordHash", "reasons", "decisionNote"].map(
          (key) => `\\"${key}\\"`,
        ),
      ];

      const seen = new Set<string>();
      const queue = ["/", "/guide/unna"];
      const reachedOfferings = new Set<number>();
      while (queue.length > 0 && seen.size < 600) {
        const path = queue.shift()!;
        if (seen.has(path)) continue;
        seen.add(path);
        const response = await fetch(`${server.url}${path}`, { redirect: "manual" });
        expect(response.status, path).toBe(200);
        // Public answers carry the same security headers as every other page.
        expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
        if ((response.headers.get("content-type") ?? "").includes("text/html")) expect(response.headers.get("content-security-policy"), path).toContain("script-src 'self' 'nonce-");
        const body = await response.text();
        for (const text of forbidden) expect(body.includes(text), `${path} contains ${text}`).toBe(false);
        const offering = /^\/guide\/unna\/offerings\/(\d+)$/.exec(path);
        if (offering) reachedOfferings.add(Number(offering[1]));
        if (!(response.headers.get("content-type") ?? "").includes("text/html")) continue;
        for (const [, href] of body.matchAll(/href="([^"]+)"/g)) {
          // Same-site links, also the absolute subscription addresses (webcal:// and http://).
          const link = href!.replace(/&amp;/g, "&").replace(/^webcal:\/\//, "http://").replace(server.url, "");
          if (!/^\/(guide|feeds)\//.test(link) || link.startsWith("/guide/unna/map#")) continue;
          if (link.startsWith("/assets/")) continue;
          if (!seen.has(link)) queue.push(link);
        }
      }
      expect(seen.size).toBeGreaterThan(100);
      expect(reachedOfferings.size).toBeGreaterThan(50);
      for (const id of reachedOfferings) expect(visible.has(id), `offering ${id} is not published`).toBe(true);
      // The HSDS API and the feeds are reachable from the guide too, and hold no more.
      expect([...seen].some((p) => p.startsWith("/feeds/unna/hsds/services"))).toBe(true);
      expect([...seen].some((p) => p.endsWith(".ics"))).toBe(true);
    } finally {
      db.close();
    }
  }, 180_000);

  it("the start page loads no map code; the tile map comes from the configured host only", async () => {
    const { context, page } = await newPage(browser);
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await page.goto(`${server.url}/guide/unna`);
    await page.waitForLoadState("networkidle");
    expect(scripts.some((s) => /leaflet|tile-map/.test(s))).toBe(false);
    await context.close();

    const tiled = await startServer({ MAP_TILE_URL: "http://127.0.0.1:9/{z}/{x}/{y}.png", MAP_TILE_ATTRIBUTION: "Kartendaten: Beispiel" });
    try {
      const response = await fetch(`${tiled.url}/guide/unna/map`);
      expect(response.headers.get("content-security-policy")).toContain("img-src 'self' data: http://127.0.0.1:9");
      const second = await newPage(browser);
      await second.page.goto(`${tiled.url}/guide/unna/map`);
      await second.page.locator(".leaflet-container").waitFor({ timeout: 15_000 });
      await expect(second.page.locator("path.leaflet-interactive").count()).resolves.toBe(8);
      await expect(second.page.locator(".leaflet-control-attribution").textContent()).resolves.toContain("Kartendaten: Beispiel");
      await expectAccessible(second.page);
      await second.context.close();
    } finally {
      await tiled.stop();
    }
  });
});

async function offeringIdOf(title: string, neighbourhood: string): Promise<number> {
  const db = new Database(server.databasePath, { readonly: true });
  try {
    const row = db
      .prepare("select o.id from offerings o join neighbourhoods n on n.id = o.neighbourhood_id where o.title = ? and n.name = ? and o.status = 'published'")
      .get(title, neighbourhood) as { id: number };
    return row.id;
  } finally {
    db.close();
  }
}
