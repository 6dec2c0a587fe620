// Demo working-group meetings (Arbeitskreis) with agenda, attendance, minutes and action items.
// Three held meetings (2025-11-12, 2026-03-18, 2026-09-23; the last one lies in "2. Halbjahr 2026"), one
// planned meeting (2027-03-17, public in the feeds: title, date and place only) and actions from them:
// some done, one overdue, some open.
import { eq } from "drizzle-orm";
import type { Db } from "../client.server";
import { actions, centres, events, meetingCentres, meetingItems, meetings, users, type ActionStatus } from "../schema";

interface DemoItem {
  title: string;
  minutes?: string;
  decisions?: string;
}

interface DemoAction {
  item: number;
  title: string;
  description?: string;
  centre: string | null;
  owner: string | null;
  dueOn: string;
  status: ActionStatus;
}

interface DemoMeeting {
  title: string;
  date: string;
  start: string;
  end: string;
  place: string;
  host: string | null;
  status: "planned" | "held";
  absent: string[];
  townAttended: boolean;
  isPublic?: boolean;
  notes?: string;
  items: DemoItem[];
  actions: DemoAction[];
}

const demoMeetings: DemoMeeting[] = [
  {
    title: "Arbeitskreis Familienzentren",
    date: "2025-11-12",
    start: "09:00",
    end: "11:30",
    place: "Rathaus Unna, Sitzungsraum 2",
    host: null,
    status: "held",
    absent: ["pusteblume", "sternschnuppe"],
    townAttended: true,
    notes: "Nächstes Treffen im März 2026 im Familienzentrum Regenbogen.",
    items: [
      {
        title: "Berichte aus den Familienzentren",
        minutes: "Alle anwesenden Zentren berichten von einer hohen Nachfrage nach Elterncafés; zwei Zentren haben Wartelisten für Babykurse.",
      },
      {
        title: "Angebotsplanung 2026 je Stadtteil",
        minutes: "In Königsborn bieten zwei Zentren ein Elterncafé am selben Vormittag an. In Massen fehlt eine Erziehungsberatung vor Ort.",
        decisions: "Kunterbunt und Arche stimmen die Elterncafés in Königsborn ab. Die Stadt fragt bei der Erziehungsberatungsstelle eine Sprechstunde in Massen an.",
      },
      {
        title: "Rezertifizierung 2026: Erfahrungen teilen",
        minutes: "Sonnenblume berichtet vom digitalen Verfahren; Nachweise zu Kooperationsvereinbarungen frühzeitig sammeln.",
      },
    ],
    actions: [
      { item: 1, title: "Elterncafés in Königsborn abstimmen und gemeinsamen Flyer erstellen", centre: "kunterbunt", owner: "leitung.kunterbunt@example.org", dueOn: "2026-02-28", status: "done" },
      { item: 1, title: "Sprechstunde der Erziehungsberatung in Massen anfragen", centre: null, owner: "koordination@example.org", dueOn: "2026-03-31", status: "done" },
    ],
  },
  {
    title: "Arbeitskreis Familienzentren",
    date: "2026-03-18",
    start: "14:00",
    end: "16:30",
    place: "Familienzentrum Regenbogen",
    host: "regenbogen",
    status: "held",
    absent: ["loewenzahn"],
    townAttended: true,
    items: [
      {
        title: "Ergebnisse der Elternbefragung",
        minutes: "Eltern wünschen mehr Angebote am Nachmittag und für Väter; Sprachförderung wird in mehreren Stadtteilen genannt.",
        decisions: "Die Koordination wertet die Befragung aus und stellt die Ergebnisse je Stadtteil vor.",
      },
      {
        title: "Überschneidungen in Massen",
        minutes: "Zwei Krabbelgruppen am Dienstagvormittag in Massen; beide gut besucht, aber mit ähnlicher Zielgruppe.",
        decisions: "Arche klärt mit dem Partnerzentrum, ob eine Gruppe auf den Nachmittag wechselt.",
      },
      {
        title: "Fortbildungen 2026",
        minutes: "Gemeinsame Fortbildung „Kinderschutz“ im Herbst geplant.",
      },
    ],
    actions: [
      { item: 0, title: "Elternbefragung auswerten und Ergebnisse je Stadtteil teilen", centre: null, owner: "koordination@example.org", dueOn: "2026-06-30", status: "done" },
      { item: 1, title: "Krabbelgruppen in Massen zeitlich entzerren", centre: "arche", owner: "leitung.arche@example.org", dueOn: "2026-12-18", status: "in-progress" },
      {
        item: 2,
        title: "Kooperationsvereinbarung mit der Grundschule erneuern",
        description: "Nachweis für die Rezertifizierung: die Vereinbarung läuft aus.",
        centre: "loewenzahn",
        owner: "leitung.loewenzahn@example.org",
        dueOn: "2026-10-31",
        status: "open",
      },
    ],
  },
  {
    title: "Arbeitskreis Familienzentren",
    date: "2026-09-23",
    start: "09:00",
    end: "12:00",
    place: "Rathaus Unna, Sitzungsraum 2",
    host: null,
    status: "held",
    absent: ["st-martin", "sternschnuppe"],
    townAttended: true,
    notes: "Das nächste Treffen findet im März 2027 im Familienzentrum Pusteblume statt.",
    items: [
      {
        title: "Überprüfung 2. Halbjahr 2026 vorbereiten",
        minutes: "Die Koordination stellt die Erfolgskriterien und den Ablauf der Selbsteinschätzung vor.",
        decisions: "Die Überprüfung wird im November geöffnet; Selbsteinschätzungen bis Ende Januar.",
      },
      {
        title: "Sprachförderangebote bündeln",
        minutes: "In Königsborn gibt es drei kleine Sprachangebote mit wenigen Teilnehmenden.",
        decisions: "Kunterbunt lädt die Anbieter zu einem gemeinsamen Sprachcafé ein.",
      },
      { title: "Termine 2027", minutes: "Treffen im März und September 2027." },
    ],
    actions: [
      { item: 1, title: "Gemeinsames Sprachcafé in Königsborn planen", centre: "kunterbunt", owner: "leitung.kunterbunt@example.org", dueOn: "2027-01-29", status: "open" },
      { item: 0, title: "Aushang zum Familienbildungsprogramm aktualisieren", centre: "arche", owner: "team.arche@example.org", dueOn: "2027-01-15", status: "open" },
    ],
  },
  {
    title: "Arbeitskreis Familienzentren",
    date: "2027-03-17",
    start: "14:00",
    end: "16:30",
    place: "Familienzentrum Pusteblume",
    host: "pusteblume",
    status: "planned",
    absent: [],
    townAttended: false,
    isPublic: true,
    items: [
      { title: "Ergebnisse der Überprüfung 2. Halbjahr 2026" },
      { title: "Angebotsplanung Sommer 2027" },
      { title: "Verschiedenes" },
    ],
    actions: [],
  },
];

