// The review in the browser (issue "Done when"): the coordinator opens the half-year under review, two leads
// self-assess with evidence (an offering; an uploaded document), the coordinator assesses, agrees an
// action and closes the cycle, and the trends show it next to the seeded earlier cycle. The remaining
// centres' rows are written into the server's database to keep the test short. axe on every page.
import { and, eq, isNull } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@db/client.server";
import { assessments, centres, criteria, reviewCycles } from "@db/schema";
import { addDays } from "~/modules/time/dates";
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

/** Every self-assessment submitted and every row assessed, except the ones the test does in the browser. */
function fillRemainingRows(title: string, keep: { centre: string; criterion: string; part: "self" | "coordinator" }[]) {
  const db = openDatabase(server.databasePath);
  try {
    const cycle = db.select().from(reviewCycles).where(eq(reviewCycles.title, title)).get()!;
    const now = Date.now();
    for (const centre of db.select().from(centres).where(eq(centres.networkId, cycle.networkId)).all()) {
      for (const criterion of db.select().from(criteria).where(eq(criteria.networkId, cycle.networkId)).all()) {
        const kept = (part: string) => keep.some((k) => k.centre === centre.slug && k.criterion === criterion.title && k.part === part);
        const where = and(eq(assessments.cycleId, cycle.id), eq(assessments.criterionId, criterion.id), eq(assessments.centreId, centre.id));
        let row = db.select().from(assessments).where(where).get();
        row ??= db.insert(assessments).values({ cycleId: cycle.id, criterionId: criterion.id, centreId: centre.id, updatedAt: now }).returning().get();
        const set: Partial<typeof assessments.$inferInsert> = {};
        if (!row.selfSubmittedAt && !kept("self")) Object.assign(set, { selfStatus: "partly", selfConfidence: 3, selfSubmittedAt: now });
        if (!row.coordinatorStatus && !kept("coordinator")) Object.assign(set, { coordinatorStatus: "partly", coordinatorAt: now });
        if (Object.keys(set).length) db.update(assessments).set(set).where(eq(assessments.id, row.id)).run();
      }
    }
    return db.select().from(assessments).where(and(eq(assessments.cycleId, cycle.id), isNull(assessments.centreId))).all().length;
  } finally {
    db.$client.close();
  }
}

async function openOwnSelfAssessment(page: Page, centreName: string, title: string) {
  await page.goto(`${server.url}/n/unna/reviews`);
  await expectVisible(page.getByRole("heading", { level: 1, name: "Überprüfungen" }));
  await page.getByRole("link", { name: title }).click();
  await expectVisible(page.getByRole("heading", { level: 1, name: title }));
  await expectAccessible(page);
  await page.getByRole("link", { name: `Selbsteinschätzung von ${centreName} öffnen` }).first().click();
  await expectVisible(page.getByRole("heading", { level: 1, name: `Selbsteinschätzung: ${centreName}` }));
  await expectAccessible(page);
}

