import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GuideStart } from "~/components/guide/start";
import { getActor } from "~/modules/accounts/actor.server";
import { startPage } from "~/modules/guide/pages.server";
import { listGuides } from "~/modules/guide/search.server";
import { useT } from "~/modules/i18n/use-t";
import { pageTitle } from "~/modules/network/format";
import { listNetworksFor } from "~/modules/network/networks.server";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data?.kind === "guide" ? pageTitle(matches, "guide.titleOf", { network: data.guide.network.name }) : [{ title: "familiennetz" }];

/**
 * Visitors get the family guide here when the instance has one network, else the list of guides.
 * Signed-in members of one network go to its workspace; others see their networks and the guides.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = getActor(request);
  const guides = listGuides();
  if (!actor) {
    if (guides.length === 1) return { kind: "guide" as const, guide: startPage(request, guides[0]!) };
    return { kind: "guides" as const, guides: guides.map(({ slug, name }) => ({ slug, name })) };
  }
  const networks = listNetworksFor(actor).map(({ slug, name }) => ({ slug, name }));
  if (networks.length === 1 && !actor.isAdmin) throw redirect(`/n/${networks[0]!.slug}`);
  return { kind: "member" as const, networks, guides: guides.map(({ slug, name }) => ({ slug, name })) };
}

function GuideList({ guides }: { guides: { slug: string; name: string }[] }) {
  const t = useT();
  if (guides.length === 0) return null;
  return (
    <section aria-labelledby="guides-heading" className="mt-8">
      <h2 id="guides-heading">{t("guide.list.title")}</h2>
      <p className="mt-2">{t("guide.list.intro")}</p>
      <ul className="mt-2 space-y-2">
        {guides.map((g) => (
          <li key={g.slug}>
            <Link to={`/guide/${g.slug}`} className="text-lg">
              {g.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function Index() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  if (data.kind === "guide") return <GuideStart data={data.guide} />;
  if (data.kind === "guides") {
    return (
      <div className="max-w-2xl">
        <h1>{t("home.title")}</h1>
        <p className="mt-4 text-lg">{t("home.intro")}</p>
        <GuideList guides={data.guides} />
        <p className="mt-8">{t("guide.list.staff")}</p>
        <p className="mt-2">
          <Link to="/login" className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white">
            {t("shell.signIn")}
          </Link>
        </p>
      </div>
    );
  }
  const { networks } = data;
  return (
    <div>
      <h1>{t("home.yourNetworks")}</h1>
      {networks.length === 0 ? (
        <p className="mt-4">{t("home.noNetworks")}</p>
      ) : (
        <ul className="mt-4 space-y-2">
          {networks.map((n) => (
            <li key={n.slug}>
              <Link to={`/n/${n.slug}`} className="text-lg">
                {n.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <GuideList guides={data.guides} />
    </div>
  );
}
