// Demo working-group meetings (Arbeitskreis) with agenda, attendance, minutes and action items.
// Three held meetings (one in each of the two closed review periods, one in the half-year under review now),
// one planned meeting about three months ahead (public in the feeds: title, date and place only) and
// actions from them: some done, one overdue, some open. Dates and years come from the demo calendar.
import { eq } from "drizzle-orm";
import type { Db } from "../client.server";
import { germanDay, germanMonth, type DemoCalendar } from "./demo-calendar";
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
  dueOn: keyof DemoCalendar["actionsDue"];
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

/** The meetings of the demo, dated by the demo calendar. */
function demoMeetings(calendar: DemoCalendar): DemoMeeting[] {
  const [first, second, third] = calendar.meetings.held;
  const planned = calendar.meetings.planned;
  const year = (iso: string) => iso.slice(0, 4);
  const nextYear = String(Number(year(third)) + 1);
  return [
    {
      title: "Arbeitskreis Familienzentren",
      date: first,
      start: "09:00",
      end: "11:30",
      place: "Rathaus Unna, Sitzungsraum 2",
      host: null,
      status: "held",
      absent: ["pusteblume", "sternschnuppe"],
      townAttended: true,
      notes: `Nächstes Treffen im ${germanMonth(second)} im Familienzentrum Regenbogen.`,
      items: [
        {
          title: "Berichte aus den Familienzentren",
          minutes: "Alle anwesenden Zentren berichten von einer hohen Nachfrage nach Elterncafés; zwei Zentren haben Wartelisten für Babykurse.",
        },
        {
          title: `Angebotsplanung ${year(second)} je Stadtteil`,
          minutes: "In Königsborn bieten zwei Zentren ein Elterncafé am selben Vormittag an. In Massen fehlt eine Erziehungsberatung vor Ort.",
          decisions: "Kunterbunt und Arche stimmen die Elterncafés in Königsborn ab. Die Stadt fragt bei der Erziehungsberatungsstelle eine Sprechstunde in Massen an.",
        },
        {
          title: `Rezertifizierung ${year(second)}: Erfahrungen teilen`,
          minutes: "Sonnenblume berichtet vom digitalen Verfahren; Nachweise zu Kooperationsvereinbarungen frühzeitig sammeln.",
        },
      ],
      actions: [
        { item: 1, title: "Elterncafés in Königsborn abstimmen und gemeinsamen Flyer erstellen", centre: "kunterbunt", owner: "leitung.kunterbunt@example.org", dueOn: "cafes", status: "done" },
        { item: 1, title: "Sprechstunde der Erziehungsberatung in Massen anfragen", centre: null, owner: "koordination@example.org", dueOn: "consultation", status: "done" },
      ],
    },
    {
      title: "Arbeitskreis Familienzentren",
      date: second,
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
          title: `Fortbildungen ${year(second)}`,
          minutes: "Gemeinsame Fortbildung „Kinderschutz“ im Herbst geplant.",
        },
      ],
      actions: [
        { item: 0, title: "Elternbefragung auswerten und Ergebnisse je Stadtteil teilen", centre: null, owner: "koordination@example.org", dueOn: "survey", status: "done" },
        { item: 1, title: "Krabbelgruppen in Massen zeitlich entzerren", centre: "arche", owner: "leitung.arche@example.org", dueOn: "toddlers", status: "in-progress" },
        {
          item: 2,
          title: "Kooperationsvereinbarung mit der Grundschule erneuern",
          description: "Nachweis für die Rezertifizierung: die Vereinbarung läuft aus.",
          centre: "loewenzahn",
          owner: "leitung.loewenzahn@example.org",
          dueOn: "agreement",
          status: "open",
        },
      ],
    },
    {
      title: "Arbeitskreis Familienzentren",
      date: third,
      start: "09:00",
      end: "12:00",
      place: "Rathaus Unna, Sitzungsraum 2",
      host: null,
      status: "held",
      absent: ["st-martin", "sternschnuppe"],
      townAttended: true,
      notes: `Das nächste Treffen findet im ${germanMonth(planned)} im Familienzentrum Pusteblume statt.`,
      items: [
        {
          title: `Überprüfung ${calendar.cycles.next.title} vorbereiten`,
          minutes: "Die Koordination stellt die Erfolgskriterien und den Ablauf der Selbsteinschätzung vor.",
          decisions: `Die Koordination öffnet die Überprüfung rechtzeitig; Selbsteinschätzungen bis ${germanDay(calendar.cycles.next.due)}.`,
        },
        {
          title: "Sprachförderangebote bündeln",
          minutes: "In Königsborn gibt es drei kleine Sprachangebote mit wenigen Teilnehmenden.",
          decisions: "Kunterbunt lädt die Anbieter zu einem gemeinsamen Sprachcafé ein.",
        },
        { title: `Termine ${nextYear}`, minutes: `Nächstes Treffen im ${germanMonth(planned)}.` },
      ],
      actions: [
        { item: 1, title: "Gemeinsames Sprachcafé in Königsborn planen", centre: "kunterbunt", owner: "leitung.kunterbunt@example.org", dueOn: "languageCafe", status: "open" },
        { item: 0, title: "Aushang zum Familienbildungsprogramm aktualisieren", centre: "arche", owner: "team.arche@example.org", dueOn: "notice", status: "open" },
      ],
    },
    {
      title: "Arbeitskreis Familienzentren",
      date: planned,
      start: "14:00",
      end: "16:30",
      place: "Familienzentrum Pusteblume",
      host: "pusteblume",
      status: "planned",
      absent: [],
      townAttended: false,
      isPublic: true,
      items: [
        { title: `Ergebnisse der Überprüfung ${calendar.cycles.next.title}` },
        { title: `Angebotsplanung Sommer ${Number(planned.slice(5, 7)) <= 6 ? year(planned) : Number(year(planned)) + 1}` },
        { title: "Verschiedenes" },
      ],
      actions: [],
    },
  ];
}

/** Seeds the demo network's meetings; called by seedDemo after offerings and needs. */
export function seedDemoMeetings(db: Db, networkId: number, calendar: DemoCalendar): void {
  const centreRows = db.select({ id: centres.id, slug: centres.slug }).from(centres).where(eq(centres.networkId, networkId)).all();
  const centreId = new Map(centreRows.map((c) => [c.slug, c.id]));
  const userId = (email: string) => db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()?.id ?? null;
  const coordinator = userId("koordination@example.org");
  db.transaction((tx) => {
    // Entered a month before the meeting, or a few days ago for one planned at short notice: never in the future.
    const latestStamp = Date.parse(`${calendar.today}T08:00:00Z`) - 3 * 86_400_000;
    for (const demo of demoMeetings(calendar)) {
      const stamp = Math.min(Date.parse(`${demo.date}T12:00:00Z`) - 30 * 86_400_000, latestStamp);
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
            dueOn: calendar.actionsDue[action.dueOn],
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
