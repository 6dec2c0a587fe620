import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ImportCounts, ImportErrors, ImportProgress } from "~/components/import/import-parts";
import { Button, FormMessage } from "~/components/ui/form";
import { notFound } from "~/modules/accounts/actor.server";
import type { MessageKey } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";
import { pageTitle } from "~/modules/network/format";
import { findJob } from "~/modules/offerings/import-jobs.server";
import { handleJobAction, importAccess, jobView } from "~/modules/offerings/import-web.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "import.previewTitle");

/** Steps 2 and 3: the preview of an uploaded file (or its progress), then the import's result. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = importAccess(request, params);
  const job = findJob(params.id, network.id, actor.userId) ?? notFound();
  return { network: { slug: network.slug }, job: jobView(job) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = importAccess(request, params);
  const job = findJob(params.id, access.network.id, access.actor.userId) ?? notFound();
  return handleJobAction(request, access, job);
}

const failureKeys: Record<string, MessageKey> = { changed: "import.failedChanged" };

export default function ImportJob() {
  const { network, job } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useT();
  const base = `/n/${network.slug}/offerings`;
  const summary = job.summary;
  const running = job.status === "checking" || job.status === "importing";
  return (
    <div className="max-w-4xl">
      <h1>{job.status === "imported" ? t("import.done") : t("import.previewTitle")}</h1>
      <p className="mb-6 mt-1 text-slate-700">{t("import.fileLabel", { name: job.fileName })}</p>
      {reply?.error ? <FormMessage tone="error">{t(reply.error)}</FormMessage> : null}
      {running && job.progress ? (
        <ImportProgress
          title={t(job.status === "checking" ? "import.checking" : "import.importing")}
          progress={job.progress}
          refreshTo={`${base}/import/${job.id}`}
        />
      ) : null}
      {job.status === "failed" ? (
        <div role="alert" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
          {t(failureKeys[job.error ?? ""] ?? "import.failed")}
        </div>
      ) : null}
      {job.status === "expired" || job.status === "cancelled" ? <p className="mb-4">{t("import.expired")}</p> : null}
      {summary && !running && summary.ok ? (
        <ImportCounts counts={summary} heading={t(job.status === "imported" ? "import.countsDone" : "import.counts")} />
      ) : null}
      {summary && !running && !summary.ok ? <ImportErrors errors={summary.errors} errorCount={summary.errorCount} errorRows={summary.errorRows} /> : null}
      {job.canConfirm && summary ? (
        <Form method="post" className="mb-6 rounded-lg bg-white p-4 shadow">
          <p className="mb-4">{summary.created + summary.updated === 0 ? t("import.nothingToDo") : t("import.ready")}</p>
          <div className="flex flex-wrap gap-3">
            <Button name="intent" value="confirm" disabled={navigation.state === "submitting"}>
              {t("import.confirm")}
            </Button>
            <Button name="intent" value="cancel" variant="secondary" formNoValidate>
              {t("import.cancel")}
            </Button>
          </div>
        </Form>
      ) : null}
      {!running ? (
        <p className="flex flex-wrap gap-x-4 gap-y-2">
          <Link to={`${base}/import`}>{t("import.newUpload")}</Link>
          <Link to={base}>{t("import.backToOfferings")}</Link>
        </p>
      ) : null}
    </div>
  );
}
