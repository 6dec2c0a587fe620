import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { HolidayDataNotice } from "~/components/calendar/holiday-data-notice";
import { Button, FormMessage, TextField, useFocusFirstInvalid } from "~/components/ui/form";
import { requirePermission } from "~/modules/accounts/actor.server";
import { dayTitle, longDate } from "~/modules/calendar/format";
import { createSchoolHoliday, deleteSchoolHoliday, listSchoolHolidays, upcomingHolidayYearsMissing } from "~/modules/calendar/holidays.server";
import { holidaySchema } from "~/modules/calendar/schemas";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { pageTitle } from "~/modules/network/format";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "calendar.holidays.title");

export async function loader({ request }: LoaderFunctionArgs) {
  requirePermission(request, "admin:instance");
  return { holidays: listSchoolHolidays(), yearsMissing: upcomingHolidayYearsMissing() };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = requirePermission(request, "admin:instance");
  const formData = await request.formData();
  if (formData.get("intent") === "delete") {
    const id = Number(formData.get("id"));
    const deleted = Number.isSafeInteger(id) && id > 0 && deleteSchoolHoliday(actor, id);
    if (!deleted) return data({ result: null, message: "calendar.holidays.notFound" as const, ok: false }, { status: 404 });
    return data({ result: null, message: "calendar.holidays.deleted" as const, ok: true });
  }
  const submission = parseWithZod(formData, { schema: holidaySchema });
  if (submission.status !== "success") return data({ result: submission.reply(), message: null, ok: false }, { status: 400 });
  const created = createSchoolHoliday(actor, submission.value);
  if (!created.ok) return data({ result: submission.reply({ fieldErrors: created.fieldErrors }), message: null, ok: false }, { status: 400 });
  return data({ result: submission.reply({ resetForm: true }), message: "calendar.holidays.created" as const, ok: true });
}

export default function AdminHolidays() {
  const { holidays, yearsMissing } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  useFocusFirstInvalid(actionData?.result);
  const [form, fields] = useForm({
    id: "holiday",
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: holidaySchema }),
    shouldRevalidate: "onInput",
  });
  return (
    <div className="space-y-10">
      <div>
        <h1>{t("calendar.holidays.title")}</h1>
        <p className="mt-2 max-w-3xl">{t("calendar.holidays.intro")}</p>
      </div>
      <HolidayDataNotice years={yearsMissing} audience="admin" showLink={false} />
      {actionData?.message ? <FormMessage tone={actionData.ok ? "success" : "error"}>{t(actionData.message)}</FormMessage> : null}
      {holidays.length === 0 ? (
        <p>{t("calendar.holidays.none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm shadow">
            <caption className="sr-only">{t("calendar.holidays.title")}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">{t("calendar.holidays.name")}</th>
                <th scope="col" className="p-2">{t("calendar.holidays.startsOn")}</th>
                <th scope="col" className="p-2">{t("calendar.holidays.endsOn")}</th>
                <th scope="col" className="p-2">{t("calendar.holidays.action")}</th>
              </tr>
            </thead>
            <tbody>
              {holidays.map((h) => (
                <tr key={h.id} className="border-t border-slate-200">
                  <th scope="row" className="p-2 font-medium">
                    {h.name} {h.startsOn.slice(0, 4)}
                  </th>
                  <td className="p-2">
                    <time dateTime={h.startsOn}>{dayTitle(h.startsOn, locale)}</time>
                  </td>
                  <td className="p-2">
                    <time dateTime={h.endsOn}>{dayTitle(h.endsOn, locale)}</time>
                  </td>
                  <td className="p-2">
                    <Form method="post">
                      <input type="hidden" name="intent" value="delete" />
                      <input type="hidden" name="id" value={h.id} />
                      <button type="submit" className="rounded border border-slate-500 bg-white px-3 py-1 hover:bg-slate-100">
                        {t("form.delete")}
                        <span className="sr-only">
                          {" "}
                          {t("calendar.holidays.deleteContext", { name: h.name, from: longDate(h.startsOn, locale) })}
                        </span>
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="add-holiday" className="max-w-xl rounded-lg bg-white p-6 shadow">
        <h2 id="add-holiday" className="mb-4">
          {t("calendar.holidays.add")}
        </h2>
        <Form method="post" {...getFormProps(form)}>
          <TextField
            id={fields.name.id}
            name={fields.name.name}
            label={t("calendar.holidays.name")}
            hint={t("calendar.holidays.nameHint")}
            list="holiday-names"
            defaultValue={fields.name.initialValue as string | undefined}
            errors={fields.name.errors}
            maxLength={80}
            required
          />
          <datalist id="holiday-names">
            {["Osterferien", "Pfingstferien", "Sommerferien", "Herbstferien", "Weihnachtsferien"].map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <TextField
            id={fields.startsOn.id}
            name={fields.startsOn.name}
            type="date"
            label={t("calendar.holidays.startsOn")}
            defaultValue={fields.startsOn.initialValue as string | undefined}
            errors={fields.startsOn.errors}
            required
          />
          <TextField
            id={fields.endsOn.id}
            name={fields.endsOn.name}
            type="date"
            label={t("calendar.holidays.endsOn")}
            defaultValue={fields.endsOn.initialValue as string | undefined}
            errors={fields.endsOn.errors}
            required
          />
          <Button>{t("calendar.holidays.addButton")}</Button>
        </Form>
      </section>
    </div>
  );
}
