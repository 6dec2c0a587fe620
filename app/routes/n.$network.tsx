import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/modules/accounts/actor.server";
import { useT } from "~/modules/i18n/use-t";
import { networkNavigation } from "~/modules/network/navigation";
import { requireNetwork } from "~/modules/network/networks.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const network = requireNetwork(params.network);
  const actor = requirePermission(request, "read:network", { networkId: network.id });
  return {
    network: { id: network.id, slug: network.slug, name: network.name },
    nav: networkNavigation(actor, network),
  };
}

export default function NetworkLayout() {
  const { network, nav } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div>
      <div className="no-print mb-6 border-b border-slate-300 pb-3">
        <p className="text-sm font-medium text-slate-700">{network.name}</p>
        <nav aria-label={t("shell.networkNav")}>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
            {nav.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  end={item.end}
                  className="rounded px-1 py-1 font-medium aria-[current=page]:bg-brand-100 aria-[current=page]:text-brand-900"
                >
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <Outlet />
    </div>
  );
}
