// The demo network "Arbeitskreis Familienzentren Unna (Demo)": Unna's 14 real districts, eight fictional
// family centres, partners with agreements, the position paper's success criteria and demo accounts.
import fs from "node:fs";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client.server";
import { categories, centres, networks, offerings, offeringVersions, users } from "../schema";
import { demoCalendar, type DemoCalendar } from "./demo-calendar";
import { seedDemoMeetings } from "./meetings";
import { seedDemoNeeds } from "./needs";
import { schematicOutlines } from "./schematic-map";
import { seedDemoReviews } from "./reviews";
import { seedDemoRecertification } from "./recertification";
import { hashPassword } from "../../app/modules/accounts/password.server";
import { importOfferingsCsv } from "../../app/modules/offerings/import.server";
import { scanNetwork } from "../../app/modules/overlaps/flags.server";
import { applyUpdate, contentOf, loadOffering } from "../../app/modules/offerings/offerings.server";
import {
  createAgreement,
  createCentre,
  createCriterion,
  createNeighbourhood,
  createNetwork,
  createPartner,
  createUser,
} from "./factories";
import { nowMs } from "../../app/modules/time/clock";
import { addMonths, berlinDate, berlinMidnight } from "../../app/modules/time/dates";

export const demoNetworkSlug = "unna";
export const demoPassword = "familiennetz-demo";

// Approximate inhabitants per district (about 60,000 in all).
// Name, inhabitants (rounded) and the approximate centre of each district, from which the demo's
// schematic outlines are drawn (db/seed/schematic-map.ts; not official boundaries).
const districts: [string, number, number, number][] = [
  ["Unna-Mitte", 13500, 51.535, 7.691],
  ["Königsborn", 11800, 51.553, 7.699],
  ["Massen", 9600, 51.545, 7.63],
  ["Alte Heide", 4200, 51.548, 7.668],
  ["Afferde", 3000, 51.525, 7.72],
  ["Uelzen", 2900, 51.562, 7.726],
  ["Mühlhausen", 2400, 51.578, 7.735],
  ["Lünern", 3300, 51.556, 7.746],
  ["Stockum", 1600, 51.574, 7.76],
  ["Westhemmerde", 1000, 51.568, 7.79],
  ["Hemmerde", 2500, 51.553, 7.77],
  ["Siddinghausen", 300, 51.515, 7.745],
  ["Kessebüren", 1100, 51.512, 7.7],
  ["Billmerich", 2800, 51.505, 7.66],
];
const districtOutlines = schematicOutlines(
  districts.map(([name, , lat, lng]) => ({ name, lat, lng })),
  { south: 51.49, west: 7.6, north: 51.59, east: 7.83 },
);

interface DemoCentre {
  slug: string;
  name: string;
  provider: string;
  street: string;
  home: string;
  serves: string[];
  lat: number;
  lng: number;
  focus: string[];
}

export const demoCentres: DemoCentre[] = [
  { slug: "arche", name: "Familienzentrum Arche", provider: "AWO Unterbezirk Unna", street: "Kleistraße 12", home: "Massen", serves: [], lat: 51.5461, lng: 7.6295, focus: ["Sprachförderung", "Elternbildung", "Bewegung"] },
  { slug: "kunterbunt", name: "Familienzentrum Kunterbunt", provider: "Ev. Kirchengemeinde Hemmerde-Lünern", street: "Hemmerder Dorfstraße 4", home: "Hemmerde", serves: [], lat: 51.5531, lng: 7.7634, focus: ["Frühe Hilfen", "Naturpädagogik"] },
  { slug: "loewenzahn", name: "Familienzentrum Löwenzahn", provider: "Kreisstadt Unna", street: "Bahnhofstraße 30", home: "Unna-Mitte", serves: [], lat: 51.5366, lng: 7.6892, focus: ["Integration", "Sprachförderung", "Beratung"] },
  { slug: "pusteblume", name: "Familienzentrum Pusteblume", provider: "Elterninitiative Pusteblume e. V.", street: "Uelzener Dorfstraße 8", home: "Uelzen", serves: ["Stockum", "Siddinghausen"], lat: 51.5620, lng: 7.7295, focus: ["Bewegung", "Gesundheit"] },
  { slug: "regenbogen", name: "Familienzentrum Regenbogen", provider: "Caritasverband Unna", street: "Friedrich-Ebert-Straße 41", home: "Königsborn", serves: ["Kessebüren", "Stockum"], lat: 51.5512, lng: 7.7011, focus: ["Frühe Hilfen", "Beratung", "Kindertagespflege"] },
  { slug: "sonnenblume", name: "Familienzentrum Sonnenblume", provider: "DRK Kreisverband Unna", street: "Hertinger Straße 55", home: "Unna-Mitte", serves: ["Kessebüren"], lat: 51.5331, lng: 7.6977, focus: ["Vereinbarkeit von Beruf und Familie", "Elternbildung"] },
  { slug: "st-martin", name: "Familienzentrum St. Martin", provider: "Kath. Kita gGmbH Ruhr-Mark", street: "Kirchstraße 2", home: "Lünern", serves: ["Hemmerde", "Massen"], lat: 51.5556, lng: 7.7470, focus: ["Religionspädagogik", "Elternbildung", "Sprachförderung"] },
  { slug: "sternschnuppe", name: "Familienzentrum Sternschnuppe", provider: "AWO Unterbezirk Unna", street: "Zechenstraße 17", home: "Königsborn", serves: [], lat: 51.5547, lng: 7.6938, focus: ["Beratung", "Integration", "Gesundheit"] },
];

