// The decision form of an overlap flag and its comments section.
import { Form } from "@remix-run/react";
import { RadioGroup } from "~/components/offerings/bits";
import { Button, FormMessage, TextAreaField } from "~/components/ui/form";
import type { MessageKey } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";

type Errors = Partial<Record<"decision" | "resolution" | "note" | "form", string[]>>;

export function DecisionForm({
  flag,
  a,
  b,
  canArchive,
  errors,
}: {
  flag: { decision: string; resolution: string | null; note: string; status: string };
  a: { title: string; centre: string; version: number; status: string };
  b: { title: string; centre: string; version: number; status: string };
  canArchive: { a: boolean; b: boolean };
  errors?: Errors;
}) {
  const t = useT();
  const decided = flag.decision !== "open";
  const resolutionOptions = [
    ...(canArchive.a && a.status !== "archived" ? [{ value: "archive-a", label: t("overlaps.continue.archive-a", { title: a.title, centre: a.centre }) }] : []),
    ...(canArchive.b && b.status !== "archived" ? [{ value: "archive-b", label: t("overlaps.continue.archive-b", { title: b.title, centre: b.centre }) }] : []),
    { value: "merge", label: t("overlaps.continue.merge") },
    { value: "coordinate", label: t("overlaps.continue.coordinate") },
  ];
  return (
    <section aria-labelledby="decide-heading" className="rounded-lg bg-white p-6 shadow">
      <h2 id="decide-heading">{decided ? t("overlaps.decideChange") : t("overlaps.decide")}</h2>
      <p className="mt-1 text-sm text-slate-700">{t("overlaps.decideHint")}</p>
      {errors?.form ? <FormMessage tone="error">{errors.form.map((e) => t(e as MessageKey)).join(" ")}</FormMessage> : null}
      <Form method="post" className="mt-4">
        <input type="hidden" name="intent" value="decide" />
        <input type="hidden" name="versionA" value={String(a.version)} />
        <input type="hidden" name="versionB" value={String(b.version)} />
        <RadioGroup
          id="decision"
          name="decision"
          legend={t("overlaps.decision")}
          value={decided ? flag.decision : undefined}
          errors={errors?.decision}
          options={(["duplicate", "intentional", "not-duplicate"] as const).map((d) => ({ value: d, label: t(`overlaps.decision.${d}`) }))}
        />
        <RadioGroup
          id="resolution"
          name="resolution"
          legend={t("overlaps.howContinue")}
          value={flag.resolution ?? undefined}
          errors={errors?.resolution}
          options={resolutionOptions}
        />
        <TextAreaField
          id="note"
          name="note"
          label={t("overlaps.noteLabel")}
          hint={t("overlaps.noteHint")}
          rows={3}
          maxLength={2000}
          defaultValue={flag.note}
          errors={errors?.note}
        />
        <Button>{t("overlaps.save")}</Button>
      </Form>
    </section>
  );
}

export function Comments({ comments, error }: { comments: { id: number; author: string; body: string; at: string }[]; error?: string | null }) {
  const t = useT();
  return (
    <section aria-labelledby="comments-heading" className="rounded-lg bg-white p-6 shadow">
      <h2 id="comments-heading">{t("overlaps.comments")}</h2>
      {comments.length === 0 ? (
        <p className="mt-2">{t("overlaps.noComments")}</p>
      ) : (
        <ol className="mt-2 space-y-3">
          {comments.map((c) => (
            <li key={c.id} className="border-l-4 border-slate-300 pl-3">
              <p className="text-sm text-slate-700">{t("overlaps.commentBy", { name: c.author, at: c.at })}</p>
              <p className="whitespace-pre-line">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      <Form method="post" className="mt-4">
        <input type="hidden" name="intent" value="comment" />
        <TextAreaField id="comment" name="body" label={t("overlaps.commentLabel")} rows={3} maxLength={2000} required errors={error ? [error] : undefined} />
        <Button variant="secondary">{t("overlaps.commentAdd")}</Button>
      </Form>
    </section>
  );
}
