import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { DeleteSection, Detail, DoneNotice } from "~/components/network/fields";
import { PartnerForm } from "~/components/network/partner-form";
import { useFocusFirstInvalid } from "~/components/ui/form";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { idParam, networkAccess } from "~/modules/network/access.server";
import { formatDate, namedTitle } from "~/modules/network/format";
import { deletePartner, getPartner, partnerAgreements, partnerFormValues, updatePartner } from "~/modules/network/partners.server";
import { deleteConfirmed, intentOf, replyDeleteUnconfirmed, replyInvalid } from "~/modules/network/replies.server";
import { partnerSchema } from "~/modules/network/schemas";
import { listNeighbourhoods } from "~/modules/network/structure.server";
import { can } from "~/modules/permissions/permissions";

export const meta: MetaFunction<typeof loader> = ({ data }) => namedTitle(data?.partner.name);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const partner = getPartner(network.id, idParam(params.id));
  const neighbourhoods = listNeighbourhoods(network.id).map(({ id, name }) => ({ id, name }));
  return {
    network: { slug: network.slug },
    partner: {
      ...partnerFormValues(partner),
      neighbourhoodName: neighbourhoods.find((n) => n.id === partner.neighbourhoodId)?.name ?? "",
    },
    agreements: partnerAgreements(partner.id),
    neighbourhoods,
    canManage: can(actor, "manage:network", { networkId: network.id }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "manage:network");
  const partner = getPartner(network.id, idParam(params.id));
  const formData = await request.formData();
  if (intentOf(formData) === "delete") {
    if (!deleteConfirmed(formData)) return replyDeleteUnconfirmed();
    await deletePartner(actor, partner);
    throw redirect(`/n/${network.slug}?done=deleted`);
  }
  const submission = parseWithZod(formData, { schema: partnerSchema });
  if (submission.status !== "success") return replyInvalid(submission.reply());
  const updated = updatePartner(actor, partner, submission.value);
  if (!updated.ok) return replyInvalid(submission.reply({ fieldErrors: updated.fieldErrors }));
  throw redirect(`/n/${network.slug}/partners/${partner.id}?done=saved`);
}

export default function PartnerPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  useFocusFirstInvalid(actionData);
  const { partner } = data;
  const base = `/n/${data.network.slug}`;
  return (
    <div className="max-w-3xl space-y-8">
      <DoneNotice />
      <h1>{partner.name}</h1>
      <section aria-labelledby="details-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="details-heading">{t("partner.details")}</h2>
        <dl className="mt-2 divide-y divide-slate-200">
          <Detail term={t("partner.kind")}>{partner.kind}</Detail>
          <Detail term={t("partner.neighbourhood")}>{partner.neighbourhoodName}</Detail>
          <Detail term={t("partner.contactName")}>{partner.contactName}</Detail>
          <Detail term={t("partner.email")}>{partner.email ? <a href={`mailto:${partner.email}`}>{partner.email}</a> : null}</Detail>
          <Detail term={t("partner.phone")}>{partner.phone}</Detail>
        </dl>
      </section>
      <section aria-labelledby="agreements-heading">
        <h2 id="agreements-heading">{t("partner.agreements")}</h2>
        {data.agreements.length === 0 ? (
          <p className="mt-3">{t("partner.noAgreements")}</p>
        ) : (
          <table className="mt-3 w-full border-collapse bg-white text-left text-sm shadow">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">{t("agreement.centre")}</th>
                <th scope="col" className="p-2">{t("agreement.startsOn")}</th>
                <th scope="col" className="p-2">{t("agreement.endsOn")}</th>
              </tr>
            </thead>
            <tbody>
              {data.agreements.map((a) => (
                <tr key={a.id} className="border-t border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    <Link to={`${base}/centres/${a.centreSlug}`}>{a.centreName}</Link>
                  </th>
                  <td className="p-2">{formatDate(a.startsOn, locale)}</td>
                  <td className="p-2">{a.endsOn ? formatDate(a.endsOn, locale) : t("agreement.openEnded")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {data.canManage ? (
        <>
          <section aria-labelledby="edit-heading">
            <h2 id="edit-heading" className="mb-3">
              {t("partner.editTitle")}
            </h2>
            <PartnerForm
              lastResult={actionData?.result}
              defaultValue={partner}
              neighbourhoods={data.neighbourhoods}
              intent="update"
              cancelTo={base}
            />
          </section>
          <DeleteSection
            title={t("partner.deleteTitle")}
            explanation={t("partner.deleteExplain", { agreements: data.agreements.length })}
            confirmLabel={t("partner.deleteConfirm")}
            error={actionData?.deleteError}
          />
        </>
      ) : null}
    </div>
  );
}
