// One criterion on a centre's review page: indicator values, the self-assessment (form or text), evidence,
// the coordinator's assessment and the agreed actions.
import type { ReactNode } from "react";
import { Form } from "@remix-run/react";
import { Button, FormMessage, SelectField, TextAreaField, TextField } from "~/components/ui/form";
import type { MessageKey } from "~/modules/i18n/translate";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { formatDate } from "~/modules/network/format";
import { ActionForm, ActionList, CoordinatorForm, ManualValueForm, StatusRadios, type ActionView } from "./assessment-forms";
import { IndicatorTable } from "./indicator-table";
import { StatusText, type StatusValue } from "./status";

type Reply = { form: string; fieldErrors: Record<string, string[]>; formError: MessageKey | null } | null;

interface Line {
  id: number;
  title: string;
  source: "computed" | "manual";
  metric: string | null;
  valueType: "number" | "percent" | "boolean" | "scale";
  target: number | null;
  direction: "higher" | "lower";
  scope: "network" | "centre";
  network: { value: number | null; detail: string; met: boolean | null } | null;
  centres: { centreId: number; value: number | null; detail: string; met: boolean | null }[];
  centresMet: number;
}

export interface CentreCriterionView {
  id: number;
  number: number;
  title: string;
  description: string;
  scope: "network" | "centre";
  self: { status: StatusValue; confidence: number | null; changes: string; nextSteps: string; submittedAt: number | null; started: boolean };
  coordinator: { status: StatusValue; comment: string; at: number | null };
  evidence: { id: number; kind: string; label: string; href: string | null }[];
  indicators: Line[];
  actions: ActionView[];
}

