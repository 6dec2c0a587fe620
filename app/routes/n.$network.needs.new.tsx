import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { NeedForm } from "~/components/needs/need-form";
import { OverlapsSubnav } from "~/components/overlaps-subnav";
import { useFocusFirstInvalid } from "~/components/ui/form";
import { useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import { replyInvalid } from "~/modules/network/replies.server";
import { createNeed, needFormOptions, newNeedDefaults } from "~/modules/needs/needs.server";
import { needSchema } from "~/modules/needs/schemas";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "needs.newTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network } = networkAccess(request, params, "report:need");
  const options = needFormOptions(network.id);
  return { network: { slug: network.slug }, options, defaults: newNeedDefaults(options, new URL(request.url).searchParams) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor } = networkAccess(request, params, "report:need");
  const submission = parseWithZod(await request.formData(), { schema: needSchema });
  if (submission.status !== "success") return replyInvalid(submission.reply());
  // A new need is always open, whatever the form says.
  const created = createNeed(actor, network.id, { ...submission.value, status: "open" });
  if (!created.ok) return replyInvalid(submission.reply({ fieldErrors: created.fieldErrors }));
  throw redirect(`/n/${network.slug}/needs/${created.value.id}?done=created`);
}

export default function NewNeed() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);
  return (
    <div className="max-w-3xl">
      <OverlapsSubnav network={data.network.slug} />
      <h1 className="mb-6">{t("needs.newTitle")}</h1>
      <NeedForm lastResult={actionData?.result} defaultValue={data.defaults} options={data.options} cancelTo={`/n/${data.network.slug}/needs`} />
    </div>
  );
}
