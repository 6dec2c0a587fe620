// The network's recertification checklist: every member reads it; coordinators rename areas and add,
// edit, retire/restore and reorder items.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data as reply, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { emptyItem, ItemForm, type ItemFormValues } from "~/components/recertification/item-form";
import { RecertDone, RecertSubnav } from "~/components/recertification/parts";
import { Button, FormMessage, TextField, useFocusFirstInvalid } from "~/components/ui/form";
import type { MessageKey } from "~/modules/i18n/translate";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import { listCategories } from "~/modules/offerings/categories.server";
import { can } from "~/modules/permissions/permissions";
import { createItem, getArea, getItem, itemFormValues, loadChecklist, moveItem, renameArea, setItemRetired, updateItem } from "~/modules/recertification/checklist.server";
import { areaSchema, itemSchema } from "~/modules/recertification/schemas";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "recert.checklist.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "read:network");
  const { areas, items } = loadChecklist(network.id);
  const canEdit = can(actor, "manage:checklist", { networkId: network.id });
  const editId = Number(new URL(request.url).searchParams.get("edit"));
  return {
    network: { slug: network.slug },
    canEdit,
    areas: areas.map((a) => ({ id: a.id, number: a.number, nameDe: a.nameDe, nameEn: a.nameEn, kind: a.kind })),
    items: items.map((i) => ({ id: i.id, areaId: i.areaId, code: i.code, text: i.text, level: i.level, note: i.note, retired: i.retired, source: i.suggestion?.source ?? null, formValues: canEdit && i.id === editId ? itemFormValues(i) : null })),
    categories: canEdit ? listCategories(network.id).filter((c) => !c.retired).map((c) => ({ key: c.key, nameDe: c.nameDe, nameEn: c.nameEn })) : [],
  };
}

interface ChecklistReply {
  form: string;
  values: ItemFormValues | null;
  fieldErrors: Record<string, string[]>;
  formError: MessageKey | null;
}

function invalid(form: string, fieldErrors: Record<string, string[]>, values: ItemFormValues | null = null) {
  return reply<ChecklistReply>({ form, values, fieldErrors, formError: null }, { status: 400 });
}

function echo(formData: FormData): ItemFormValues {
  const text = (name: string) => String(formData.get(name) ?? "");
  return { areaId: text("areaId"), code: text("code"), text: text("text"), level: text("level"), note: text("note"), source: text("source"), categoryKeys: formData.getAll("categoryKeys").map(String), maxIntervalDays: text("maxIntervalDays"), keywords: text("keywords"), ageFromBelowMonths: text("ageFromBelowMonths"), partnerKinds: text("partnerKinds") };
}

function errorsOf(error: Record<string, string[] | null> | null | undefined): Record<string, string[]> {
  return Object.fromEntries(Object.entries(error ?? {}).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].length > 0));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "manage:checklist");
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const back = `/n/${network.slug}/recertification/checklist`;
  loadChecklist(network.id);
  if (intent === "rename-area") {
    const submission = parseWithZod(formData, { schema: areaSchema });
    if (submission.status !== "success") return invalid(`area-${String(formData.get("areaId"))}`, errorsOf(submission.error));
    const area = getArea(network.id, submission.value.areaId);
    if (!area) return invalid("area", { areaId: ["recert.checklist.areaUnknown"] });
    renameArea(actor, area, submission.value);
    throw redirect(`${back}?done=saved`);
  }
  if (intent === "create" || intent === "update") {
    const item = intent === "update" ? getItem(network.id, Number(formData.get("itemId")) || 0) : null;
    const form = item ? `item-${item.id}` : "new";
    const submission = parseWithZod(formData, { schema: itemSchema });
    if (submission.status !== "success") return invalid(form, errorsOf(submission.error), echo(formData));
    const result = item ? updateItem(actor, item, submission.value) : createItem(actor, network.id, submission.value);
    if (!result.ok) return invalid(form, result.fieldErrors, echo(formData));
    throw redirect(`${back}?done=saved#item-${result.value.id}`);
  }
  if (intent === "retire" || intent === "restore" || intent === "up" || intent === "down") {
    const item = getItem(network.id, Number(formData.get("itemId")) || 0);
    if (intent === "up" || intent === "down") moveItem(actor, item, intent);
    else setItemRetired(actor, item, intent === "retire");
    throw redirect(`${back}?done=saved#item-${item.id}`);
  }
  return invalid("unknown", {});
}

function SmallButton({ intent, itemId, label, aria }: { intent: string; itemId: number; label: string; aria: string }) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="itemId" value={itemId} />
      <button type="submit" aria-label={aria} className="rounded border border-slate-500 bg-white px-2 py-1 text-sm hover:bg-slate-100">
        {label}
      </button>
    </Form>
  );
}

