// /feeds/<network>/hsds/services/<uuid> — HSDS 3.0 API: one fully nested service record.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/modules/accounts/actor.server";
import { hsdsServiceById, publicBaseUrl } from "~/modules/guide/hsds.server";
import { guideNetwork } from "~/modules/guide/search.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const network = guideNetwork(params.network);
  const service = hsdsServiceById({ network, baseUrl: publicBaseUrl(request) }, params.id ?? "") ?? notFound();
  return new Response(JSON.stringify(service), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