interface Options {
  offerings: { id: number; name: string }[];
  meetings: { id: number; name: string }[];
  agreements: { id: number; name: string }[];
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function CentreCriterion({
  criterion,
  network,
  centreId,
  mayEditSelf,
  mayAssess,
  options,
  owners,
  reply,
}: {
  criterion: CentreCriterionView;
  network: string;
  centreId: number;
  mayEditSelf: boolean;
  mayAssess: boolean;
  options: Options | null;
  owners: { id: number; name: string; centreName: string | null }[];
  reply: Reply;
}) {
  const t = useT();
  const locale = useLocale();
  const c = criterion;
  const errors = (form: string) => (reply?.form === form ? reply.fieldErrors : undefined);
  const formError = (form: string) => (reply?.form === form && reply.formError ? <FormMessage tone="error">{t(reply.formError)}</FormMessage> : null);
  const manual = c.indicators.filter((i) => i.source === "manual" && i.scope === "centre");
  const heading = `criterion-${c.id}-heading`;
  return (
    <section id={`criterion-${c.id}`} aria-labelledby={heading} className="space-y-4 rounded-lg bg-white p-5 shadow">
      <h2 id={heading}>{t("reviews.criterionHeading", { n: c.number, title: c.title })}</h2>
      {c.description ? <p>{c.description}</p> : null}
      <p className="text-sm text-slate-700">
        {t("criteria.scope")}: {t(`criteria.scope.${c.scope}`)}
      </p>

      {c.indicators.length > 0 ? (
        <div>
          <h3 className="text-base font-semibold">{t("reviews.indicatorsTitle")}</h3>
          <IndicatorTable caption={t("reviews.indicatorsCaption", { title: c.title })} lines={c.indicators} centres={[]} centreId={centreId} />
        </div>
      ) : null}
      {mayEditSelf && manual.length > 0 ? (
        <div>
          <h3 className="text-base font-semibold">{t("reviews.manualTitle")}</h3>
          {manual.map((i) => (
            <div key={i.id}>
              {formError(`value-${i.id}`)}
              <ManualValueForm id={`value-${c.id}-${i.id}`} intent="value" indicator={i} value={i.centres[0]?.value ?? null} errors={errors(`value-${i.id}`)} />
            </div>
          ))}
        </div>
      ) : null}

      <div>
        <h3 className="text-base font-semibold">{t("reviews.selfTitle")}</h3>
        <p className="mt-1">
          <StatusText status={c.self.status} draft={c.self.status !== null && !c.self.submittedAt} />{" "}
          {c.self.submittedAt ? t("reviews.selfSubmittedAt", { date: formatDate(day(c.self.submittedAt), locale) }) : c.self.started ? t("reviews.selfDraftNote") : t("reviews.selfNotStarted")}
        </p>
        {mayEditSelf ? (
          <OnBehalf collapsed={mayAssess} summary={t("reviews.onBehalf")} open={reply?.form === `self-${c.id}`}>
            <Form method="post" className="mt-3 print:hidden">
              {formError(`self-${c.id}`)}
              <input type="hidden" name="intent" value="self" />
              <input type="hidden" name="criterionId" value={c.id} />
              <StatusRadios id={`self-${c.id}-status`} legend={t("reviews.field.status")} value={c.self.status} errors={errors(`self-${c.id}`)?.status} />
              <SelectField id={`self-${c.id}-confidence`} name="confidence" label={t("reviews.field.confidence")} defaultValue={c.self.confidence ? String(c.self.confidence) : ""} errors={errors(`self-${c.id}`)?.confidence}>
                <option value="">{t("criteria.choose")}</option>
                {[1, 2, 3, 4].map((n) => (
                  <option key={n} value={String(n)}>
                    {t(`reviews.confidence.${n}` as MessageKey)}
                  </option>
                ))}
              </SelectField>
              <TextAreaField id={`self-${c.id}-changes`} name="changes" label={t("reviews.field.changes")} defaultValue={c.self.changes} errors={errors(`self-${c.id}`)?.changes} maxLength={2000} rows={3} />
              <TextAreaField id={`self-${c.id}-next`} name="nextSteps" label={t("reviews.field.nextSteps")} defaultValue={c.self.nextSteps} errors={errors(`self-${c.id}`)?.nextSteps} maxLength={2000} rows={3} />
              <div className="flex flex-wrap gap-3">
                <Button variant="secondary" name="mode" value="draft">
                  {t("reviews.saveDraft")}
                </Button>
                <Button name="mode" value="submit">
                  {t("reviews.submit")}
                </Button>
              </div>
            </Form>
          </OnBehalf>
        ) : (
          <dl className="mt-2 space-y-1">
            {c.self.confidence ? (
              <div>
                <dt className="inline font-medium">{t("reviews.field.confidence")}</dt> <dd className="inline">{t(`reviews.confidence.${c.self.confidence}` as MessageKey)}</dd>
              </div>
            ) : null}
            {c.self.changes ? (
              <div>
                <dt className="font-medium">{t("reviews.field.changes")}</dt>
                <dd className="whitespace-pre-line">{c.self.changes}</dd>
              </div>
            ) : null}
            {c.self.nextSteps ? (
              <div>
                <dt className="font-medium">{t("reviews.field.nextSteps")}</dt>
                <dd className="whitespace-pre-line">{c.self.nextSteps}</dd>
              </div>
            ) : null}
          </dl>
        )}
      </div>

      <div>
        <h3 className="text-base font-semibold">{t("reviews.evidenceTitle")}</h3>
        {c.evidence.length === 0 ? (
          <p>{t("reviews.noEvidence")}</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {c.evidence.map((e) => (
              <li key={e.id} className="flex flex-wrap items-center gap-2">
                <span className="text-sm text-slate-700">{t(`reviews.evidence.${e.kind}` as MessageKey)}:</span>
                {e.href ? (
                  e.kind === "link" ? (
                    <a href={e.href} rel="noopener noreferrer nofollow" target="_blank">
                      {e.label}
                    </a>
                  ) : (
                    <a href={e.href}>{e.label}</a>
                  )
                ) : (
                  <span>{e.label}</span>
                )}
                {mayEditSelf ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="evidence-remove" />
                    <input type="hidden" name="evidenceId" value={e.id} />
                    <button type="submit" aria-label={t("reviews.evidence.removeLabel", { label: e.label })} className="rounded border border-slate-500 bg-white px-2 py-0.5 text-sm hover:bg-slate-100">
                      {t("reviews.evidence.remove")}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {mayEditSelf && options ? (
          <OnBehalf collapsed={mayAssess} summary={t("reviews.onBehalfEvidence")} open={/^(evidence|link|upload)-/.test(reply?.form ?? "") && reply?.form.endsWith(`-${c.id}`) === true}>
            <div className="mt-3 grid gap-4 md:grid-cols-3 print:hidden">
              <Form method="post" className="rounded border border-slate-300 p-3">
                {formError(`evidence-${c.id}`)}
                <input type="hidden" name="intent" value="evidence-record" />
                <input type="hidden" name="criterionId" value={c.id} />
                <SelectField id={`evidence-${c.id}-record`} name="record" label={t("reviews.evidence.record")} defaultValue="" errors={errors(`evidence-${c.id}`)?.record}>
                  <option value="">{t("criteria.choose")}</option>
                  {(
                    [
                      ["offering", options.offerings],
                      ["meeting", options.meetings],
                      ["agreement", options.agreements],
                    ] as const
                  ).map(([kind, list]) =>
                    list.length ? (
                      <optgroup key={kind} label={t(`reviews.evidence.${kind}`)}>
                        {list.map((o) => (
                          <option key={o.id} value={`${kind}:${o.id}`}>
                            {o.name}
                          </option>
                        ))}
                      </optgroup>
                    ) : null,
                  )}
                </SelectField>
                <Button variant="secondary">{t("reviews.evidence.add")}</Button>
              </Form>
              <Form method="post" className="rounded border border-slate-300 p-3">
                {formError(`link-${c.id}`)}
                <input type="hidden" name="intent" value="evidence-link" />
                <input type="hidden" name="criterionId" value={c.id} />
                <TextField id={`link-${c.id}-url`} name="url" type="url" label={t("reviews.evidence.url")} errors={errors(`link-${c.id}`)?.url} maxLength={500} />
                <TextField id={`link-${c.id}-label`} name="label" label={t("reviews.evidence.label")} errors={errors(`link-${c.id}`)?.label} maxLength={160} />
                <Button variant="secondary">{t("reviews.evidence.addLink")}</Button>
              </Form>
              <Form method="post" encType="multipart/form-data" className="rounded border border-slate-300 p-3">
                {formError(`upload-${c.id}`)}
                <input type="hidden" name="intent" value="evidence-upload" />
                <input type="hidden" name="criterionId" value={c.id} />
                <TextField id={`upload-${c.id}-file`} name="file" type="file" label={t("reviews.evidence.file")} hint={t("reviews.evidence.fileHint")} errors={errors(`upload-${c.id}`)?.file} />
                <Button variant="secondary">{t("reviews.evidence.uploadButton")}</Button>
              </Form>
            </div>
          </OnBehalf>
        ) : null}
      </div>

      <div>
        <h3 className="text-base font-semibold">{t("reviews.coordinatorTitle")}</h3>
        <p className="mt-1">
          <StatusText status={c.coordinator.status} /> {c.coordinator.at ? t("reviews.assessedBy", { date: formatDate(day(c.coordinator.at), locale) }) : t("reviews.notAssessed")}
        </p>
        {c.coordinator.comment && !mayAssess ? <p className="mt-1 whitespace-pre-line">{c.coordinator.comment}</p> : null}
        {mayAssess ? (
          <>
            {formError(`assess-${c.id}`)}
            <CoordinatorForm id={`assess-${c.id}`} intent="assess" criterionId={c.id} status={c.coordinator.status} comment={c.coordinator.comment} errors={errors(`assess-${c.id}`)} />
          </>
        ) : null}
      </div>

      <div>
        <h3 className="text-base font-semibold">{t("reviews.actionsTitle")}</h3>
        <ActionList actions={c.actions} network={network} />
        {mayAssess ? (
          <>
            {formError(`action-${c.id}`)}
            <ActionForm id={`action-${c.id}`} intent="action" criterionId={c.id} owners={owners} errors={errors(`action-${c.id}`)} />
          </>
        ) : null}
      </div>
    </section>
  );
}

/** For the coordinator, the centre's own forms fold away behind a summary (they may fill them in for the centre). */
function OnBehalf({ collapsed, summary, open, children }: { collapsed: boolean; summary: string; open: boolean; children: ReactNode }) {
  if (!collapsed) return <>{children}</>;
  return (
    <details className="mt-2" open={open}>
      <summary className="cursor-pointer font-medium">{summary}</summary>
      {children}
    </details>
  );
}
