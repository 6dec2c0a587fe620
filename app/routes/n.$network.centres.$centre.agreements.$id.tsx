import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AgreementForm } from "~/components/network/agreement-form";
import { DeleteSection } from "~/components/network/fields";
import { useFocusFirstInvalid } from "~/components/ui/form";
import { useT } from "~/modules/i18n/use-t";
import { centreAccess, idParam } from "~/modules/network/access.server";
import { parseAgreementForm } from "~/modules/network/agreement-form.server";
import { deleteAgreement, getAgreement, partnerOptions, updateAgreement } from "~/modules/network/agreements.server";
import { pageTitle } from "~/modules/network/format";
import { deleteConfirmed, intentOf, replyDeleteUnconfirmed, replyFormError, replyInvalid } from "~/modules/network/replies.server";
import { readForm } from "~/modules/uploads/uploads.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "agreement.editTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, centre } = centreAccess(request, params, "manage:agreement");
  const agreement = getAgreement(centre.id, idParam(params.id));
  const centrePath = `/n/${network.slug}/centres/${centre.slug}`;
  return {
    centre: { name: centre.name, path: centrePath },
    values: { partnerId: String(agreement.partnerId), startsOn: agreement.startsOn, endsOn: agreement.endsOn ?? "" },
    currentFile:
      agreement.fileKey && agreement.fileName
        ? { name: agreement.fileName, size: agreement.fileSize ?? 0, href: `${centrePath}/agreements/${agreement.id}/file` }
        : null,
    partners: partnerOptions(network.id),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, centre, actor } = centreAccess(request, params, "manage:agreement");
  const agreement = getAgreement(centre.id, idParam(params.id));
  const read = await readForm(request);
  if (!read.ok) return replyFormError(read.error, 413);
  const centrePath = `/n/${network.slug}/centres/${centre.slug}`;
  if (intentOf(read.formData) === "delete") {
    if (!deleteConfirmed(read.formData)) return replyDeleteUnconfirmed();
    await deleteAgreement(actor, centre, agreement);
    throw redirect(`${centrePath}?done=deleted`);
  }
  const parsed = await parseAgreementForm(read.formData);
  if (!parsed.ok) return replyInvalid(parsed.result);
  const updated = await updateAgreement(actor, centre, agreement, parsed.value, parsed.upload);
  if (!updated.ok) return replyInvalid(parsed.submission.reply({ fieldErrors: updated.fieldErrors }));
  throw redirect(`${centrePath}?done=saved`);
}

export default function EditAgreement() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);
  return (
    <div className="max-w-2xl">
      <h1>{t("agreement.editTitle")}</h1>
      <p className="mb-6 mt-1 text-slate-700">{t("agreement.ofCentre", { name: data.centre.name })}</p>
      <AgreementForm
        lastResult={actionData?.result}
        formError={actionData?.formError}
        defaultValue={data.values}
        partners={data.partners}
        currentFile={data.currentFile}
        intent="update"
        cancelTo={data.centre.path}
      />
      <DeleteSection
        title={t("agreement.deleteTitle")}
        explanation={t("agreement.deleteExplain")}
        confirmLabel={t("agreement.deleteConfirm")}
        error={actionData?.deleteError}
      />
    </div>
  );
}
