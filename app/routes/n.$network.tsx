import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { SectionNav } from "~/components/section-nav";
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
      <SectionNav title={network.name} label={t("shell.networkNav")} items={nav} />
      <Outlet />
    </div>
  );
}
