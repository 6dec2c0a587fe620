// Download of one's own data (DSGVO Art. 15 and 20) as a JSON file.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireSignedIn } from "~/modules/accounts/actor.server";
import { personalData } from "~/modules/privacy/personal-data.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = requireSignedIn(request);
  const exported = personalData(actor.userId);
  if (!exported) throw new Response("Not found", { status: 404 });
  const day = exported.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(exported, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="familiennetz-meine-daten-${day}.json"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
