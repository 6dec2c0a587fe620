import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { getDb } from "@db/client.server";
import { CentreCriterion } from "~/components/reviews/centre-criterion";
import { ReviewsDone } from "~/components/reviews/status";
import { ReviewsSubnav } from "~/components/reviews-subnav";
import { FormMessage, useFocusFirstInvalid } from "~/components/ui/form";
import { forbidden, notFound } from "~/modules/accounts/actor.server";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { idParam, networkAccess } from "~/modules/network/access.server";
import { formatDate, namedTitle } from "~/modules/network/format";
import { requireCentre } from "~/modules/network/structure.server";
import { can } from "~/modules/permissions/permissions";
import { editableRefusal, saveCoordinatorAssessment, saveSelfAssessment } from "~/modules/reviews/assessments.server";
import { getCycle } from "~/modules/reviews/cycles.server";
import { addDocumentEvidence, addEvidence, evidenceOptions, removeEvidence } from "~/modules/reviews/evidence.server";
import { saveManualValue } from "~/modules/reviews/indicators.server";
import { centreReview } from "~/modules/reviews/overview.server";
import { replyError, replyFieldErrors, replySubmission } from "~/modules/reviews/replies.server";
import { agreeReviewAction, reviewOwnerOptions } from "~/modules/reviews/review-actions.server";
import { actionSchema, coordinatorAssessmentSchema, linkSchema, parseManualValue, selfAssessmentSchema } from "~/modules/reviews/schemas";
import { checkUpload, chosenFile, readForm } from "~/modules/uploads/uploads.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => namedTitle(data ? `${data.centre.name} – ${data.cycle.title}` : undefined);

function scope(request: Request, params: LoaderFunctionArgs["params"]) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const centre = requireCentre(network.id, params.centre);
  const cycle = getCycle(network.id, idParam(params.id));
  const canManage = can(actor, "manage:review", { networkId: network.id });
  const canSelf = can(actor, "self-assess:centre", { networkId: network.id, centreId: centre.id });
  if (cycle.status === "draft" && !canManage) notFound();
  return { network, actor, centre, cycle, canManage, canSelf };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, centre, cycle, canManage, canSelf } = scope(request, params);
  const open = cycle.status === "open";
  return {
    network: { slug: network.slug },
    centre: { id: centre.id, slug: centre.slug, name: centre.name },
    cycle: { id: cycle.id, title: cycle.title, status: cycle.status, periodStart: cycle.periodStart, periodEnd: cycle.periodEnd, dueOn: cycle.dueOn },
    criteria: centreReview(cycle, centre, network.slug),
    mayEditSelf: canSelf && open,
    mayAssess: canManage && open,
    options: canSelf && open ? evidenceOptions(network.id, centre.id) : null,
    owners: canManage && open ? reviewOwnerOptions(network.id, centre.id) : [],
  };
}

