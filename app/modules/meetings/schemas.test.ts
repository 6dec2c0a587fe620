import { describe, expect, it } from "vitest";
import { agendaLines, newMeetingSchema } from "./schemas";

describe("agenda lines", () => {
  it("takes one item per line, without list markers and empty lines", () => {
    expect(agendaLines("Begrüßung\r\n- Berichte\n\n  2) Termine  \n• Verschiedenes\n")).toEqual(["Begrüßung", "Berichte", "Termine", "Verschiedenes"]);
    expect(agendaLines(undefined)).toEqual([]);
  });

  it("limits the agenda to 30 items", () => {
    const base = { title: "AK", date: "2027-01-13", startTime: "09:00", endTime: "10:00", host: "network", invitedCentreIds: [1] };
    expect(newMeetingSchema.safeParse({ ...base, agenda: Array.from({ length: 30 }, (_, i) => `Punkt ${i}`).join("\n") }).success).toBe(true);
    const tooMany = newMeetingSchema.safeParse({ ...base, agenda: Array.from({ length: 31 }, (_, i) => `Punkt ${i}`).join("\n") });
    expect(tooMany.success).toBe(false);
    expect(tooMany.error?.issues[0]?.message).toBe("meetings.agendaTooMany");
  });
});