export default function Checklist() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ChecklistReply | undefined;
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  useFocusFirstInvalid(result);
  const editId = Number(params.get("edit"));
  const areas = data.areas;
  return (
    <div className="max-w-4xl space-y-8">
      <RecertSubnav network={data.network.slug} />
      <RecertDone />
      <h1>{t("recert.checklist.title")}</h1>
      <p>{t("recert.checklist.intro")}</p>
      {data.areas.map((area) => {
        const items = data.items.filter((i) => i.areaId === area.id);
        const areaErrors = result?.form === `area-${area.id}` ? result.fieldErrors : undefined;
        return (
          <section key={area.id} aria-labelledby={`checklist-area-${area.number}`}>
            <h2 id={`checklist-area-${area.number}`}>
              {area.number} {locale === "en" ? area.nameEn : area.nameDe}
            </h2>
            {data.canEdit ? (
              <details className="mt-1" open={Boolean(areaErrors)}>
                <summary className="cursor-pointer text-sm font-medium text-brand-800">{t("recert.checklist.rename")}</summary>
                <Form method="post" className="mt-2 grid gap-x-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end" noValidate>
                  <input type="hidden" name="intent" value="rename-area" />
                  <input type="hidden" name="areaId" value={area.id} />
                  <TextField id={`area-${area.id}-de`} name="nameDe" label={t("recert.checklist.areaName")} defaultValue={area.nameDe} maxLength={160} errors={areaErrors?.nameDe} />
                  <TextField id={`area-${area.id}-en`} name="nameEn" label={t("recert.checklist.areaNameEn")} defaultValue={area.nameEn} maxLength={160} errors={areaErrors?.nameEn} />
                  <div className="mb-4">
                    <Button variant="secondary">{t("recert.checklist.save")}</Button>
                  </div>
                </Form>
              </details>
            ) : null}
            <ul className="mt-2 space-y-2">
              {items.map((item, index) => {
                const itemErrors = result?.form === `item-${item.id}` ? result : undefined;
                const editing = data.canEdit && (editId === item.id || Boolean(itemErrors));
                return (
                  <li key={item.id} id={`item-${item.id}`} className="rounded bg-white p-3 shadow">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <p className={item.retired ? "text-slate-700 line-through" : ""}>
                        <strong>{item.code}</strong> {item.text}
                        {item.level ? ` (${t(`recert.level.${item.level}`)})` : ""}
                      </p>
                      {item.retired ? <span className="text-sm font-medium">✕ {t("recert.checklist.retired")}</span> : null}
                    </div>
                    {item.note ? <p className="text-sm text-slate-700">{item.note}</p> : null}
                    {item.source ? <p className="text-sm text-slate-700">{t("recert.checklist.ruleSummary", { source: t(`recert.checklist.source.${item.source}`) })}</p> : null}
                    {data.canEdit && !editing ? (
                      <div className="mt-2 flex flex-wrap gap-2">
                        <Link to={`?edit=${item.id}#item-${item.id}`} aria-label={t("recert.checklist.editLabel", { code: item.code })} className="rounded border border-slate-500 bg-white px-2 py-1 text-sm no-underline hover:bg-slate-100">
                          {t("recert.checklist.edit")}
                        </Link>
                        {index > 0 ? <SmallButton intent="up" itemId={item.id} label={t("recert.checklist.up")} aria={t("recert.checklist.upLabel", { code: item.code })} /> : null}
                        {index < items.length - 1 ? <SmallButton intent="down" itemId={item.id} label={t("recert.checklist.down")} aria={t("recert.checklist.downLabel", { code: item.code })} /> : null}
                        {item.retired ? (
                          <SmallButton intent="restore" itemId={item.id} label={t("recert.checklist.restore")} aria={t("recert.checklist.restoreLabel", { code: item.code })} />
                        ) : (
                          <SmallButton intent="retire" itemId={item.id} label={t("recert.checklist.retire")} aria={t("recert.checklist.retireLabel", { code: item.code })} />
                        )}
                      </div>
                    ) : null}
                    {editing ? (
                      <div className="mt-3 border-t border-slate-200 pt-3">
                        <h3 className="mb-2">{t("recert.checklist.editTitle", { code: item.code })}</h3>
                        <ItemForm
                          prefix={`item-${item.id}`}
                          intent="update"
                          itemId={item.id}
                          values={itemErrors?.values ?? item.formValues ?? emptyItem}
                          errors={itemErrors?.fieldErrors}
                          areas={areas}
                          categories={data.categories}
                          submitLabel={t("recert.checklist.save")}
                          cancelTo="."
                        />
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {data.canEdit ? (
        <section aria-labelledby="add-heading" className="rounded-lg bg-white p-6 shadow">
          <h2 id="add-heading" className="mb-3">
            {t("recert.checklist.add")}
          </h2>
          {result?.form === "new" && result.formError ? <FormMessage tone="error">{t(result.formError)}</FormMessage> : null}
          <ItemForm
            prefix="new"
            intent="create"
            values={result?.form === "new" && result.values ? result.values : emptyItem}
            errors={result?.form === "new" ? result.fieldErrors : undefined}
            areas={areas}
            categories={data.categories}
            submitLabel={t("recert.checklist.add")}
          />
        </section>
      ) : null}
    </div>
  );
}
