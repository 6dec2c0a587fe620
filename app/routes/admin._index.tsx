import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { HolidayDataNotice } from "~/components/calendar/holiday-data-notice";
import { Button, FormMessage, TextField, useFocusFirstInvalid } from "~/components/ui/form";
import { requirePermission } from "~/modules/accounts/actor.server";
import { createNetworkAsAdmin, listNetworksOverview } from "~/modules/admin/networks.server";
import { upcomingHolidayYearsMissing } from "~/modules/calendar/holidays.server";
import { createNetworkSchema } from "~/modules/admin/schemas";
import { useT } from "~/modules/i18n/use-t";

export const meta: MetaFunction = () => [{ title: "Verwaltung – familiennetz" }];

export async function loader({ request }: LoaderFunctionArgs) {
  requirePermission(request, "admin:instance");
  return { networks: listNetworksOverview(), holidayYearsMissing: upcomingHolidayYearsMissing() };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = requirePermission(request, "admin:instance");
  const submission = parseWithZod(await request.formData(), { schema: createNetworkSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), created: null }, { status: 400 });
  const outcome = createNetworkAsAdmin(actor, submission.value);
  if (!outcome.ok) {
    return data({ result: submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] } }), created: null }, { status: 400 });
  }
  return data({ result: submission.reply({ resetForm: true }), created: submission.value.name });
}

export default function AdminNetworks() {
  const { networks, holidayYearsMissing } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createNetworkSchema }),
    shouldRevalidate: "onInput",
  });
  return (
    <div className="space-y-10">
      <h1>{t("admin.networks")}</h1>
      <HolidayDataNotice years={holidayYearsMissing} audience="admin" showLink />
      {networks.length === 0 ? (
        <p>{t("admin.noNetworks")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm shadow">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">{t("admin.networkName")}</th>
                <th scope="col" className="p-2">{t("admin.networkSlug")}</th>
                <th scope="col" className="p-2 text-right">{t("admin.centres")}</th>
                <th scope="col" className="p-2 text-right">{t("admin.members")}</th>
              </tr>
            </thead>
            <tbody>
              {networks.map((n) => (
                <tr key={n.id} className="border-t border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    <Link to={`/n/${n.slug}`}>{n.name}</Link>
                    {n.isDemo ? <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-xs text-slate-900">{t("admin.demo")}</span> : null}
                  </th>
                  <td className="p-2">
                    <code>{n.slug}</code>
                  </td>
                  <td className="p-2 text-right">{n.centres}</td>
                  <td className="p-2 text-right">{n.members}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="create-network" className="max-w-xl rounded-lg bg-white p-6 shadow">
        <h2 id="create-network" className="mb-4">{t("admin.createHeading")}</h2>
        {actionData?.created ? <FormMessage tone="success">{t("admin.networkCreated", { name: actionData.created })}</FormMessage> : null}
        <Form method="post" {...getFormProps(form)}>
          <TextField
            id={fields.name.id}
            name={fields.name.name}
            label={t("admin.networkName")}
            defaultValue={fields.name.initialValue as string | undefined}
            errors={fields.name.errors}
            required
          />
          <TextField
            id={fields.slug.id}
            name={fields.slug.name}
            label={t("admin.networkSlug")}
            hint={t("admin.slugHint")}
            defaultValue={fields.slug.initialValue as string | undefined}
            errors={fields.slug.errors}
            pattern="[a-z0-9][a-z0-9\-]*"
            autoCapitalize="none"
            spellCheck={false}
            required
          />
          <Button>{t("admin.createNetwork")}</Button>
        </Form>
      </section>
    </div>
  );
}
