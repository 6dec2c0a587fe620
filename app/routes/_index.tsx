import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getActor } from "~/modules/accounts/actor.server";
import { useT } from "~/modules/i18n/use-t";
import { listNetworksFor } from "~/modules/network/networks.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = getActor(request);
  if (!actor) return { signedIn: false, networks: [] };
  const networks = listNetworksFor(actor).map(({ slug, name }) => ({ slug, name }));
  if (networks.length === 1 && !actor.isAdmin) throw redirect(`/n/${networks[0]!.slug}`);
  return { signedIn: true, networks };
}

export default function Index() {
  const { signedIn, networks } = useLoaderData<typeof loader>();
  const t = useT();
  if (!signedIn) {
    return (
      <div className="max-w-2xl">
        <h1>{t("home.title")}</h1>
        <p className="mt-4 text-lg">{t("home.intro")}</p>
        <p className="mt-6">
          <Link to="/login" className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white">
            {t("shell.signIn")}
          </Link>
        </p>
      </div>
    );
  }
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
    </div>
  );
}
