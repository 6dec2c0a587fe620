import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { CentreForm } from "~/components/network/centre-form";
import { useFocusFirstInvalid } from "~/components/ui/form";
import { useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { createCentre } from "~/modules/network/centres.server";
import { pageTitle } from "~/modules/network/format";
import { replyInvalid } from "~/modules/network/replies.server";
import { centreSchema } from "~/modules/network/schemas";
import { listNeighbourhoods } from "~/modules/network/structure.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "centre.newTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "manage:network");
  return {
    network: { slug: network.slug },
    neighbourhoods: listNeighbourhoods(network.id).map(({ id, name }) => ({ id, name })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "manage:network");
  const submission = parseWithZod(await request.formData(), { schema: centreSchema });
  if (submission.status !== "success") return replyInvalid(submission.reply());
  const created = createCentre(actor, network.id, submission.value);
  if (!created.ok) return replyInvalid(submission.reply({ fieldErrors: created.fieldErrors }));
  throw redirect(`/n/${network.slug}/centres/${created.value.slug}?done=created`);
}

export default function NewCentre() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6">{t("centre.newTitle")}</h1>
      <CentreForm lastResult={actionData?.result} neighbourhoods={data.neighbourhoods} cancelTo={`/n/${data.network.slug}`} />
    </div>
  );
}
