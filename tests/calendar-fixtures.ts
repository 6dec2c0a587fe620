// A calendar fixture on top of the demo data: a centre "Kalender" in its own neighbourhood with
// offerings of every schedule and status at fixed dates (March/April 2026), events, and data of the
// other network that must never show up.
import { and, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { categories, events, networks } from "@db/schema";
import { createCentre, createNeighbourhood } from "@db/seed/factories";
import { blankOfferingContent, insertOffering, type OfferingContent } from "~/modules/offerings/offerings.server";

export function networkId(slug: string): number {
  return getDb().select().from(networks).where(eq(networks.slug, slug)).get()!.id;
}

export function categoryId(network: number, key: string): number {
  return getDb().select().from(categories).where(and(eq(categories.networkId, network), eq(categories.key, key))).get()!.id;
}

export function offeringContent(network: number, changes: Partial<OfferingContent>): OfferingContent {
  return blankOfferingContent({
    title: "Angebot",
    categoryId: categoryId(network, "eltern-kind-gruppe"),
    ageToMonths: 36,
    audiences: ["parents"],
    scheduleKind: "weekly",
    ...changes,
  });
}

function offering(network: number, centreId: number, changes: Partial<OfferingContent>): number {
  return insertOffering(getDb(), null, { networkId: network, centreId, at: Date.parse("2026-02-01T10:00:00Z") }, offeringContent(network, changes));
}

function event(values: Omit<typeof events.$inferInsert, "createdAt" | "updatedAt">) {
  const at = Date.parse("2026-02-15T09:00:00Z");
  return getDb().insert(events).values({ ...values, createdAt: at, updatedAt: at }).returning().get();
}

export function seedCalendarFixture() {
  const db = getDb();
  const unna = networkId("unna");
  const dorf = createNeighbourhood(db, { networkId: unna, name: "Kalenderdorf" });
  const massen = db.query.neighbourhoods.findFirst({ where: (n, { and, eq }) => and(eq(n.networkId, unna), eq(n.slug, "massen")) }).sync()!;
  const centre = createCentre(db, {
    networkId: unna,
    name: "Familienzentrum Kalender",
    slug: "kalender",
    street: "Kalenderweg 1",
    postalCode: "59423",
    city: "Unna",
    homeNeighbourhoodId: dorf.id,
  });
  const weekly = offering(unna, centre.id, {
    title: "Krabbelgruppe am Dienstag und Donnerstag",
    description: "Spielen, singen, austauschen; für Eltern mit Babys.",
    scheduleKind: "weekly",
    weekdays: [2, 4],
    startTime: "09:30",
    endTime: "11:00",
    validFrom: "2026-03-02",
    validUntil: "2026-04-30",
    cancelled: ["2026-03-10", "2026-04-02", "2026-04-04"],
  });
  const dated = offering(unna, centre.id, {
    title: "Elternabend Sprache",
    categoryId: categoryId(unna, "sprachfoerderung"),
    scheduleKind: "dates",
    dates: [
      { date: "2026-03-05", startTime: "15:00", endTime: "16:00" },
      { date: "2026-03-19", startTime: "15:00", endTime: "16:30" },
      { date: "2026-04-16", startTime: "10:00", endTime: "11:00" },
    ],
    cancelled: ["2026-03-19"],
    placeName: "Stadtbibliothek",
    placeAddress: "Lindenplatz 1, 59423 Unna",
  });
  const elsewhere = offering(unna, centre.id, {
    title: "Vätertreff in Massen",
    neighbourhoodId: massen.id,
    scheduleKind: "weekly",
    weekdays: [6],
    startTime: "10:00",
    endTime: "12:00",
    validFrom: "2026-03-01",
    validUntil: "2026-03-31",
  });
  const draft = offering(unna, centre.id, {
    title: "Entwurf Babyschwimmen",
    status: "draft",
    scheduleKind: "weekly",
    weekdays: [1],
    startTime: "08:00",
    endTime: "09:00",
    validFrom: "2026-03-01",
  });
  const archived = offering(unna, centre.id, {
    title: "Archiviertes Elterncafé",
    status: "archived",
    scheduleKind: "weekly",
    weekdays: [3],
    startTime: "14:00",
    endTime: "16:00",
    validFrom: "2026-01-01",
  });
  const appointment = offering(unna, centre.id, { title: "Beratung nach Vereinbarung", scheduleKind: "appointment" });
  const openDay = event({
    networkId: unna,
    centreId: centre.id,
    kind: "open-day",
    title: "Tag der offenen Tür im Kalender",
    description: "Alle sind willkommen.",
    date: "2026-03-12",
    startTime: "14:00",
    endTime: "17:00",
    isPublic: true,
  });
  const meeting = event({
    networkId: unna,
    centreId: null,
    neighbourhoodId: dorf.id,
    kind: "meeting",
    title: "Arbeitskreis-Sitzung",
    date: "2026-03-12",
    startTime: "09:00",
    endTime: "11:00",
    place: "Rathaus, Raum 2",
    isPublic: false,
  });
  // The other network: a published offering and a public event in the same weeks.
  const dortmund = networkId("dortmund");
  const hoerde = db.query.centres.findFirst({ where: (c, { eq }) => eq(c.networkId, dortmund) }).sync()!;
  const foreign = offering(dortmund, hoerde.id, {
    title: "Fremdes Angebot Hörde",
    scheduleKind: "weekly",
    weekdays: [2],
    startTime: "09:00",
    endTime: "10:00",
    validFrom: "2026-03-01",
  });
  const foreignEvent = event({
    networkId: dortmund,
    centreId: hoerde.id,
    kind: "open-day",
    title: "Fremder Tag der offenen Tür",
    date: "2026-03-12",
    startTime: "10:00",
    endTime: "12:00",
    isPublic: true,
  });
  return { unna, dorf, massen, centre, weekly, dated, elsewhere, draft, archived, appointment, openDay, meeting, foreign, foreignEvent };
}

export type CalendarFixture = ReturnType<typeof seedCalendarFixture>;
