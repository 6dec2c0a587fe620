// Demo needs (Bedarfe) reported by members of the demo network, dated by the demo calendar.
import { and, eq } from "drizzle-orm";
import type { Db } from "../client.server";
import { categories, centres, needOfferings, needs, neighbourhoods, offerings, users } from "../schema";
import { nowMs } from "../../app/modules/time/clock";
import type { DemoCalendar } from "./demo-calendar";

/** Reported needs (Bedarfe): three open ones in districts without a centre or offering, one met and answered. */
const demoNeeds: {
  hood: string;
  category: string;
  title: string;
  description: string;
  ages: [number, number];
  audiences: ("parents" | "mothers" | "fathers" | "children")[];
  source: string;
  reporter: string;
  status: "open" | "met";
  answeredBy?: string;
}[] = [
  {
    hood: "Alte Heide",
    category: "eltern-kind-gruppe",
    title: "Babymassage in Alte Heide",
    description: "Mehrere Eltern mit Babys wünschen sich einen Babymassage-Kurs im Stadtteil; der Weg nach Massen ist ohne Auto weit.",
    ages: [0, 11],
    audiences: ["parents"],
    source: "survey",
    reporter: "team.arche@example.org",
    status: "open",
  },
  {
    hood: "Königsborn",
    category: "migrationsberatung",
    title: "Deutschkurs für Väter in Königsborn",
    description: "Väter fragen nach einem Deutschkurs am Abend oder Samstag; die Kurse für Mütter sind vormittags.",
    ages: [216, 1199],
    audiences: ["fathers"],
    source: "Gespräche im Elterncafé",
    reporter: "leitung.regenbogen@example.org",
    status: "open",
  },
  {
    hood: "Afferde",
    category: "ferienbetreuung",
    title: "Ferienbetreuung in Afferde",
    description: "In den Sommerferien fehlt eine Betreuung für Grundschulkinder berufstätiger Eltern.",
    ages: [72, 131],
    audiences: ["children"],
    source: "Rückmeldung der Grundschule",
    reporter: "koordination@example.org",
    status: "open",
  },
  {
    hood: "Königsborn",
    category: "sozialberatung",
    title: "Beratung bei Geldsorgen in Königsborn",
    description: "Familien suchten eine Schuldner- und Sozialberatung ohne lange Wege.",
    ages: [0, 1199],
    audiences: ["parents"],
    source: "earlier-survey",
    reporter: "leitung.sternschnuppe@example.org",
    status: "met",
    answeredBy: "sozialberatung",
  },
];

/** The survey a need came from, named by the year it was held. */
function needSource(source: string, calendar: DemoCalendar): string {
  if (source === "survey") return `Elternbefragung ${calendar.evidence.survey.slice(0, 4)}`;
  if (source === "earlier-survey") return `Elternbefragung ${Number(calendar.evidence.survey.slice(0, 4)) - 1}`;
  return source;
}

/** Seeds the demo's needs; called by seedDemo after the offerings (a met need links an answering offering). */
export function seedDemoNeeds(db: Db, networkId: number, calendar: DemoCalendar) {
  db.transaction((tx) => {
    for (const need of demoNeeds) {
      const hood = tx.select().from(neighbourhoods).where(and(eq(neighbourhoods.networkId, networkId), eq(neighbourhoods.name, need.hood))).get()!;
      const category = tx.select().from(categories).where(and(eq(categories.networkId, networkId), eq(categories.key, need.category))).get();
      const reporter = tx.select().from(users).where(eq(users.email, need.reporter)).get()!;
      const centreSlug = need.reporter.match(/^(?:leitung|team)\.([a-z-]+)@/)?.[1];
      const centre = centreSlug ? tx.select().from(centres).where(and(eq(centres.networkId, networkId), eq(centres.slug, centreSlug))).get() : undefined;
      const now = nowMs();
      const row = tx
        .insert(needs)
        .values({
          networkId,
          neighbourhoodId: hood.id,
          categoryId: category?.id ?? null,
          title: need.title,
          description: need.description,
          ageFromMonths: need.ages[0],
          ageToMonths: need.ages[1],
          audiences: need.audiences,
          source: needSource(need.source, calendar),
          status: need.status,
          reportedBy: reporter.id,
          centreId: centre?.id ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .get();
      if (need.answeredBy && category) {
        const offering = tx
          .select({ id: offerings.id })
          .from(offerings)
          .where(and(eq(offerings.networkId, networkId), eq(offerings.neighbourhoodId, hood.id), eq(offerings.categoryId, category.id), eq(offerings.status, "published")))
          .get();
        if (offering) tx.insert(needOfferings).values({ needId: row.id, offeringId: offering.id }).run();
      }
    }
  });
}
