// Download of an evidence document: members of the network only, always as an attachment.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/modules/accounts/actor.server";
import { idParam, networkAccess } from "~/modules/network/access.server";
import { getDocument } from "~/modules/reviews/evidence.server";
import { downloadResponse, readUpload } from "~/modules/uploads/uploads.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "read:network");
  const document = getDocument(network.id, idParam(params.id)) ?? notFound();
  const bytes = (await readUpload(document.fileKey)) ?? notFound();
  return downloadResponse(bytes, { name: document.fileName, type: document.fileType });
}
