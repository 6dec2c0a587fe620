// Display helpers shared by the network pages (server and browser render the same text).
import type { MetaDescriptor } from "@remix-run/react";
import { registeredTranslator } from "~/modules/i18n/registry";
import type { Locale, MessageKey, TranslateVars } from "~/modules/i18n/translate";

const intlLocale = (locale: Locale) => (locale === "en" ? "en-GB" : "de-DE");

/** A calendar date (YYYY-MM-DD) as the locale writes it, e.g. 01.08.2023. */
export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return "";
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

export function formatNumber(value: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(value);
}

export function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, locale, 0)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), locale, 1)} MB`;
}

interface MatchWithData {
  id: string;
  data: unknown;
}

/** A translated page title, in the language of the root loader's locale. */
export function pageTitle(matches: readonly MatchWithData[], key: MessageKey, vars?: TranslateVars): MetaDescriptor[] {
  const root = matches.find((m) => m.id === "root")?.data as { locale?: Locale } | undefined;
  const t = registeredTranslator(root?.locale ?? "de");
  return [{ title: `${t(key, vars)} – familiennetz` }];
}

/** A page title that is a name (of a centre, partner …). */
export function namedTitle(name: string | undefined): MetaDescriptor[] {
  return [{ title: name ? `${name} – familiennetz` : "familiennetz" }];
}
