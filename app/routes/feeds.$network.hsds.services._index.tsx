// /feeds/<network>/hsds/services — HSDS 3.0 API: a page of complete service records (page, per_page).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { hsdsPage, publicBaseUrl } from "~/modules/guide/hsds.server";
import { guideNetwork } from "~/modules/guide/search.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const network = guideNetwork(params.network);
  const page = hsdsPage({ network, baseUrl: publicBaseUrl(request) }, new URL(request.url).searchParams);
  return new Response(JSON.stringify(page), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