const demoPartners: { name: string; kind: string; neighbourhood: string | null; contact: string; email: string }[] = [
  { name: "Erziehungsberatungsstelle des Kreises Unna", kind: "Beratungsstelle", neighbourhood: "Unna-Mitte", contact: "Frau Brandt", email: "eb@example.org" },
  { name: "Grundschule Königsborn", kind: "Schule", neighbourhood: "Königsborn", contact: "Herr Yilmaz", email: "gs-koenigsborn@example.org" },
  { name: "Kita Sonnenschein", kind: "Kindertageseinrichtung", neighbourhood: "Massen", contact: "Frau Weber", email: "kita-sonnenschein@example.org" },
  { name: "Stadtbibliothek Unna", kind: "Bildung und Kultur", neighbourhood: "Unna-Mitte", contact: "Frau Koch", email: "bibliothek@example.org" },
  { name: "Jugendamt Unna – Frühe Hilfen", kind: "Jugendamt", neighbourhood: null, contact: "Herr Lange", email: "fruehe-hilfen@example.org" },
  { name: "Hebammenpraxis Lebensanfang", kind: "Gesundheitswesen", neighbourhood: "Königsborn", contact: "Frau Aydin", email: "hebammen@example.org" },
  { name: "Verbraucherzentrale – Schuldnerberatung", kind: "Beratungsstelle", neighbourhood: "Unna-Mitte", contact: "Herr Schulz", email: "schuldnerberatung@example.org" },
  { name: "Tagespflegebörse Unna", kind: "Kindertagespflege", neighbourhood: null, contact: "Frau Neumann", email: "tagespflege@example.org" },
];

/** Centre and partner of each agreement; their dates come from the demo calendar. */
const demoAgreements: [centre: string, partner: string][] = [
  ["arche", "Kita Sonnenschein"],
  ["arche", "Erziehungsberatungsstelle des Kreises Unna"],
  ["regenbogen", "Hebammenpraxis Lebensanfang"],
  ["regenbogen", "Jugendamt Unna – Frühe Hilfen"],
  ["sternschnuppe", "Grundschule Königsborn"],
  ["sternschnuppe", "Verbraucherzentrale – Schuldnerberatung"],
  ["loewenzahn", "Stadtbibliothek Unna"],
  ["sonnenblume", "Tagespflegebörse Unna"],
  ["st-martin", "Erziehungsberatungsstelle des Kreises Unna"],
  ["kunterbunt", "Jugendamt Unna – Frühe Hilfen"],
];

export const positionPaperCriteria: { title: string; description: string; scope: "network" | "centre" }[] = [
  {
    title: "Regelmäßiger Austausch",
    description:
      "Die Familienzentren pflegen einen regelmäßigen, selbstorganisierten Austausch über ihre Angebote und Veranstaltungen; die Stadt ist daran beteiligt.",
    scope: "network",
  },
  {
    title: "Angebote folgen dem Konzept",
    description:
      "Die Angebote jedes Familienzentrums orientieren sich sichtbar an den Schwerpunkten seiner Konzeption, erweitert um aktuelle Bedarfe.",
    scope: "centre",
  },
  {
    title: "Vernetzung im Sozialraum",
    description:
      "Die Familienzentren sind mit weiteren Kitas und wichtigen Akteuren im Sozialraum vernetzt und bündeln auf dieser Grundlage die Angebote für den Stadtteil.",
    scope: "centre",
  },
  {
    title: "Weiterentwicklung zur Rezertifizierung",
    description:
      "Unterstützt durch die Stadt gestalten die Familienzentren ihre Weiterentwicklung für die Rezertifizierung aktiv.",
    scope: "centre",
  },
];

