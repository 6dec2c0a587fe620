// Download of an uploaded recertification document: members of the network only; a centre's own
// documents for its members and the coordinator, shared examples for every member. Always an attachment.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { forbidden, notFound } from "~/modules/accounts/actor.server";
import { idParam, networkAccess } from "~/modules/network/access.server";
import { can } from "~/modules/permissions/permissions";
import { evidenceFile, getEvidence } from "~/modules/recertification/evidence.server";
import { downloadResponse, readUpload } from "~/modules/uploads/uploads.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const evidence = getEvidence(network.id, idParam(params.id));
  if (evidence.sharedAt === null && !can(actor, "collect:evidence", { networkId: network.id, centreId: evidence.centreId })) forbidden();
  const document = evidenceFile(evidence) ?? notFound();
  const bytes = (await readUpload(document.fileKey)) ?? notFound();
  return downloadResponse(bytes, { name: document.fileName, type: document.fileType });
}
