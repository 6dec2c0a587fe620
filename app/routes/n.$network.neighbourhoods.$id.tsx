import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { DeleteSection } from "~/components/network/fields";
import { NeighbourhoodForm } from "~/components/network/neighbourhood-form";
import { useFocusFirstInvalid } from "~/components/ui/form";
import { useT } from "~/modules/i18n/use-t";
import { idParam, networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import {
  deleteNeighbourhood,
  getNeighbourhood,
  maxGeoJsonFileBytes,
  neighbourhoodUsage,
  resolveOutline,
  updateNeighbourhood,
} from "~/modules/network/neighbourhoods.server";
import { deleteConfirmed, intentOf, replyDeleteUnconfirmed, replyFormError, replyInvalid } from "~/modules/network/replies.server";
import { neighbourhoodSchema } from "~/modules/network/schemas";
import { chosenFile, readForm } from "~/modules/uploads/uploads.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "neighbourhood.editTitle", { name: data?.neighbourhood.name ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "manage:network");
  const neighbourhood = getNeighbourhood(network.id, idParam(params.id));
  return {
    network: { slug: network.slug },
    neighbourhood: {
      name: neighbourhood.name,
      population: neighbourhood.population === null ? "" : String(neighbourhood.population),
      geojson: neighbourhood.geojson ?? "",
    },
    usage: neighbourhoodUsage(neighbourhood.id),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "manage:network");
  const neighbourhood = getNeighbourhood(network.id, idParam(params.id));
  const read = await readForm(request, maxGeoJsonFileBytes);
  if (!read.ok) return replyFormError("geojson.tooLarge", 413);
  const formData = read.formData;
  if (intentOf(formData) === "delete") {
    if (!deleteConfirmed(formData)) return replyDeleteUnconfirmed();
    deleteNeighbourhood(actor, neighbourhood);
    throw redirect(`/n/${network.slug}?done=deleted`);
  }
  const submission = parseWithZod(formData, { schema: neighbourhoodSchema });
  if (submission.status !== "success") return replyInvalid(submission.reply());
  const outline = await resolveOutline(submission.value.geojson, chosenFile(formData.get("geojsonFile")));
  if (!outline.ok) return replyInvalid(submission.reply({ fieldErrors: outline.fieldErrors }));
  const updated = updateNeighbourhood(actor, neighbourhood, submission.value, outline.geojson);
  if (!updated.ok) return replyInvalid(submission.reply({ fieldErrors: updated.fieldErrors }));
  throw redirect(`/n/${network.slug}?done=saved`);
}

export default function EditNeighbourhood() {
  const { network, neighbourhood, usage } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6">{t("neighbourhood.editTitle", { name: neighbourhood.name })}</h1>
      <NeighbourhoodForm
        lastResult={actionData?.result}
        formError={actionData?.formError}
        defaultValue={neighbourhood}
        intent="update"
        cancelTo={`/n/${network.slug}`}
      />
      <DeleteSection
        title={t("neighbourhood.deleteTitle")}
        explanation={t("neighbourhood.deleteExplain", usage)}
        confirmLabel={t("neighbourhood.deleteConfirm")}
        error={actionData?.deleteError}
      />
    </div>
  );
}
