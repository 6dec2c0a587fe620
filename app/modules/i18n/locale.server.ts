import { isLocale, negotiateLocale, type Locale } from "./translate";

export const languageCookieName = "fn_lang";

function cookieValue(request: Request, name: string): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

/** The person's saved choice, then the language cookie, then Accept-Language; German by default. */
export function resolveLocale(request: Request, userLocale?: string | null): Locale {
  if (isLocale(userLocale)) return userLocale;
  const fromCookie = cookieValue(request, languageCookieName);
  if (isLocale(fromCookie)) return fromCookie;
  return negotiateLocale(request.headers.get("Accept-Language"));
}

export function languageCookie(locale: Locale): string {
  const secure = process.env.NODE_ENV === "production" ? "; Secure" : "";
  return `${languageCookieName}=${locale}; Path=/; Max-Age=${365 * 24 * 3600}; SameSite=Lax${secure}`;
}
