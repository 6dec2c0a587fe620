import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine } from "./ical";

describe("foldLine", () => {
  it("keeps every physical line within 75 octets without splitting characters", () => {
    const line = `DESCRIPTION:${"Grüße aus dem Familienzentrum Löwenzahn – ".repeat(8)}`;
    const folded = foldLine(line);
    for (const physical of folded.split("\r\n")) expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
    expect(folded.split("\r\n").map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
  });
});

describe("escapeText", () => {
  it("escapes separators and newlines", () => {
    expect(escapeText("a;b,c\\d\ne")).toBe("a\\;b\\,c\\\\d\\ne");
  });
});

describe("buildCalendar", () => {
  const ics = buildCalendar({
    name: "Familienzentrum Arche",
    now: new Date("2026-11-23T10:00:00Z"),
    events: [
      {
        uid: "offering-42@familiennetz",
        summary: "Babymassage, für Eltern; mit Baby",
        description: "Sanfte Massage.\nMehr: https://example.org/o/42",
        url: "https://example.org/o/42",
        location: "Kleistraße 12, 59423 Unna",
        date: "2026-11-03",
        start: "09:30",
        end: "10:30",
        weekly: { days: ["TU"], until: "2026-12-22" },
        exdates: ["2026-11-17"],
      },
    ],
  });

  it("parses with ical.js and expands the weekly rule without the cancelled date", () => {
    const component = new ICAL.Component(ICAL.parse(ics));
    const vevent = component.getFirstSubcomponent("vevent")!;
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe("Babymassage, für Eltern; mit Baby");
    expect(event.uid).toBe("offering-42@familiennetz");
    expect(vevent.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Berlin");
    const iterator = event.iterator();
    const dates: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) dates.push(next.toString().slice(0, 10));
    expect(dates).toEqual(["2026-11-03", "2026-11-10", "2026-11-24", "2026-12-01", "2026-12-08", "2026-12-15", "2026-12-22"]);
  });

  it("uses CRLF, a VTIMEZONE and a UTC UNTIL", () => {
    expect(ics).toContain("\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n");
    expect(ics).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261222T225959Z/);
    expect(ics).toContain("EXDATE;TZID=Europe/Berlin:20261117T093000");
    expect(ics).toContain("DTSTAMP:20261123T100000Z");
  });
});

describe("stamps", () => {
  it("stamps every event with the time the feed is made and never lets LAST-MODIFIED run ahead of it", () => {
    const event = { uid: "event-1@familiennetz", summary: "Treffen", date: "2027-03-17", start: "14:00", end: "16:30" };
    const ics = buildCalendar({
      name: "Netzwerk",
      now: new Date("2026-12-07T23:00:00Z"),
      events: [
        { ...event, lastModified: new Date("2026-10-01T08:00:00Z") },
        { ...event, uid: "event-2@familiennetz", lastModified: new Date("2027-02-15T12:00:00Z") },
      ],
    });
    expect(ics.match(/^DTSTAMP:.*$/gm)).toEqual(["DTSTAMP:20261207T230000Z", "DTSTAMP:20261207T230000Z"]);
    expect(ics.match(/^LAST-MODIFIED:.*$/gm)).toEqual(["LAST-MODIFIED:20261001T080000Z", "LAST-MODIFIED:20261207T230000Z"]);
  });
});
