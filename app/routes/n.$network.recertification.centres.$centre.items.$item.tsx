// One checklist item of a centre: its evidence, uploads, links, suggestions from the app and a picker.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxField } from "~/components/network/fields";
import { EvidenceTable } from "~/components/recertification/evidence-table";
import { ItemStateText, RecertDone, RecertSubnav } from "~/components/recertification/parts";
import { Button, FormMessage, SelectField, TextField, useFocusFirstInvalid } from "~/components/ui/form";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { formatDate, namedTitle } from "~/modules/network/format";
import { itemAccess } from "~/modules/recertification/access.server";
import { listEvidence } from "~/modules/recertification/evidence.server";
import { handleItemAction, replyItemError, type ItemReply } from "~/modules/recertification/item-actions.server";
import { centreReview } from "~/modules/recertification/overview.server";
import { itemState } from "~/modules/recertification/readiness";
import { appEvidenceKinds } from "~/modules/recertification/schemas";
import { pickerChoices, suggestionsFor, type Candidate } from "~/modules/recertification/suggestions.server";
import { readForm } from "~/modules/uploads/uploads.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => namedTitle(data ? `${data.item.code} – ${data.centre.name}` : undefined);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, centre, item } = itemAccess(request, params);
  const review = centreReview(centre);
  const evidence = listEvidence(centre.id, review.period, item.id);
  return {
    network: { slug: network.slug },
    centre: { slug: centre.slug, name: centre.name },
    item: { id: item.id, code: item.code, text: item.text, level: item.level, note: item.note, retired: item.retired, hasRule: item.suggestion !== null },
    year: review.year,
    state: itemState(evidence.map((e) => e.state)),
    evidence,
    suggestions: suggestionsFor(centre, item, review.period),
    picker: pickerChoices(centre, item.id, review.period),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, centre, item, actor } = itemAccess(request, params);
  const read = await readForm(request);
  if (!read.ok) return replyItemError("upload", { file: [read.error] }, null, 413);
  const outcome = await handleItemAction(actor, centre, item, read.formData);
  if ("done" in outcome) throw redirect(`/n/${network.slug}/recertification/centres/${centre.slug}/items/${item.id}?done=${outcome.done}`);
  return outcome;
}

function CandidateLine({ c }: { c: Candidate }) {
  const t = useT();
  const locale = useLocale();
  const parts: string[] = [t(`recert.kind.${c.kind}`)];
  if (c.detail === "weekly") parts.push(t("recert.suggest.weekly"));
  else if (c.detail === "monthly") parts.push(t("recert.suggest.monthly"));
  else if (c.detail === "appointment") parts.push(t("recert.suggest.appointment"));
  else if (c.detail) parts.push(c.detail);
  if (c.kind === "offering" && c.count && c.from && c.to) parts.push(t("recert.item.held", { count: c.count, first: formatDate(c.from, locale), last: formatDate(c.to, locale) }));
  else if (c.kind === "agreement" && c.from) parts.push(c.to ? t("recert.item.validRange", { from: formatDate(c.from, locale), to: formatDate(c.to, locale) }) : t("recert.item.validOpen", { from: formatDate(c.from, locale) }));
  else if (c.from) parts.push(formatDate(c.from, locale));
  return <span className="block text-sm text-slate-700">{parts.join(" · ")}</span>;
}

