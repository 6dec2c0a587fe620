import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { NeighbourhoodForm } from "~/components/network/neighbourhood-form";
import { useFocusFirstInvalid } from "~/components/ui/form";
import { useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import { createNeighbourhood, maxGeoJsonFileBytes, resolveOutline } from "~/modules/network/neighbourhoods.server";
import { replyFormError, replyInvalid } from "~/modules/network/replies.server";
import { neighbourhoodSchema } from "~/modules/network/schemas";
import { chosenFile, readForm } from "~/modules/uploads/uploads.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "neighbourhood.newTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "manage:network");
  return { network: { slug: network.slug } };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "manage:network");
  const read = await readForm(request, maxGeoJsonFileBytes);
  if (!read.ok) return replyFormError("geojson.tooLarge", 413);
  const submission = parseWithZod(read.formData, { schema: neighbourhoodSchema });
  if (submission.status !== "success") return replyInvalid(submission.reply());
  const outline = await resolveOutline(submission.value.geojson, chosenFile(read.formData.get("geojsonFile")));
  if (!outline.ok) return replyInvalid(submission.reply({ fieldErrors: outline.fieldErrors }));
  const created = createNeighbourhood(actor, network.id, submission.value, outline.geojson);
  if (!created.ok) return replyInvalid(submission.reply({ fieldErrors: created.fieldErrors }));
  throw redirect(`/n/${network.slug}?done=created`);
}

export default function NewNeighbourhood() {
  const { network } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6">{t("neighbourhood.newTitle")}</h1>
      <NeighbourhoodForm lastResult={actionData?.result} formError={actionData?.formError} cancelTo={`/n/${network.slug}`} />
    </div>
  );
}
