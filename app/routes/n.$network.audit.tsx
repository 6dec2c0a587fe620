import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AuditLog } from "~/components/audit-log";
import { requirePermission, requireSignedIn } from "~/modules/accounts/actor.server";
import { loadAuditView } from "~/modules/admin/audit-view.server";
import { resolveLocale } from "~/modules/i18n/locale.server";
import { useT } from "~/modules/i18n/use-t";
import { requireNetwork } from "~/modules/network/networks.server";

export const meta: MetaFunction = () => [{ title: "Änderungsprotokoll – familiennetz" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const signedIn = requireSignedIn(request);
  const network = requireNetwork(params.network);
  requirePermission(request, "read:audit", { networkId: network.id });
  return loadAuditView(request, network.id, resolveLocale(request, signedIn.locale));
}

export default function NetworkAudit() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="space-y-6">
      <h1>{t("audit.title")}</h1>
      <AuditLog data={data} />
    </div>
  );
}