/** Seeds the demo network's meetings; called by seedDemo after offerings and needs. */
export function seedDemoMeetings(db: Db, networkId: number): void {
  const centreRows = db.select({ id: centres.id, slug: centres.slug }).from(centres).where(eq(centres.networkId, networkId)).all();
  const centreId = new Map(centreRows.map((c) => [c.slug, c.id]));
  const userId = (email: string) => db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()?.id ?? null;
  const coordinator = userId("koordination@example.org");
  db.transaction((tx) => {
    for (const demo of demoMeetings) {
      const stamp = Date.parse(`${demo.date}T12:00:00Z`) - 30 * 86_400_000;
      const event = tx
        .insert(events)
        .values({
          networkId,
          centreId: demo.host ? centreId.get(demo.host)! : null,
          kind: "meeting",
          title: demo.title,
          description: "",
          date: demo.date,
          startTime: demo.start,
          endTime: demo.end,
          place: demo.place,
          isPublic: demo.isPublic ?? false,
          createdBy: coordinator,
          createdAt: stamp,
          updatedAt: stamp,
        })
        .returning()
        .get();
      const meeting = tx
        .insert(meetings)
        .values({
          networkId,
          eventId: event.id,
          status: demo.status,
          townInvited: true,
          townAttended: demo.townAttended,
          notes: demo.notes ?? "",
          createdBy: coordinator,
          createdAt: stamp,
          updatedAt: stamp,
        })
        .returning()
        .get();
      for (const centre of centreRows) {
        tx.insert(meetingCentres)
          .values({ meetingId: meeting.id, centreId: centre.id, invited: true, attended: demo.status === "held" && !demo.absent.includes(centre.slug) })
          .run();
      }
      const itemIds = demo.items.map(
        (item, index) =>
          tx
            .insert(meetingItems)
            .values({ meetingId: meeting.id, position: index + 1, title: item.title, minutes: item.minutes ?? "", decisions: item.decisions ?? "" })
            .returning()
            .get().id,
      );
      for (const action of demo.actions) {
        tx.insert(actions)
          .values({
            networkId,
            centreId: action.centre ? centreId.get(action.centre)! : null,
            title: action.title,
            description: action.description ?? "",
            ownerId: action.owner ? userId(action.owner) : null,
            dueOn: action.dueOn,
            status: action.status,
            meetingId: meeting.id,
            meetingItemId: itemIds[action.item] ?? null,
            createdBy: coordinator,
            createdAt: stamp,
            updatedAt: stamp,
          })
          .run();
      }
    }
  });
}
