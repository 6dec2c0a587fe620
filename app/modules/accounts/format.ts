// Small pure helpers for showing account data: dates in Europe/Berlin and a browser name from a user agent.
import type { Locale } from "~/modules/i18n/translate";

export const timeZone = "Europe/Berlin";

function intlLocale(locale: Locale): string {
  return locale === "en" ? "en-GB" : "de-DE";
}

/** Date and time in Berlin, formatted on the server so that the client hydrates the same text. */
export function formatDateTime(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone, dateStyle: "medium", timeStyle: "short" }).format(ms);
}

export function formatDate(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone, dateStyle: "long" }).format(ms);
}

const browsers: [RegExp, string][] = [
  [/\bEdgA?\/\d/, "Edge"],
  [/\b(OPR|Opera)\/\d/, "Opera"],
  [/\bSamsungBrowser\/\d/, "Samsung Internet"],
  [/\b(Firefox|FxiOS)\/\d/, "Firefox"],
  [/\bCriOS\/\d/, "Chrome"],
  [/\bChromium\/\d/, "Chromium"],
  [/\b(HeadlessChrome|Chrome)\/\d/, "Chrome"],
  [/\bVersion\/[\d.]+.*Safari\/\d/, "Safari"],
];

const systems: [RegExp, string][] = [
  [/\b(iPhone|iPad|iPod)\b/, "iOS"],
  [/\bAndroid\b/, "Android"],
  [/\bWindows\b/, "Windows"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bLinux\b/, "Linux"],
];

/** "Firefox · Windows" for a user agent string, or null when neither part is recognised. */
export function describeUserAgent(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  const browser = browsers.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (!browser && !system) return null;
  return [browser, system].filter(Boolean).join(" · ");
}
