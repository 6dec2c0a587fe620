import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data as reply, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { FlagListPage } from "~/components/overlaps/flag-parts";
import { networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import { overlapListPage } from "~/modules/overlaps/pages.server";
import { decideFromReview } from "~/modules/overlaps/review.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "overlaps.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  return overlapListPage(request, network, actor);
}

/** A decision from the "Bitte prüfen" list (coordinator, leads of one of the pair's centres). */
export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const formData = await request.formData();
  if (formData.get("intent") !== "review") throw new Response("Bad Request", { status: 400, statusText: "Bad Request" });
  const result = decideFromReview(actor, network.id, formData);
  if (!result.ok) return reply({ errors: result.errors }, { status: result.status });
  throw redirect(`/n/${network.slug}/overlaps?done=reviewed`);
}

export default function Overlaps() {
  return <FlagListPage data={useLoaderData<typeof loader>()} />;
}