export default function ItemEvidence() {
  const data = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() as ItemReply | undefined;
  const t = useT();
  useFocusFirstInvalid(reply);
  const centrePath = `/n/${data.network.slug}/recertification/centres/${data.centre.slug}`;
  const errorsOf = (section: ItemReply["section"], field: string) => (reply?.section === section ? reply.fieldErrors[field] : undefined);
  return (
    <div className="max-w-4xl space-y-8">
      <RecertSubnav network={data.network.slug} />
      <p className="no-print">
        <Link to={centrePath}>{t("recert.item.back", { centre: data.centre.name })}</Link>
      </p>
      <RecertDone />
      {reply?.formError && reply.section === "list" ? <FormMessage tone="error">{t(reply.formError)}</FormMessage> : null}
      <div>
        <h1>{t("recert.item.title", { code: data.item.code, centre: data.centre.name })}</h1>
        <p className="mt-2">
          {data.item.text}
          {data.item.level ? ` (${t(`recert.level.${data.item.level}`)})` : ""}
        </p>
        {data.item.note ? (
          <p className="mt-1 text-sm text-slate-700">
            {t("recert.item.note")}: {data.item.note}
          </p>
        ) : null}
        <p className="mt-2">
          <ItemStateText state={data.state} />
        </p>
      </div>
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{t("recert.item.evidence")}</h2>
        <EvidenceTable evidence={data.evidence} network={data.network.slug} editable />
      </section>
      <section aria-labelledby="suggest-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="suggest-heading">{t("recert.suggest.title")}</h2>
        {data.item.hasRule ? <p className="text-sm text-slate-700">{t("recert.suggest.hint", { year: data.year })}</p> : <p className="mt-2">{t("recert.suggest.noRule")}</p>}
        {data.item.hasRule && data.suggestions.length === 0 ? <p className="mt-2">{t("recert.suggest.none")}</p> : null}
        {data.suggestions.length > 0 ? (
          <ul className="mt-3 space-y-2">
            {data.suggestions.map((c) => (
              <li key={`${c.kind}-${c.refId}`} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 p-3">
                <span>
                  <span className="font-medium">{c.label}</span>
                  <CandidateLine c={c} />
                </span>
                <Form method="post">
                  <input type="hidden" name="intent" value="attach" />
                  <input type="hidden" name="kind" value={c.kind} />
                  <input type="hidden" name="refId" value={c.refId} />
                  <button type="submit" aria-label={t("recert.suggest.acceptLabel", { label: c.label })} className="rounded bg-brand-700 px-3 py-1 text-sm font-medium text-white hover:bg-brand-800">
                    {t("recert.suggest.accept")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="upload-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="upload-heading" className="mb-3">
          {t("recert.upload.title")}
        </h2>
        {reply?.section === "upload" && reply.formError ? <FormMessage tone="error">{t(reply.formError)}</FormMessage> : null}
        <Form method="post" encType="multipart/form-data" noValidate>
          <input type="hidden" name="intent" value="upload" />
          <TextField id="upload-file" name="file" type="file" label={t("recert.upload.file")} hint={t("recert.upload.hint")} errors={errorsOf("upload", "file")} accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp" />
          <TextField id="upload-label" name="label" label={t("recert.upload.label")} maxLength={200} errors={errorsOf("upload", "label")} />
          <TextField id="upload-date" name="evidenceDate" type="date" label={t("recert.upload.date")} errors={errorsOf("upload", "evidenceDate")} />
          <CheckboxField id="upload-training" name="isTraining" label={t("recert.upload.training")} />
          <Button>{t("recert.upload.submit")}</Button>
        </Form>
      </section>
      <section aria-labelledby="link-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="link-heading" className="mb-3">
          {t("recert.link.title")}
        </h2>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="link" />
          <TextField id="link-url" name="url" type="url" label={t("recert.link.url")} maxLength={500} errors={errorsOf("link", "url")} />
          <TextField id="link-label" name="label" label={t("recert.link.label")} maxLength={200} errors={errorsOf("link", "label")} />
          <TextField id="link-date" name="evidenceDate" type="date" label={t("recert.upload.date")} errors={errorsOf("link", "evidenceDate")} />
          <CheckboxField id="link-training" name="isTraining" label={t("recert.upload.training")} />
          <Button variant="secondary">{t("recert.link.submit")}</Button>
        </Form>
      </section>
      <section aria-labelledby="picker-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="picker-heading" className="mb-3">
          {t("recert.picker.title")}
        </h2>
        {reply?.section === "picker" && reply.formError ? <FormMessage tone="error">{t(reply.formError)}</FormMessage> : null}
        {appEvidenceKinds.map((kind) => (
          <Form key={kind} method="post" className="flex flex-wrap items-end gap-3" noValidate>
            <input type="hidden" name="intent" value="attach" />
            <input type="hidden" name="kind" value={kind} />
            {data.picker[kind].length === 0 ? (
              <p className="mb-3">
                {t(`recert.kind.${kind}`)}: {t("recert.picker.empty")}
              </p>
            ) : (
              <>
                <div className="min-w-64 flex-1">
                  <SelectField id={`pick-${kind}`} name="refId" label={`${t(`recert.kind.${kind}`)}: ${t("recert.picker.choice")}`} defaultValue="">
                    <option value="">{t("recert.picker.choose")}</option>
                    {data.picker[kind].map((c) => (
                      <option key={c.refId} value={c.refId}>
                        {c.label}
                      </option>
                    ))}
                  </SelectField>
                </div>
                <div className="mb-4">
                  <Button variant="secondary">{t("recert.picker.submit")}</Button>
                </div>
              </>
            )}
          </Form>
        ))}
      </section>
    </div>
  );
}

