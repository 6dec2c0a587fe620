import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { MeetingForm } from "~/components/meetings/meeting-form";
import { MeetingsSubnav } from "~/components/meetings-subnav";
import { useFocusFirstInvalid } from "~/components/ui/form";
import { forbidden } from "~/modules/accounts/actor.server";
import { useT } from "~/modules/i18n/use-t";
import { createMeeting, hostChoices, mayPlanMeetings, networkCentres } from "~/modules/meetings/meetings.server";
import { newMeetingSchema } from "~/modules/meetings/schemas";
import { networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import { replyInvalid } from "~/modules/network/replies.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "meetings.newTitle");

/** Members may open the page; planning needs manage:meeting for the network or one's own centre. */
function plannerAccess(request: Request, params: LoaderFunctionArgs["params"]) {
  const access = networkAccess(request, params, "read:network");
  if (!mayPlanMeetings(access.actor, access.network.id)) forbidden();
  return access;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = plannerAccess(request, params);
  const hosts = hostChoices(actor, network.id);
  const centres = networkCentres(network.id);
  return {
    network: { slug: network.slug },
    hosts,
    centres,
    defaults: {
      title: "Arbeitskreis Familienzentren",
      startTime: "09:00",
      endTime: "11:00",
      host: hosts.networkWide ? "network" : String(hosts.centres[0]?.id ?? ""),
      invitedCentreIds: centres.map((c) => String(c.id)),
      townInvited: "on",
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor } = plannerAccess(request, params);
  const submission = parseWithZod(await request.formData(), { schema: newMeetingSchema });
  if (submission.status !== "success") return replyInvalid(submission.reply());
  const created = await createMeeting(actor, network.id, network.slug, submission.value);
  if (!created.ok) return replyInvalid(submission.reply({ fieldErrors: created.fieldErrors }));
  throw redirect(`/n/${network.slug}/meetings/${created.value.id}?done=created`);
}

export default function NewMeeting() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);
  return (
    <div className="max-w-3xl">
      <MeetingsSubnav network={data.network.slug} />
      <h1 className="mb-6">{t("meetings.newTitle")}</h1>
      <MeetingForm lastResult={actionData?.result} defaultValue={data.defaults} hosts={data.hosts} centres={data.centres} withAgenda cancelTo={`/n/${data.network.slug}/meetings`} />
    </div>
  );
}
