import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConflictNotice, OfferingDone } from "~/components/offerings/bits";
import { OfferingForm } from "~/components/offerings/offering-form";
import type { SimilarItemView } from "~/components/offerings/similar-offerings";
import { useFocusFirstInvalid } from "~/components/ui/form";
import { requestI18n } from "~/modules/i18n/request.server";
import { useT } from "~/modules/i18n/use-t";
import { pageTitle } from "~/modules/network/format";
import { performanceAreas } from "~/modules/offerings/categories.server";
import { formChoices, formValuesOf } from "~/modules/offerings/form.server";
import { formReply, readOfferingForm } from "~/modules/offerings/form-reply.server";
import { centreById, conflictView, offeringEditAccess, saveFromInput } from "~/modules/offerings/manage.server";
import { contentOf } from "~/modules/offerings/offerings.server";
import { similarReply } from "~/modules/overlaps/similar.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageTitle(matches, "offerings.editTitle", { title: data?.title ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, offering } = offeringEditAccess(request, params);
  const { locale } = requestI18n(request);
  return {
    network: { slug: network.slug },
    id: offering.id,
    title: offering.title,
    version: offering.version,
    values: formValuesOf(contentOf(offering), locale, offering.version),
    choices: formChoices(network.id, centreById(offering.centreId), offering),
    areas: performanceAreas.map((a) => ({ id: a.id, name: locale === "en" ? a.en : a.de })),
  };
}

/**
 * Saves on top of the version the form was loaded with. If someone saved in between, nothing is written:
 * the reply lists what they changed and keeps the person's input; the next save goes on top of the
 * current version.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor, offering } = offeringEditAccess(request, params);
  const formData = await request.formData();
  const read = readOfferingForm(formData);
  if (read.kind === "rows") return read.reply;
  const { submission, dateRows } = read;
  const submittedVersion = Number(formData.get("version")) || null;
  // "Ähnliche Angebote prüfen" without JavaScript: the form again with the list, nothing saved.
  if (formData.get("intent") === "similar") return similarReply(request, network, offering.centreId, formData, submission.payload, offering.id);
  if (submission.status !== "success") return formReply({ result: submission.reply(), dateRows, version: submittedVersion }, 400);
  const saved = saveFromInput(actor, network, offering, submission.value);
  if ("fieldErrors" in saved) {
    return formReply({ result: submission.reply({ fieldErrors: saved.fieldErrors }), dateRows, version: submittedVersion }, 400);
  }
  if ("conflict" in saved) {
    const { t, locale } = requestI18n(request);
    const conflict = conflictView(saved.conflict, network.id, t, locale);
    return formReply({ result: submission.reply(), dateRows, conflict, version: conflict.version }, 409);
  }
  throw redirect(`/n/${network.slug}/offerings/${offering.id}?done=${saved.changed ? "saved" : "unchanged"}`);
}

export default function EditOffering() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);
  const page = `/n/${data.network.slug}/offerings/${data.id}`;
  return (
    <div className="max-w-4xl">
      <OfferingDone />
      {actionData?.conflict ? <ConflictNotice conflict={actionData.conflict} /> : null}
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-3">
        <h1>{t("offerings.editTitle", { title: data.title })}</h1>
        <Link to={`${page}/versions`}>{t("offerings.versions")}</Link>
      </div>
      <OfferingForm
        key={data.id}
        lastResult={actionData?.result}
        dateRows={actionData?.dateRows}
        defaultValue={data.values}
        choices={data.choices}
        areas={data.areas}
        version={actionData?.version ?? data.version}
        cancelTo={page}
        similar={{ network: data.network.slug, offeringId: data.id, items: (actionData as { similar?: SimilarItemView[] } | undefined)?.similar }}
      />
    </div>
  );
}
