import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AgreementForm } from "~/components/network/agreement-form";
import { useFocusFirstInvalid } from "~/components/ui/form";
import { useT } from "~/modules/i18n/use-t";
import { centreAccess } from "~/modules/network/access.server";
import { parseAgreementForm } from "~/modules/network/agreement-form.server";
import { createAgreement, partnerOptions } from "~/modules/network/agreements.server";
import { pageTitle } from "~/modules/network/format";
import { replyFormError, replyInvalid } from "~/modules/network/replies.server";
import { readForm } from "~/modules/uploads/uploads.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "agreement.newTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, centre } = centreAccess(request, params, "manage:agreement");
  return {
    network: { slug: network.slug },
    centre: { slug: centre.slug, name: centre.name },
    partners: partnerOptions(network.id),
  };
}

/** The centre comes from the URL; the partner must belong to the same network. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { network, centre, actor } = centreAccess(request, params, "manage:agreement");
  const read = await readForm(request);
  if (!read.ok) return replyFormError(read.error, 413);
  const parsed = await parseAgreementForm(read.formData);
  if (!parsed.ok) return replyInvalid(parsed.result);
  const created = await createAgreement(actor, centre, parsed.value, parsed.upload);
  if (!created.ok) return replyInvalid(parsed.submission.reply({ fieldErrors: created.fieldErrors }));
  throw redirect(`/n/${network.slug}/centres/${centre.slug}?done=created`);
}

export default function NewAgreement() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);
  const centrePath = `/n/${data.network.slug}/centres/${data.centre.slug}`;
  return (
    <div className="max-w-2xl">
      <h1>{t("agreement.newTitle")}</h1>
      <p className="mb-6 mt-1 text-slate-700">{t("agreement.ofCentre", { name: data.centre.name })}</p>
      {data.partners.length === 0 ? <p className="mb-4">{t("agreement.noPartners")}</p> : null}
      <AgreementForm lastResult={actionData?.result} formError={actionData?.formError} partners={data.partners} cancelTo={centrePath} />
    </div>
  );
}
