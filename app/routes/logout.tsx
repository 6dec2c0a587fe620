import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getSignedIn } from "~/modules/accounts/actor.server";
import { blankSessionCookie, invalidateSession } from "~/modules/accounts/sessions.server";

export async function loader() {
  // Signing out changes state, so it only happens by POST.
  throw redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const signedIn = getSignedIn(request);
  if (signedIn) invalidateSession(signedIn.session.id);
  throw redirect("/login", { headers: { "Set-Cookie": blankSessionCookie() } });
}
