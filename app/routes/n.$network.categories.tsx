import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data as reply, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { OfferingDone } from "~/components/offerings/bits";
import { EditCategoryForm, NewCategoryForm, StalePeriodForm } from "~/components/offerings/category-forms";
import { useFocusFirstInvalid } from "~/components/ui/form";
import { requestI18n } from "~/modules/i18n/request.server";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import { performanceAreas } from "~/modules/offerings/categories.server";
import { categorySchema, newCategorySchema, stalePeriodSchema } from "~/modules/offerings/taxonomy-schemas";
import { addCategory, categoriesWithUsage, setCategoryRetired, setStalePeriod, updateCategory } from "~/modules/offerings/taxonomy.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "categories.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "manage:taxonomy");
  const { locale } = requestI18n(request);
  const categories = categoriesWithUsage(network.id).map(({ id, key, area, nameDe, nameEn, retired, offerings }) => ({ id, key, area, nameDe, nameEn, retired, offerings }));
  const editId = Number(new URL(request.url).searchParams.get("edit"));
  return {
    network: { slug: network.slug, staleAfterMonths: network.staleAfterMonths },
    categories,
    editing: categories.find((c) => c.id === editId) ?? null,
    areas: performanceAreas.map((a) => ({ id: a.id, name: locale === "en" ? a.en : a.de })),
  };
}

type Intent = "add" | "update" | "retire" | "reactivate" | "stale";

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "manage:taxonomy");
  const formData = await request.formData();
  const intent = formData.get("intent") as Intent | null;
  const page = `/n/${network.slug}/categories`;
  if (intent === "retire" || intent === "reactivate") {
    const id = Number(formData.get("id"));
    if (!Number.isInteger(id) || id < 1) throw new Response("Bad Request", { status: 400, statusText: "Bad Request" });
    setCategoryRetired(actor, network.id, id, intent === "retire");
    throw redirect(`${page}?done=category-${intent === "retire" ? "retired" : "reactivated"}`);
  }
  if (intent === "stale") {
    const submission = parseWithZod(formData, { schema: stalePeriodSchema });
    if (submission.status !== "success") return reply({ intent, result: submission.reply() }, { status: 400 });
    setStalePeriod(actor, network.id, submission.value.staleAfterMonths);
    throw redirect(`${page}?done=stale`);
  }
  if (intent === "update") {
    const submission = parseWithZod(formData, { schema: categorySchema });
    if (submission.status !== "success") return reply({ intent, result: submission.reply() }, { status: 400 });
    const saved = updateCategory(actor, network.id, submission.value);
    if (!saved.ok) return reply({ intent, result: submission.reply({ fieldErrors: saved.fieldErrors }) }, { status: 400 });
    throw redirect(`${page}?done=category-saved`);
  }
  if (intent === "add") {
    const submission = parseWithZod(formData, { schema: newCategorySchema });
    if (submission.status !== "success") return reply({ intent, result: submission.reply() }, { status: 400 });
    const saved = addCategory(actor, network.id, submission.value);
    if (!saved.ok) return reply({ intent, result: submission.reply({ fieldErrors: saved.fieldErrors }) }, { status: 400 });
    throw redirect(`${page}?done=category-created`);
  }
  throw new Response("Bad Request", { status: 400, statusText: "Bad Request" });
}

export default function Categories() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  useFocusFirstInvalid(actionData);
  const page = `/n/${data.network.slug}/categories`;
  const resultFor = (intent: Intent) => (actionData?.intent === intent ? actionData.result : undefined);
  const areaName = (id: string) => data.areas.find((a) => a.id === id)?.name ?? id;
  return (
    <div className="space-y-8">
      <OfferingDone />
      <div className="space-y-2">
        <h1>{t("categories.title")}</h1>
        <p>{t("categories.intro")}</p>
        <p>
          <Link to={`/n/${data.network.slug}/offerings`}>{t("offerings.allOfferings")}</Link>
        </p>
      </div>

      {data.editing ? (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading" className="mb-3">
            {t("categories.editTitle", { name: locale === "en" ? data.editing.nameEn : data.editing.nameDe })}
          </h2>
          <EditCategoryForm key={data.editing.id} lastResult={resultFor("update")} areas={data.areas} category={data.editing} cancelTo={page} />
        </section>
      ) : null}

      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t("categories.listTitle")}</h2>
        <p className="mt-1 text-sm text-slate-700">{t("categories.retiredExplain")}</p>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm shadow">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">{t("categories.nameDe")}</th>
                <th scope="col" className="p-2">{t("categories.nameEn")}</th>
                <th scope="col" className="p-2">{t("categories.area")}</th>
                <th scope="col" className="p-2">{t("categories.key")}</th>
                <th scope="col" className="p-2 text-right">{t("categories.offerings")}</th>
                <th scope="col" className="p-2">{t("categories.state")}</th>
                <th scope="col" className="p-2">{t("offerings.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {data.categories.map((c) => (
                <tr key={c.id} className="border-t border-slate-200 align-top">
                  <th scope="row" className="p-2 font-normal">{c.nameDe}</th>
                  <td className="p-2">{c.nameEn}</td>
                  <td className="p-2">
                    <abbr title={areaName(c.area)}>{c.area}</abbr>
                  </td>
                  <td className="p-2">
                    <code>{c.key}</code>
                  </td>
                  <td className="p-2 text-right">{c.offerings}</td>
                  <td className="p-2">{c.retired ? t("categories.retired") : t("categories.active")}</td>
                  <td className="p-2">
                    <div className="flex flex-wrap items-center gap-3">
                      <Link to={`${page}?edit=${c.id}#edit-heading`}>
                        {t("categories.edit")}
                        <span className="sr-only">: {c.nameDe}</span>
                      </Link>
                      <Form method="post">
                        <input type="hidden" name="intent" value={c.retired ? "reactivate" : "retire"} />
                        <input type="hidden" name="id" value={String(c.id)} />
                        <button type="submit" className="text-brand-700 underline">
                          {c.retired ? t("categories.reactivate") : t("categories.retire")}
                          <span className="sr-only">: {c.nameDe}</span>
                        </button>
                      </Form>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="add-heading">
        <h2 id="add-heading" className="mb-3">
          {t("categories.addTitle")}
        </h2>
        <NewCategoryForm lastResult={resultFor("add")} areas={data.areas} />
      </section>

      <section aria-labelledby="stale-heading">
        <h2 id="stale-heading" className="mb-3">
          {t("categories.staleTitle")}
        </h2>
        <StalePeriodForm lastResult={resultFor("stale")} months={data.network.staleAfterMonths} />
      </section>
    </div>
  );
}
