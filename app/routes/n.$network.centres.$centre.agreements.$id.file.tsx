// Download of an agreement's file: members of the network only, always as an attachment.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/modules/accounts/actor.server";
import { centreAccess, idParam } from "~/modules/network/access.server";
import { getAgreement } from "~/modules/network/agreements.server";
import { downloadResponse, readUpload } from "~/modules/uploads/uploads.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { centre } = centreAccess(request, params, "read:network");
  const agreement = getAgreement(centre.id, idParam(params.id));
  if (!agreement.fileKey || !agreement.fileName || !agreement.fileType) notFound();
  const bytes = (await readUpload(agreement.fileKey)) ?? notFound();
  return downloadResponse(bytes, { name: agreement.fileName, type: agreement.fileType });
}
