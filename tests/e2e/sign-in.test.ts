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

describe("signing in and out", () => {
  it("shows the German sign-in page with the demo accounts", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${server.url}/login`);
    await expectVisible(page.getByRole("heading", { level: 1, name: "Anmelden" }));
    await expectVisible(page.getByText("koordination@example.org"));
    await expectAccessible(page);
    await context.close();
  });

  it("tells a person with a wrong password so, in German", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${server.url}/login`);
    await page.getByLabel("E-Mail").fill("koordination@example.org");
    await page.getByLabel("Passwort").fill("falsches-passwort");
    await page.getByRole("button", { name: "Anmelden" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("E-Mail oder Passwort ist falsch.");
    await expectAccessible(page);
    await context.close();
  });

  it("signs the coordinator in to the network and out again", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "koordination@example.org");
    expect(new URL(page.url()).pathname).toBe("/n/unna");
    await expectVisible(page.getByRole("heading", { level: 1, name: "Arbeitskreis Familienzentren Unna (Demo)" }));
    const nav = page.getByRole("navigation", { name: "Bereiche des Netzwerks" });
    await expectVisible(nav.getByRole("link", { name: "Netzwerk" }));
    await expectAccessible(page);
    await page.getByRole("button", { name: "Abmelden" }).click();
    await page.waitForURL(`${server.url}/login`);
    await page.goto(`${server.url}/n/unna`);
    expect(new URL(page.url()).pathname).toBe("/login");
    await context.close();
  });

  it("switches to English and remembers it for the account", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, server.url, "leitung.arche@example.org");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await expectAccessible(page);
    await context.close();
    // A new browser (no language cookie) gets English after signing in, because the account remembers it.
    const second = await newPage(browser);
    await signIn(second.page, server.url, "leitung.arche@example.org");
    await second.page.getByRole("button", { name: "Sign out" }).waitFor();
    expect(await second.page.locator("html").getAttribute("lang")).toBe("en");
    await second.context.close();
  });

  it("gives visitors their browser's language", async () => {
    const { context, page } = await newPage(browser, "en-GB");
    await page.goto(`${server.url}/login`);
    await expectVisible(page.getByRole("heading", { level: 1, name: "Sign in" }));
    await context.close();
  });
});
