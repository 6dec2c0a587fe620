import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { OfferingCsvLinks } from "~/components/import/import-parts";
import { CheckboxField } from "~/components/network/fields";
import { Button, FormMessage } from "~/components/ui/form";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { pageTitle } from "~/modules/network/format";
import { formatDateTime } from "~/modules/accounts/format";
import { recentJobs } from "~/modules/offerings/import-jobs.server";
import { handleUpload, importAccess, maxImportMb } from "~/modules/offerings/import-web.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "import.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor, rights } = importAccess(request, params);
  return {
    network: { slug: network.slug },
    mayCreateMissing: rights.mayCreateMissing,
    ownCentres: rights.centreNames,
    maxMb: maxImportMb,
    recent: recentJobs(network.id, actor.userId),
  };
}

/** Step 1: upload; the file is checked (a dry run) and the preview follows. */
export async function action({ request, params }: ActionFunctionArgs) {
  return handleUpload(request, importAccess(request, params));
}

export default function ImportUpload() {
  const data = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useT();
  const locale = useLocale();
  const error = reply?.error ? t(reply.error, { mb: data.maxMb }) : null;
  return (
    <div className="max-w-3xl">
      <h1>{t("import.title")}</h1>
      <p className="mb-2 mt-1">{t("import.intro")}</p>
      <p className="mb-4 text-sm text-slate-700">{t("import.formatHint")}</p>
      {data.ownCentres.length > 0 ? <p className="mb-4">{t("import.ownCentres", { centres: data.ownCentres.join(", ") })}</p> : null}
      <Form method="post" encType="multipart/form-data" className="mb-6 rounded-lg bg-white p-6 shadow">
        {error ? <FormMessage tone="error">{error}</FormMessage> : null}
        <div className="mb-4">
          <label htmlFor="import-file" className="block font-medium">
            {t("import.file")}
          </label>
          <p id="import-file-hint" className="text-sm text-slate-700">
            {t("import.fileHint", { mb: data.maxMb })}
          </p>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            required
            aria-invalid={error ? true : undefined}
            aria-describedby="import-file-hint"
            className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
          />
        </div>
        {data.mayCreateMissing ? (
          <>
            <CheckboxField id="import-create-missing" name="createMissing" label={t("import.createMissing")} />
            <p className="-mt-3 mb-4 text-sm text-slate-700">{t("import.createMissingHint")}</p>
          </>
        ) : null}
        <Button disabled={navigation.state === "submitting"}>{t("import.check")}</Button>
      </Form>
      <OfferingCsvLinks network={data.network.slug} canImport={false} />
      {data.recent.length > 0 ? (
        <section aria-labelledby="import-recent" className="mt-8">
          <h2 id="import-recent">{t("import.recent")}</h2>
          <table className="mt-3 w-full border-collapse bg-white text-left text-sm shadow">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">{t("import.recentFile")}</th>
                <th scope="col" className="p-2">{t("import.recentUploaded")}</th>
                <th scope="col" className="p-2">{t("import.recentStatus")}</th>
              </tr>
            </thead>
            <tbody>
              {data.recent.map((job) => (
                <tr key={job.id} className="border-t border-slate-200">
                  <td className="p-2">
                    <Link to={`/n/${data.network.slug}/offerings/import/${job.id}`}>{job.fileName}</Link>
                  </td>
                  <td className="p-2">{formatDateTime(job.createdAt, locale)}</td>
                  <td className="p-2">{t(`import.status.${job.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
