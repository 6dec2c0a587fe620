// The dictionaries the UI renders with (useT, page titles). The server registers every message at start
// (entry.server.tsx). The browser starts with the core and guide messages only, so that the public family
// guide ships little JavaScript; every other page loads the rest (all areas, both languages) before it
// hydrates (entry.client.tsx), and a navigation away from the guide loads it on the way (root.tsx).
import { coreMessages } from "./messages/core";
import { guideMessages } from "./messages/guide";
import type { MessageKey } from "./messages";
import type { Locale, Translate, TranslateVars } from "./translate";

type Dictionary = Partial<Record<MessageKey, string>>;

const dictionaries: Record<Locale, Dictionary> = {
  de: { ...coreMessages.de, ...guideMessages.de },
  en: { ...coreMessages.en, ...guideMessages.en },
};
let complete = false;
let loading: Promise<void> | null = null;

export function registerAllMessages(de: Record<MessageKey, string>, en: Record<MessageKey, string>) {
  dictionaries.de = de;
  dictionaries.en = en;
  complete = true;
}

export function hasAllMessages(): boolean {
  return complete;
}

/** Loads every area's messages (a chunk of its own in the browser); resolves at once when they are there. */
export function loadAllMessages(): Promise<void> {
  if (complete) return Promise.resolve();
  loading ??= import("./messages").then((m) => registerAllMessages(m.messagesDe, m.messagesEn));
  return loading;
}

/** Pages whose browser code needs only the core and guide messages: the public family guide. */
export function isPublicGuidePath(pathname: string): boolean {
  return pathname === "/" || pathname.startsWith("/guide/");
}

export function interpolate(template: string, vars?: TranslateVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** A translator over the registered messages; `onMissing` hears of keys not loaded yet (shown as the key). */
export function registeredTranslator(locale: Locale, onMissing?: () => void): Translate {
  const dict = dictionaries[locale];
  const fallback = dictionaries.de;
  return (key, vars) => {
    const template = dict[key] ?? fallback[key];
    if (template === undefined) {
      onMissing?.();
      return key;
    }
    return interpolate(template, vars);
  };
}