/** Seeds the demo network, dated relative to today (db/seed/demo-calendar.ts). Returns false (and writes nothing) when it already exists. */
export async function seedDemo(db: Db): Promise<boolean> {
  if (db.select().from(networks).where(eq(networks.slug, demoNetworkSlug)).get()) return false;
  // One hash for all demo accounts: they share a published password anyway.
  const passwordHash = await hashPassword(demoPassword);
  // Every date of the demo counts from the day its network is created.
  let calendar!: DemoCalendar;
  db.transaction((tx) => {
    const network = createNetwork(tx, { slug: demoNetworkSlug, name: "Arbeitskreis Familienzentren Unna (Demo)", isDemo: true });
    calendar = demoCalendar(berlinDate(network.createdAt));
    const hoods = new Map<string, number>();
    for (const [name, population] of districts) {
      hoods.set(name, createNeighbourhood(tx, { networkId: network.id, name, population, geojson: districtOutlines.get(name)! }).id);
    }
    const centreIds = new Map<string, number>();
    for (const c of demoCentres) {
      const centre = createCentre(tx, {
        networkId: network.id,
        slug: c.slug,
        name: c.name,
        provider: c.provider,
        street: c.street,
        postalCode: "59423",
        city: "Unna",
        latitude: c.lat,
        longitude: c.lng,
        contactName: "",
        email: `${c.slug}@example.org`,
        phone: "02303 000000",
        website: "",
        homeNeighbourhoodId: hoods.get(c.home)!,
        servedNeighbourhoodIds: c.serves.map((name) => hoods.get(name)!),
        focusAreas: c.focus,
        certificateValidFrom: calendar.certificates[c.slug]![0],
        certificateValidUntil: calendar.certificates[c.slug]![1],
      });
      centreIds.set(c.slug, centre.id);
      const short = c.name.replace("Familienzentrum ", "");
      createUser(tx, {
        email: `leitung.${c.slug}@example.org`,
        name: `Leitung ${short}`,
        passwordHash,
        roles: [{ networkId: network.id, centreId: centre.id, role: "lead" }],
      });
      createUser(tx, {
        email: `team.${c.slug}@example.org`,
        name: `Team ${short}`,
        passwordHash,
        roles: [{ networkId: network.id, centreId: centre.id, role: "staff" }],
      });
    }
    const partnerIds = new Map<string, number>();
    for (const p of demoPartners) {
      const partner = createPartner(tx, {
        networkId: network.id,
        name: p.name,
        kind: p.kind,
        neighbourhoodId: p.neighbourhood ? hoods.get(p.neighbourhood)! : null,
        contactName: p.contact,
        email: p.email,
        phone: "",
      });
      partnerIds.set(p.name, partner.id);
    }
    for (const [centre, partner] of demoAgreements) {
      const [startsOn, endsOn] = calendar.agreements[`${centre}|${partner}`]!;
      createAgreement(tx, { centreId: centreIds.get(centre)!, partnerId: partnerIds.get(partner)!, startsOn, endsOn });
    }
    positionPaperCriteria.forEach((criterion, index) =>
      createCriterion(tx, { networkId: network.id, position: index + 1, ...criterion }),
    );
    createUser(tx, {
      email: "koordination@example.org",
      name: "Netzwerkkoordination Unna",
      passwordHash,
      roles: [{ networkId: network.id, role: "coordinator" }],
    });
    if (!tx.select().from(users).where(eq(users.email, "admin@example.org")).get()) {
      createUser(tx, { email: "admin@example.org", name: "Administration", passwordHash, isAdmin: true });
    }
  });
  seedDemoOfferings(db, calendar);
  const networkId = db.select().from(networks).where(eq(networks.slug, demoNetworkSlug)).get()!.id;
  seedDemoNeeds(db, networkId, calendar);
  seedDemoMeetings(db, networkId, calendar);
  seedDemoReviews(db, networkId, calendar);
  await seedDemoRecertification(db, networkId, calendar);
  return true;
}

/** The dates the demo network was seeded with (null without the demo): tests derive what they expect from it. */
export function seededDemoCalendar(db: Db): DemoCalendar | null {
  const network = db.select({ createdAt: networks.createdAt }).from(networks).where(eq(networks.slug, demoNetworkSlug)).get();
  return network ? demoCalendar(berlinDate(network.createdAt)) : null;
}

