import { getSignedIn } from "~/modules/accounts/actor.server";
import { resolveLocale } from "./locale.server";
import { translator, type Locale, type Translate } from "./translate";

/** Locale and translator for a request, honouring the signed-in person's saved language. */
export function requestI18n(request: Request): { locale: Locale; t: Translate } {
  const locale = resolveLocale(request, getSignedIn(request)?.locale);
  return { locale, t: translator(locale) };
}
