import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { users } from "@db/schema";
import { getSignedIn } from "~/modules/accounts/actor.server";
import { safeRedirect } from "~/modules/accounts/redirect";
import { languageCookie } from "~/modules/i18n/locale.server";
import { isLocale } from "~/modules/i18n/translate";

export async function loader() {
  throw redirect("/");
}

/** Switches the UI language: saved on the account when signed in, and in a cookie for visitors. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const locale = form.get("locale");
  const back = safeRedirect(form.get("redirectTo"));
  if (!isLocale(locale)) throw redirect(back);
  const signedIn = getSignedIn(request);
  if (signedIn) getDb().update(users).set({ locale }).where(eq(users.id, signedIn.actor.userId)).run();
  throw redirect(back, { headers: { "Set-Cookie": languageCookie(locale) } });
}
