// Resource route for the offering form: similar offerings already in the draft's neighbourhood (GET with
// the form's fields; `centre` (slug) for a new offering, `offering` (id) when editing one).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { networkAccess } from "~/modules/network/access.server";
import { findOffering } from "~/modules/offerings/offerings.server";
import { centreBySlug, similarOfferings } from "~/modules/overlaps/similar.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "read:network");
  const query = new URL(request.url).searchParams;
  const offeringId = Number(query.get("offering"));
  const offering = Number.isInteger(offeringId) && offeringId > 0 ? findOffering(network.id, offeringId) : null;
  const centre = offering ? { id: offering.centreId } : centreBySlug(network.id, query.get("centre"));
  if (!centre) return { items: [] };
  return { items: similarOfferings(request, network, centre.id, query, offering?.id) };
}
