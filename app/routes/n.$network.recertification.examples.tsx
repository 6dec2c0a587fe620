// Evidence the centres share with the network as examples, by checklist item; visible to every member.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { RecertSubnav } from "~/components/recertification/parts";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { formatBytes, formatDate, pageTitle } from "~/modules/network/format";
import { loadChecklist } from "~/modules/recertification/checklist.server";
import { listSharedExamples } from "~/modules/recertification/evidence.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "recert.examples.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "read:network");
  const examples = listSharedExamples(network.id);
  const { areas, items } = loadChecklist(network.id);
  const groups = areas
    .map((area) => ({
      area: { id: area.id, number: area.number, nameDe: area.nameDe, nameEn: area.nameEn },
      items: items
        .filter((i) => i.areaId === area.id)
        .map((i) => ({ id: i.id, code: i.code, text: i.text, examples: examples.filter((e) => e.itemId === i.id) }))
        .filter((i) => i.examples.length > 0),
    }))
    .filter((g) => g.items.length > 0);
  return { network: { slug: network.slug }, groups };
}

export default function RecertificationExamples() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="max-w-4xl space-y-6">
      <RecertSubnav network={data.network.slug} />
      <h1>{t("recert.examples.title")}</h1>
      <p>{t("recert.examples.intro")}</p>
      {data.groups.length === 0 ? <p>{t("recert.examples.none")}</p> : null}
      {data.groups.map((g) => (
        <section key={g.area.id} aria-labelledby={`examples-area-${g.area.number}`}>
          <h2 id={`examples-area-${g.area.number}`}>
            {g.area.number} {locale === "en" ? g.area.nameEn : g.area.nameDe}
          </h2>
          {g.items.map((i) => (
            <div key={i.id} className="mt-3">
              <h3>
                {i.code} {i.text}
              </h3>
              <ul className="mt-1 space-y-1">
                {i.examples.map((e) => (
                  <li key={e.id} className="rounded bg-white p-3 shadow">
                    {e.document ? (
                      <a href={`/n/${data.network.slug}/recertification/evidence/${e.id}/file`}>{e.label}</a>
                    ) : e.kind === "link" ? (
                      <a href={e.url} rel="noopener noreferrer" target="_blank">
                        {e.label}
                      </a>
                    ) : (
                      e.label
                    )}{" "}
                    <span className="text-sm text-slate-700">
                      – {t(`recert.kind.${e.kind}`)}, {t("recert.examples.from", { centre: e.centreName })}
                      {e.date ? `, ${formatDate(e.date, locale)}` : ""}
                      {e.document ? `, ${e.document.fileName} (${formatBytes(e.document.fileSize, locale)})` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
