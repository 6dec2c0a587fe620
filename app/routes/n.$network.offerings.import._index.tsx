import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { OfferingCsvLinks } from "~/components/import/import-parts";
import { CheckboxField } from "~/components/network/fields";
import { Button, FormMessage } from "~/components/ui/form";
import { useT } from "~/modules/i18n/use-t";
import { pageTitle } from "~/modules/network/format";
import { handleUpload, importAccess, maxImportMb } from "~/modules/offerings/import-web.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "import.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, rights } = importAccess(request, params);
  return {
    network: { slug: network.slug },
    mayCreateMissing: rights.mayCreateMissing,
    ownCentres: rights.centreNames,
    maxMb: maxImportMb,
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
    </div>
  );
}