describe("review cycle", () => {
  it("is opened, self-assessed with evidence, assessed with an action, closed and shows in the trends", async () => {
    // The coordinator opens the suggested half-year: the one after the demo's two closed ones.
    const { cycles } = demoCalendarOf(server);
    const previous = cycles.closed[1].title;
    const current = cycles.next.title;
    const coordinator = (await newPage(browser)).page;
    await signIn(coordinator, server.url, "koordination@example.org");
    await coordinator.goto(`${server.url}/n/unna/reviews`);
    await expectVisible(coordinator.getByRole("heading", { level: 1, name: "Überprüfungen" }));
    await expectVisible(coordinator.getByRole("navigation", { name: "Überprüfung der Erfolgskriterien" }));
    await expectVisible(coordinator.getByRole("link", { name: previous }));
    expect(await coordinator.getByLabel("Titel").inputValue()).toBe(current);
    await expectAccessible(coordinator);
    await coordinator.getByRole("button", { name: "Überprüfung anlegen" }).click();
    await expectVisible(coordinator.getByText("Die Überprüfung wurde als Entwurf angelegt."));
    await expectVisible(coordinator.getByRole("heading", { level: 1, name: current }));
    await expectAccessible(coordinator);
    await coordinator.getByRole("button", { name: "Überprüfung öffnen" }).click();
    await expectVisible(coordinator.getByText("Die Überprüfung ist geöffnet. Die Familienzentren wurden benachrichtigt."));
    await expectVisible(coordinator.getByRole("heading", { name: "Was vor dem Abschluss noch fehlt" }));

    // The lead of Arche submits criterion 2 with one of Arche's offerings as evidence.
    const arche = (await newPage(browser)).page;
    await signIn(arche, server.url, "leitung.arche@example.org");
    await openOwnSelfAssessment(arche, "Familienzentrum Arche", current);
    const concept = arche.getByRole("region", { name: "Kriterium 2: Angebote folgen dem Konzept" });
    await concept.getByLabel("Angebot, Treffen oder Vereinbarung").selectOption({ index: 1 });
    const offering = (await concept.getByLabel("Angebot, Treffen oder Vereinbarung").locator("option:checked").innerText()).trim();
    await concept.getByRole("button", { name: "Hinzufügen", exact: true }).click();
    await expectVisible(arche.getByText("Der Nachweis wurde hinzugefügt."));
    await expectVisible(concept.getByRole("link", { name: offering }));
    // Submitting without a status names what is missing and moves focus there.
    await concept.getByRole("button", { name: "Einreichen" }).click();
    await expectVisible(concept.getByText("Bitte wählen Sie einen Stand."));
    await concept.getByRole("group", { name: "Stand" }).getByLabel("teilweise erfüllt").check();
    await concept.getByLabel("Wie sicher sind Sie?").selectOption("3");
    await concept.getByLabel("Was hat sich verändert?").fill("Zwei neue Angebote zur Sprachförderung.");
    await concept.getByLabel("Nächste Schritte").fill("Ein Bewegungsangebot für Familien planen.");
    await concept.getByRole("button", { name: "Einreichen" }).click();
    await expectVisible(arche.getByText("Die Selbsteinschätzung wurde eingereicht."));
    await expectVisible(concept.getByText(/Eingereicht am \d/));
    await expectAccessible(arche);

    // The lead of Regenbogen submits criterion 3 with an uploaded document.
    const regenbogen = (await newPage(browser)).page;
    await signIn(regenbogen, server.url, "leitung.regenbogen@example.org");
    await openOwnSelfAssessment(regenbogen, "Familienzentrum Regenbogen", current);
    const network = regenbogen.getByRole("region", { name: "Kriterium 3: Vernetzung im Sozialraum" });
    await network.getByLabel("Datei").setInputFiles({ name: "Kooperationsübersicht.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\nÜbersicht der Kooperationen\n") });
    await network.getByRole("button", { name: "Hochladen" }).click();
    await expectVisible(regenbogen.getByText("Der Nachweis wurde hinzugefügt."));
    await expectVisible(network.getByRole("link", { name: "Kooperationsübersicht.pdf" }));
    await network.getByRole("group", { name: "Stand" }).getByLabel("erfüllt", { exact: true }).check();
    await network.getByLabel("Wie sicher sind Sie?").selectOption("4");
    await network.getByRole("button", { name: "Einreichen" }).click();
    await expectVisible(regenbogen.getByText("Die Selbsteinschätzung wurde eingereicht."));
    await expectAccessible(regenbogen);

    // The other centres' rows, filled directly; Arche's criterion 2 and the network's overall rating stay for the coordinator.
    fillRemainingRows(current, [{ centre: "arche", criterion: "Angebote folgen dem Konzept", part: "coordinator" }]);
    await coordinator.reload();
    await expectVisible(coordinator.getByText("Bewertung der Koordination für Familienzentrum Arche: Angebote folgen dem Konzept"));
    await expectVisible(coordinator.getByText("Gesamtbewertung für das Netzwerk: Regelmäßiger Austausch"));
    await coordinator.getByRole("button", { name: "Überprüfung abschließen" }).click();
    await expectVisible(coordinator.getByText("Die Überprüfung kann noch nicht abgeschlossen werden. Es fehlt noch:"));
    await expectAccessible(coordinator);

    // The coordinator assesses Arche and agrees an action with its lead.
    await coordinator.getByRole("link", { name: "Selbsteinschätzung von Familienzentrum Arche öffnen" }).click();
    await expectVisible(coordinator.getByRole("heading", { level: 1, name: "Selbsteinschätzung: Familienzentrum Arche" }));
    const assess = coordinator.getByRole("region", { name: "Kriterium 2: Angebote folgen dem Konzept" });
    await expectVisible(assess.getByRole("link", { name: offering }));
    await assess.getByRole("group", { name: "Bewertung der Koordination" }).getByLabel("erfüllt", { exact: true }).check();
    await assess.getByLabel("Kommentar").fill("Die Sprachangebote passen gut zum Konzept.");
    await assess.getByRole("button", { name: "Bewertung speichern" }).click();
    await expectVisible(coordinator.getByText("Die Bewertung wurde gespeichert."));
    await assess.getByLabel("Maßnahme", { exact: true }).fill("Bewegungsangebot für Familien starten");
    await assess.getByLabel("Verantwortlich").selectOption({ label: "Leitung Arche (Familienzentrum Arche)" });
    await assess.getByLabel("Zu erledigen bis").fill(addDays(berlinToday(), 90));
    await assess.getByRole("button", { name: "Maßnahme vereinbaren" }).click();
    await expectVisible(coordinator.getByText("Die Maßnahme wurde vereinbart."));
    await expectVisible(assess.getByRole("link", { name: "Bewegungsangebot für Familien starten" }));
    await expectAccessible(coordinator);

    // The overall rating of the network-wide criterion, then closing.
    await coordinator.getByRole("link", { name: "Zurück zur Überprüfung" }).click();
    const overall = coordinator.getByRole("article", { name: "Kriterium 1: Regelmäßiger Austausch" });
    await overall.getByRole("group", { name: "Bewertung der Koordination" }).getByLabel("erfüllt", { exact: true }).check();
    await overall.getByRole("button", { name: "Bewertung speichern" }).click();
    await expectVisible(coordinator.getByText("Die Bewertung wurde gespeichert."));
    await expectVisible(coordinator.getByText("Alles ist eingereicht und bewertet. Die Überprüfung kann abgeschlossen werden."));
    await coordinator.getByRole("button", { name: "Überprüfung abschließen" }).click();
    await expectVisible(coordinator.getByText("Die Überprüfung ist abgeschlossen. Die berechneten Werte sind festgeschrieben."));
    await expectVisible(coordinator.getByText("Die berechneten Werte wurden beim Abschluss festgeschrieben."));
    await expectAccessible(coordinator);

    // Arche's lead can no longer change it, and the trends show it next to the earlier cycle.
    await arche.reload();
    await expectVisible(arche.getByText("Diese Überprüfung ist abgeschlossen und kann nicht mehr geändert werden."));
    expect(await arche.getByRole("button", { name: "Einreichen" }).count()).toBe(0);
    await coordinator.goto(`${server.url}/n/unna/trends`);
    await expectVisible(coordinator.getByRole("heading", { level: 1, name: "Entwicklung" }));
    const exchange = coordinator.getByRole("table", { name: /Status von „Regelmäßiger Austausch“ je Überprüfung/ });
    await expectVisible(exchange.getByRole("rowheader", { name: previous, exact: true }));
    await expectVisible(exchange.getByRole("rowheader", { name: current, exact: true }));
    await expectAccessible(coordinator);
  });

  it("shows the criteria with their indicators and metric definitions", async () => {
    const { page } = await newPage(browser);
    await signIn(page, server.url, "team.arche@example.org");
    await page.goto(`${server.url}/n/unna/criteria`);
    await expectVisible(page.getByRole("heading", { level: 1, name: "Erfolgskriterien" }));
    await expectVisible(page.getByRole("heading", { name: "Kriterium 1: Regelmäßiger Austausch" }));
    await expectVisible(page.getByText("Teilnahme der Zentren an den Treffen", { exact: true }));
    await expectVisible(page.getByText(/^Anzahl der Arbeitskreistreffen mit dem Status „stattgefunden“/).first());
    expect(await page.getByRole("button", { name: /nach oben verschieben/ }).count()).toBe(0);
    await expectAccessible(page);
  });
});
