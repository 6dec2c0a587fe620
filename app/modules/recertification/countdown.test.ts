import { describe, expect, it } from "vitest";
import { addMonths, daysUntil } from "~/modules/time/dates";
import { countdown, countdownMessage, monthsUntil, reviewYear, warningLevel } from "./countdown";

describe("certificate countdown", () => {
  it("counts whole months and days until the certificate ends", () => {
    expect(monthsUntil("2026-11-23", "2027-07-31")).toBe(8);
    expect(monthsUntil("2026-11-23", "2026-12-22")).toBe(0);
    expect(monthsUntil("2026-11-23", "2026-12-23")).toBe(1);
    expect(daysUntil("2026-11-23", "2026-12-01")).toBe(8);
    expect(daysUntil("2026-11-23", "2026-11-20")).toBe(-3);
  });

  it("adds months at month ends without overflowing", () => {
    expect(addMonths("2027-08-31", -6)).toBe("2027-02-28");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2027-07-31", -18)).toBe("2026-01-31");
  });

  it("reviews the year before the certificate ends unless a year is set", () => {
    expect(reviewYear("2027-07-31", null)).toBe(2026);
    expect(reviewYear("2027-07-31", 2025)).toBe(2025);
    expect(reviewYear(null, null)).toBeNull();
  });

  it("reaches the warning levels at 18, 12 and 6 months, and expired after the last day", () => {
    expect(warningLevel("2026-11-23", "2028-07-31")).toBeNull();
    expect(warningLevel("2026-11-23", "2028-01-31")).toBe(18);
    expect(warningLevel("2026-11-23", "2027-07-31")).toBe(12);
    expect(warningLevel("2026-11-23", "2027-01-31")).toBe(6);
    expect(warningLevel("2026-11-23", "2027-05-23")).toBe(6);
    expect(warningLevel("2026-11-23", "2027-05-24")).toBe(12);
    expect(warningLevel("2026-11-23", "2026-11-23")).toBe(6);
    expect(warningLevel("2026-11-24", "2026-11-23")).toBe("expired");
    expect(warningLevel("2026-11-23", null)).toBeNull();
  });

  it("words the countdown: 'läuft ab in 8 Monaten' as a message with its count", () => {
    expect(countdownMessage(countdown("2026-11-23", "2027-07-31", null))).toEqual({ key: "recert.countdown.months", vars: { count: 8 } });
    expect(countdownMessage(countdown("2026-11-23", "2026-12-01", null))).toEqual({ key: "recert.countdown.days", vars: { count: 8 } });
    expect(countdownMessage(countdown("2026-11-23", "2026-11-24", null))).toEqual({ key: "recert.countdown.day", vars: { count: 1 } });
    expect(countdownMessage(countdown("2026-11-23", "2026-11-13", null))).toEqual({ key: "recert.countdown.expired", vars: { count: 10 } });
    expect(countdownMessage(countdown("2026-11-23", null, null)).key).toBe("recert.countdown.none");
  });
});
