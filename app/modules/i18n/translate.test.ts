import { describe, expect, it } from "vitest";
import { messagesDe, messagesEn } from "./messages";
import { negotiateLocale, translator } from "./translate";

describe("negotiateLocale", () => {
  it("defaults to German", () => {
    expect(negotiateLocale(null)).toBe("de");
    expect(negotiateLocale("fr-FR,fr;q=0.9")).toBe("de");
  });
  it("honours quality values and regions", () => {
    expect(negotiateLocale("en-GB,en;q=0.9,de;q=0.8")).toBe("en");
    expect(negotiateLocale("fr;q=1, de;q=0.5, en;q=0.7")).toBe("en");
    expect(negotiateLocale("de-AT")).toBe("de");
    expect(negotiateLocale("en;q=0")).toBe("de");
  });
});

describe("translator", () => {
  it("fills in variables", () => {
    expect(translator("de")("login.limited", { minutes: 3 })).toContain("in 3 Minuten");
    expect(translator("en")("login.limited", { minutes: 3 })).toContain("in 3 minutes");
  });
  it("has an English text for every German one", () => {
    for (const key of Object.keys(messagesDe) as (keyof typeof messagesDe)[]) {
      expect(messagesEn[key], key).toBeTruthy();
    }
  });
});
