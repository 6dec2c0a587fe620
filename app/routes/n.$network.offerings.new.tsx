import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { OfferingForm } from "~/components/offerings/offering-form";
import type { SimilarItemView } from "~/components/offerings/similar-offerings";
import { Button, SelectField, useFocusFirstInvalid } from "~/components/ui/form";
import { forbidden } from "~/modules/accounts/actor.server";
import { requestI18n } from "~/modules/i18n/request.server";
import { useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import { performanceAreas } from "~/modules/offerings/categories.server";
import { formChoices, formValuesOf, newOfferingContent } from "~/modules/offerings/form.server";
import { formReply, readOfferingForm } from "~/modules/offerings/form-reply.server";

import { centreForNewOffering, createFromInput, editableCentres } from "~/modules/offerings/manage.server";
import { similarReply } from "~/modules/overlaps/similar.server";
import { berlinToday } from "~/modules/time/dates";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "offerings.newTitle");

/** The centre comes from ?centre= (or is the only one the person may edit); otherwise they choose first. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const editable = editableCentres(actor, network.id);
  if (editable.length === 0) forbidden();
  const { locale } = requestI18n(request);
  const centre = centreForNewOffering(actor, network, new URL(request.url).searchParams.get("centre"));
  const base = { network: { slug: network.slug }, centres: editable.map(({ slug, name }) => ({ slug, name })) };
  if (!centre) return { ...base, form: null };
  return {
    ...base,
    form: {
      centreSlug: centre.slug,
      choices: formChoices(network.id, centre),
      values: formValuesOf(newOfferingContent(centre, berlinToday()), locale),
      areas: performanceAreas.map((a) => ({ id: a.id, name: locale === "en" ? a.en : a.de })),
    },
  };
}

/** The centre in the form is checked again: it must be one the person may edit (else 403, nothing saved). */
export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const formData = await request.formData();
  const centreSlug = formData.get("centre");
  if (typeof centreSlug !== "string" || !centreSlug) throw new Response("Bad Request", { status: 400, statusText: "Bad Request" });
  const centre = centreForNewOffering(actor, network, centreSlug) ?? forbidden();
  const read = readOfferingForm(formData);
  if (read.kind === "rows") return read.reply;
  const { submission, dateRows } = read;
  // "Ähnliche Angebote prüfen" without JavaScript: the form again with the list, nothing saved.
  if (formData.get("intent") === "similar") return similarReply(request, network, centre.id, formData, submission.payload);
  if (submission.status !== "success") return formReply({ result: submission.reply(), dateRows }, 400);
  const saved = createFromInput(actor, network, centre, submission.value);
  if ("fieldErrors" in saved) return formReply({ result: submission.reply({ fieldErrors: saved.fieldErrors }), dateRows }, 400);
  if (!saved.ok) throw new Error("unexpected conflict on create");
  throw redirect(`/n/${network.slug}/offerings/${saved.id}?done=created`);
}

export default function NewOffering() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);
  const back = `/n/${data.network.slug}/offerings`;
  return (
    <div className="max-w-4xl">
      <h1 className="mb-6">{t("offerings.newTitle")}</h1>
      {data.form ? (
        <OfferingForm
          lastResult={actionData?.result}
          dateRows={actionData?.dateRows}
          defaultValue={data.form.values}
          choices={data.form.choices}
          areas={data.form.areas}
          centreSlug={data.form.centreSlug}
          cancelTo={back}
          similar={{ network: data.network.slug, items: (actionData as { similar?: SimilarItemView[] } | undefined)?.similar }}
        />
      ) : (
        <Form method="get" className="rounded-lg bg-white p-6 shadow">
          <SelectField id="new-centre" name="centre" label={t("offerings.form.chooseCentre")} defaultValue="">
            {data.centres.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <div className="flex flex-wrap items-center gap-4">
            <Button>{t("offerings.form.continue")}</Button>
            <Link to={back}>{t("form.cancel")}</Link>
          </div>
        </Form>
      )}
    </div>
  );
}