/** About a dozen offerings per centre, imported from the demo CSV through the regular import. */
function seedDemoOfferings(db: Db, calendar: DemoCalendar) {
  const network = db.select().from(networks).where(eq(networks.slug, demoNetworkSlug)).get()!;
  const csv = fs.readFileSync(new URL("./data/demo-offerings.csv", import.meta.url));
  // The demo's weekly offerings run since the start of the earlier closed review half-year (an import dates
  // them from its own day), so reviews and the recertification year find them held.
  const result = importOfferingsCsv(csv, { networkId: network.id, actor: null, createMissing: false, dryRun: false, today: calendar.cycles.closed[0].start });
  if (!result.ok) throw new Error(`Demo offerings did not import: ${JSON.stringify(result.errors.slice(0, 3))}`);
  linkDemoFocusAreas(db, network.id);
  markDemoOfferings(db, network.id, calendar);
  // Flags for the demo's duplicates, as after any import, but without notifying anyone: seeding is setup.
  scanNetwork(network.id);
}

/** Offerings last confirmed eight months ago (stale with the default six months) and two drafts. */
const staleDemoRefs = ["A0028", "A0030", "A0017", "A0085", "A0047", "A0062"];
const draftDemoRefs = ["A0031", "A0079"];

/** Which offering categories serve a focus area of a demo centre's concept. */
const focusCategories: Record<string, string[]> = {
  Sprachförderung: ["sprachfoerderung", "uebergang-schule"],
  Elternbildung: ["elternbildung", "eltern-kind-gruppe", "offener-treff"],
  Bewegung: ["bewegung-kinder", "gesundheit"],
  "Frühe Hilfen": ["fruehe-hilfen", "eltern-kind-gruppe"],
  Naturpädagogik: ["kreativ-kultur", "bewegung-kinder"],
  Integration: ["migrationsberatung", "sprachfoerderung"],
  Beratung: ["erziehungsberatung", "sozialberatung", "migrationsberatung"],
  Gesundheit: ["gesundheit"],
  Kindertagespflege: ["tagespflege-vermittlung", "tagespflege-qualifizierung"],
  "Vereinbarkeit von Beruf und Familie": ["randzeitenbetreuung", "beruf-wiedereinstieg", "ferienbetreuung"],
};

/** Links the imported demo offerings to the focus areas of their centre's concept (the CSV has no column for it). */
function linkDemoFocusAreas(db: Db, networkId: number) {
  const rows = db
    .select({ id: offerings.id, category: categories.key, focus: centres.focusAreas })
    .from(offerings)
    .innerJoin(categories, eq(categories.id, offerings.categoryId))
    .innerJoin(centres, eq(centres.id, offerings.centreId))
    .where(eq(offerings.networkId, networkId))
    .all();
  db.transaction((tx) => {
    for (const row of rows) {
      const focusAreas = row.focus.filter((area) => focusCategories[area]?.includes(row.category));
      if (focusAreas.length === 0) continue;
      tx.update(offerings).set({ focusAreas }).where(eq(offerings.id, row.id)).run();
      tx.update(offeringVersions)
        .set({ snapshot: sql`json_set(${offeringVersions.snapshot}, '$.focusAreas', json(${JSON.stringify(focusAreas)}))` })
        .where(eq(offeringVersions.offeringId, row.id))
        .run();
    }
  });
}

function markDemoOfferings(db: Db, networkId: number, calendar: DemoCalendar) {
  const at = berlinMidnight(addMonths(calendar.today, -8)) + 10 * 3600_000;
  db.transaction((tx) => {
    for (const ref of staleDemoRefs) {
      const row = tx.select({ id: offerings.id }).from(offerings).where(and(eq(offerings.networkId, networkId), eq(offerings.ref, ref))).get();
      if (!row) continue;
      tx.update(offerings).set({ createdAt: at, updatedAt: at, verifiedAt: at }).where(eq(offerings.id, row.id)).run();
      tx.update(offeringVersions).set({ at }).where(eq(offeringVersions.offeringId, row.id)).run();
    }
    for (const ref of draftDemoRefs) {
      const row = tx.select({ id: offerings.id }).from(offerings).where(and(eq(offerings.networkId, networkId), eq(offerings.ref, ref))).get();
      const current = row ? loadOffering(tx, row.id) : null;
      if (current) applyUpdate(tx, null, current.id, current.version, { ...contentOf(current), status: "draft" }, nowMs(), false);
    }
  });
}
