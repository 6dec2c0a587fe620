import { describe, expect, it } from "vitest";
import { evidenceState, itemState, readiness, textBar, trainingTooOld } from "./readiness";

const period = { from: "2026-01-01", to: "2026-12-31" };
const base = { evidenceDate: null, isTraining: false };

describe("evidence validity", () => {
  it("counts a training certificate for seven years up to the end of the review year", () => {
    expect(trainingTooOld("2020-01-01", period)).toBe(false);
    expect(trainingTooOld("2019-12-31", period)).toBe(false);
    expect(trainingTooOld("2019-12-30", period)).toBe(true);
    expect(evidenceState({ ...base, kind: "document", evidenceDate: "2018-05-14", isTraining: true }, period)).toBe("training-old");
    // The same date on a document that is not a training certificate is fine.
    expect(evidenceState({ ...base, kind: "document", evidenceDate: "2018-05-14" }, period)).toBe("valid");
  });

  it("flags agreements that end before the end of the review year", () => {
    expect(evidenceState({ ...base, kind: "agreement", agreementEndsOn: "2026-12-30" }, period)).toBe("agreement-expires");
    expect(evidenceState({ ...base, kind: "agreement", agreementEndsOn: "2026-12-31" }, period)).toBe("valid");
    expect(evidenceState({ ...base, kind: "agreement", agreementEndsOn: null }, period)).toBe("valid");
  });

  it("needs offerings held, meetings held and self-assessments submitted within the review year", () => {
    expect(evidenceState({ ...base, kind: "offering", heldInPeriod: false }, period)).toBe("outside-period");
    expect(evidenceState({ ...base, kind: "offering", heldInPeriod: true }, period)).toBe("valid");
    expect(evidenceState({ ...base, kind: "meeting", date: "2026-05-01", done: false }, period)).toBe("not-done");
    expect(evidenceState({ ...base, kind: "meeting", date: "2025-05-01", done: true }, period)).toBe("outside-period");
    expect(evidenceState({ ...base, kind: "assessment", date: "2026-06-30", done: true }, period)).toBe("valid");
  });
});

describe("readiness", () => {
  it("counts active items with at least one valid piece of evidence, per area and overall", () => {
    const result = readiness([
      { areaId: 1, retired: false, states: ["valid"] },
      { areaId: 1, retired: false, states: ["training-old"] },
      { areaId: 1, retired: true, states: ["valid"] },
      { areaId: 2, retired: false, states: [] },
      { areaId: 2, retired: false, states: ["agreement-expires", "valid"] },
    ]);
    expect(result.overall).toEqual({ ready: 2, total: 4, percent: 50 });
    expect(result.byArea.get(1)).toEqual({ ready: 1, total: 2, percent: 50 });
    expect(result.byArea.get(2)).toEqual({ ready: 1, total: 2, percent: 50 });
  });

  it("tells covered, flagged and open items apart and draws a text bar", () => {
    expect(itemState(["valid", "outside-period"])).toBe("ready");
    expect(itemState(["outside-period"])).toBe("flagged");
    expect(itemState([])).toBe("missing");
    expect(textBar(40)).toBe("■■■■□□□□□□");
    expect(textBar(0)).toBe("□□□□□□□□□□");
    expect(textBar(100)).toBe("■■■■■■■■■■");
  });
});
