import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { CentreForm } from "~/components/network/centre-form";
import { DeleteSection } from "~/components/network/fields";
import { useFocusFirstInvalid } from "~/components/ui/form";
import { requirePermission } from "~/modules/accounts/actor.server";
import { useT } from "~/modules/i18n/use-t";
import { centreAccess } from "~/modules/network/access.server";
import { centreFormValues, deleteCentre, updateCentre } from "~/modules/network/centres.server";
import { pageTitle } from "~/modules/network/format";
import { deleteConfirmed, intentOf, replyDeleteUnconfirmed, replyInvalid } from "~/modules/network/replies.server";
import { centreSchema } from "~/modules/network/schemas";
import { listAgreementsForCentres, listNeighbourhoods } from "~/modules/network/structure.server";
import { can } from "~/modules/permissions/permissions";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "centre.editTitle", { name: data?.centre.name ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, centre, actor } = centreAccess(request, params, "update:centre");
  return {
    network: { slug: network.slug },
    centre: { slug: centre.slug, name: centre.name },
    values: centreFormValues(centre),
    neighbourhoods: listNeighbourhoods(network.id).map(({ id, name }) => ({ id, name })),
    canDelete: can(actor, "manage:network", { networkId: network.id }),
    agreementCount: listAgreementsForCentres([centre.id]).length,
  };
}

/** Centre and network come from the URL only; ids in the form are checked against this network. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { network, centre, actor } = centreAccess(request, params, "update:centre");
  const formData = await request.formData();
  if (intentOf(formData) === "delete") {
    requirePermission(request, "manage:network", { networkId: network.id });
    if (!deleteConfirmed(formData)) return replyDeleteUnconfirmed();
    await deleteCentre(actor, centre);
    throw redirect(`/n/${network.slug}?done=deleted`);
  }
  const submission = parseWithZod(formData, { schema: centreSchema });
  if (submission.status !== "success") return replyInvalid(submission.reply());
  const updated = updateCentre(actor, centre, submission.value);
  if (!updated.ok) return replyInvalid(submission.reply({ fieldErrors: updated.fieldErrors }));
  throw redirect(`/n/${network.slug}/centres/${centre.slug}?done=saved`);
}

export default function EditCentre() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);
  const centrePath = `/n/${data.network.slug}/centres/${data.centre.slug}`;
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6">{t("centre.editTitle", { name: data.centre.name })}</h1>
      <CentreForm
        lastResult={actionData?.result}
        defaultValue={data.values}
        neighbourhoods={data.neighbourhoods}
        intent="update"
        cancelTo={centrePath}
      />
      {data.canDelete ? (
        <DeleteSection
          title={t("centre.deleteTitle")}
          explanation={t("centre.deleteExplain", { agreements: data.agreementCount })}
          confirmLabel={t("centre.deleteConfirm")}
          error={actionData?.deleteError}
        />
      ) : null}
    </div>
  );
}
