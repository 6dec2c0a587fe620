import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button, FormMessage, TextAreaField, useFocusFirstInvalid } from "~/components/ui/form";
import { requirePermission, requireSignedIn } from "~/modules/accounts/actor.server";
import { formatDateTime } from "~/modules/accounts/format";
import { legalPageSchema } from "~/modules/admin/schemas";
import { resolveLocale } from "~/modules/i18n/locale.server";
import { useT } from "~/modules/i18n/use-t";
import { getLegalPage, legalPageKeys, saveLegalPage, type LegalPageKey } from "~/modules/legal/legal-pages.server";

export const meta: MetaFunction = () => [{ title: "Rechtstexte – Verwaltung – familiennetz" }];

export async function loader({ request }: LoaderFunctionArgs) {
  requirePermission(request, "admin:instance");
  const locale = resolveLocale(request, requireSignedIn(request).locale);
  return {
    pages: legalPageKeys.map((key) => {
      const page = getLegalPage(key);
      return { key, body: page?.body ?? "", updated: page ? formatDateTime(page.updatedAt, locale) : null };
    }),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = requirePermission(request, "admin:instance");
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: legalPageSchema });
  const key = formData.get("key");
  if (submission.status !== "success") return data({ key: typeof key === "string" ? key : null, result: submission.reply(), saved: false }, { status: 400 });
  saveLegalPage(actor, submission.value.key, submission.value.body);
  return data({ key: submission.value.key as string | null, result: submission.reply(), saved: true });
}

function LegalPageForm({ page }: { page: { key: LegalPageKey; body: string; updated: string | null } }) {
  const actionData = useActionData<typeof action>();
  const t = useT();
  const mine = actionData?.key === page.key ? actionData : undefined;
  const [form, fields] = useForm({
    id: `legal-${page.key}`,
    lastResult: mine?.result,
    defaultValue: { key: page.key, body: page.body },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: legalPageSchema }),
  });
  const title = t(`admin.legal.${page.key}`);
  return (
    <section aria-labelledby={`legal-${page.key}-heading`} className="rounded-lg bg-white p-6 shadow">
      <h2 id={`legal-${page.key}-heading`}>{title}</h2>
      <p className="mt-1 mb-4 text-sm text-slate-700">
        {page.updated ? `${t("admin.lastUpdated", { date: page.updated })} · ` : null}
        <Link to={`/${page.key}`}>
          {t("admin.viewPage")}
          <span className="sr-only">: {title}</span>
        </Link>
      </p>
      {mine?.saved ? <FormMessage tone="success">{t("admin.legalSaved", { page: title })}</FormMessage> : null}
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="key" value={page.key} />
        <TextAreaField
          id={fields.body.id}
          name={fields.body.name}
          label={`${t("admin.legalText")}: ${title}`}
          defaultValue={fields.body.initialValue as string | undefined}
          errors={fields.body.errors}
          rows={14}
        />
        <Button>{t("admin.saveLegal", { page: title })}</Button>
      </Form>
    </section>
  );
}

export default function AdminLegal() {
  const { pages } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);
  return (
    <div className="max-w-3xl space-y-8">
      <div>
        <h1>{t("admin.legal")}</h1>
        <p className="mt-2">{t("admin.legalIntro")}</p>
      </div>
      {pages.map((page) => (
        <LegalPageForm key={page.key} page={page} />
      ))}
    </div>
  );
}
