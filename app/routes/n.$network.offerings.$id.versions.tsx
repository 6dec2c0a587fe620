import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data as reply, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ChangeList, ConflictNotice, OfferingDone } from "~/components/offerings/bits";
import { Button } from "~/components/ui/form";
import { requestI18n } from "~/modules/i18n/request.server";
import { useT } from "~/modules/i18n/use-t";
import { pageTitle } from "~/modules/network/format";
import { versionsPage } from "~/modules/offerings/detail.server";
import { conflictView, offeringAccess, offeringEditAccess, restoreFromVersion } from "~/modules/offerings/manage.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageTitle(matches, "offerings.versionsTitle", { title: data?.offering.title ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor, offering } = offeringAccess(request, params);
  const { t, locale } = requestI18n(request);
  return versionsPage(network, actor, offering, t, locale);
}

/** Restores a version as a new one, refused (with the changes listed) if someone saved in between. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor, offering } = offeringEditAccess(request, params);
  const formData = await request.formData();
  const version = Number(formData.get("restore"));
  const expected = Number(formData.get("expected"));
  if (!Number.isInteger(version) || version < 1 || !Number.isInteger(expected) || expected < 1) {
    throw new Response("Bad Request", { status: 400, statusText: "Bad Request" });
  }
  const result = restoreFromVersion(actor, network, offering, version, expected);
  if ("conflict" in result) {
    const { t, locale } = requestI18n(request);
    return reply({ conflict: conflictView(result.conflict, network.id, t, locale) }, { status: 409 });
  }
  throw redirect(`/n/${network.slug}/offerings/${offering.id}/versions?done=${"changed" in result && result.changed ? "restored" : "unchanged"}`);
}

export default function OfferingVersions() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const page = `/n/${data.network.slug}/offerings/${data.offering.id}`;
  return (
    <div className="max-w-4xl space-y-6">
      <OfferingDone />
      {actionData?.conflict ? <ConflictNotice conflict={actionData.conflict} kept={false} /> : null}
      <h1>{t("offerings.versionsTitle", { title: data.offering.title })}</h1>
      <p>{t("offerings.versionsIntro")}</p>
      <p>
        <Link to={page}>{t("offerings.backToOffering")}</Link>
      </p>
      <ol className="space-y-4">
        {data.versions.map((v) => (
          <li key={v.version} className="rounded-lg bg-white p-4 shadow">
            <h2 className="text-lg">
              {t("offerings.versionN", { version: v.version })}
              {v.version === data.offering.version ? <span className="ml-2 text-sm font-normal text-slate-700">({t("offerings.versionCurrent")})</span> : null}
            </h2>
            <p className="text-sm text-slate-700">{t("offerings.versionBy", { at: v.at, name: v.by })}</p>
            <div className="mt-2">
              {v.version === 1 ? (
                <p>{t("offerings.versionCreated")}</p>
              ) : v.lines.length > 0 ? (
                <ChangeList lines={v.lines} />
              ) : (
                <p>{t("offerings.versionNoChanges")}</p>
              )}
            </div>
            {data.canEdit && v.version !== data.offering.version ? (
              <Form method="post" className="mt-3">
                <input type="hidden" name="restore" value={String(v.version)} />
                <input type="hidden" name="expected" value={String(data.offering.version)} />
                <Button variant="secondary">{t("offerings.versionRestore", { version: v.version })}</Button>
              </Form>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