const selfIntents = new Set(["self", "evidence-record", "evidence-link", "evidence-upload", "evidence-remove", "value"]);
const coordinatorIntents = new Set(["assess", "action"]);

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor, centre, cycle, canManage, canSelf } = scope(request, params);
  // Nobody without either permission gets the body read.
  if (!canSelf && !canManage) forbidden();
  const read = await readForm(request);
  if (!read.ok) return replyError("page", read.error, 413);
  const formData = read.formData;
  const intent = String(formData.get("intent") ?? "");
  if (selfIntents.has(intent) && !canSelf) forbidden();
  if (coordinatorIntents.has(intent) && !canManage) forbidden();
  if (!selfIntents.has(intent) && !coordinatorIntents.has(intent)) return replyError("page", "form.invalid");
  const refusal = editableRefusal(cycle);
  if (refusal) return replyError("page", refusal.error, 409);
  const here = `/n/${network.slug}/reviews/${cycle.id}/centres/${centre.slug}`;
  const criterionId = String(formData.get("criterionId") ?? "");
  const done = (key: string, anchor = criterionId ? `#criterion-${criterionId}` : "") => redirect(`${here}?done=${key}${anchor}`);

  switch (intent) {
    case "self": {
      const form = `self-${criterionId}`;
      const submission = parseWithZod(formData, { schema: selfAssessmentSchema });
      if (submission.status !== "success") return replySubmission(form, submission.reply());
      const saved = saveSelfAssessment(actor, cycle, centre.id, submission.value);
      if (!saved.ok) return replyError(form, saved.error);
      throw done(submission.value.mode === "submit" ? "submitted" : "saved");
    }
    case "evidence-record": {
      const form = `evidence-${criterionId}`;
      const [kind, id] = String(formData.get("record") ?? "").split(":");
      if ((kind !== "offering" && kind !== "meeting" && kind !== "agreement") || !/^\d+$/.test(id ?? "")) {
        return replyFieldErrors(form, { record: ["reviews.evidenceUnknown"] });
      }
      const added = addEvidence(actor, cycle, centre.id, Number(criterionId), { kind, id: Number(id) });
      if (!added.ok) return replyFieldErrors(form, { record: [added.error] });
      throw done("evidence");
    }
    case "evidence-link": {
      const form = `link-${criterionId}`;
      const submission = parseWithZod(formData, { schema: linkSchema });
      if (submission.status !== "success") return replySubmission(form, submission.reply());
      const added = addEvidence(actor, cycle, centre.id, submission.value.criterionId, { kind: "link", url: submission.value.url, label: submission.value.label });
      if (!added.ok) return replyError(form, added.error);
      throw done("evidence");
    }
    case "evidence-upload": {
      const form = `upload-${criterionId}`;
      const file = chosenFile(formData.get("file"));
      if (!file) return replyFieldErrors(form, { file: ["reviews.evidence.fileRequired"] });
      const checked = await checkUpload(file);
      if (!checked.ok) return replyFieldErrors(form, { file: [checked.error] });
      const added = await addDocumentEvidence(actor, cycle, centre.id, Number(criterionId) || 0, checked.upload);
      if (!added.ok) return replyError(form, added.error);
      throw done("evidence");
    }
    case "evidence-remove": {
      const removed = await removeEvidence(actor, cycle, centre.id, Number(formData.get("evidenceId")) || 0);
      if (!removed.ok) return replyError("page", removed.error);
      throw done("evidenceRemoved");
    }
    case "value": {
      const indicatorId = Number(formData.get("indicatorId")) || 0;
      const form = `value-${indicatorId}`;
      const value = parseManualValue(formData.get("value"));
      if (value === "invalid") return replyFieldErrors(form, { value: ["reviews.manualInvalid"] });
      const result = saveManualValue(getDb(), { cycle, indicatorId, centreId: centre.id, value, actor });
      if (result === "invalid") return replyFieldErrors(form, { value: ["reviews.manualInvalid"] });
      if (result === "unknown") return replyError(form, "form.invalid");
      throw done("value");
    }
    case "assess": {
      const form = `assess-${criterionId}`;
      const submission = parseWithZod(formData, { schema: coordinatorAssessmentSchema });
      if (submission.status !== "success") return replySubmission(form, submission.reply());
      const saved = saveCoordinatorAssessment(actor, cycle, centre.id, submission.value);
      if (!saved.ok) return replyError(form, saved.error);
      throw done("assessed");
    }
    default: {
      const form = `action-${criterionId}`;
      const submission = parseWithZod(formData, { schema: actionSchema });
      if (submission.status !== "success") return replySubmission(form, submission.reply());
      const agreed = agreeReviewAction(actor, cycle, centre.id, submission.value);
      if (!agreed.ok) return "fieldErrors" in agreed ? replyFieldErrors(form, agreed.fieldErrors) : replyError(form, agreed.error);
      throw done("action");
    }
  }
}

export default function CentreReviewPage() {
  const data = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  useFocusFirstInvalid(reply);
  const { cycle } = data;
  return (
    <div className="max-w-4xl space-y-8">
      <ReviewsSubnav network={data.network.slug} />
      <ReviewsDone area="reviews" />
      <p className="print:hidden">
        <Link to={`/n/${data.network.slug}/reviews/${cycle.id}`}>{t("reviews.backToCycle")}</Link>
      </p>
      <div>
        <h1>{t("reviews.centreTitle", { centre: data.centre.name })}</h1>
        <p className="mt-1">
          {t("reviews.centreIntro", {
            title: cycle.title,
            start: formatDate(cycle.periodStart, locale),
            end: formatDate(cycle.periodEnd, locale),
            due: formatDate(cycle.dueOn, locale),
          })}
        </p>
      </div>
      {reply?.form === "page" && reply.formError ? <FormMessage tone="error">{t(reply.formError)}</FormMessage> : null}
      {cycle.status === "closed" ? <p className="font-medium">{t("reviews.closedReadOnly")}</p> : !data.mayEditSelf && !data.mayAssess ? <p>{t("reviews.readOnly")}</p> : null}
      {data.criteria.map((criterion) => (
        <CentreCriterion
          key={criterion.id}
          criterion={criterion}
          network={data.network.slug}
          centreId={data.centre.id}
          mayEditSelf={data.mayEditSelf}
          mayAssess={data.mayAssess}
          options={data.options}
          owners={data.owners}
          reply={reply ?? null}
        />
      ))}
    </div>
  );
}
