import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { EventForm } from "~/components/calendar/event-form";
import { useFocusFirstInvalid } from "~/components/ui/form";
import { createEvent, eventChoices, mayCreateEvents } from "~/modules/calendar/events.server";
import { eventSchema } from "~/modules/calendar/schemas";
import { isCalendarDate } from "~/modules/forms/fields";
import { forbidden } from "~/modules/accounts/actor.server";
import { useT } from "~/modules/i18n/use-t";
import { networkAccess } from "~/modules/network/access.server";
import { pageTitle } from "~/modules/network/format";
import { replyInvalid } from "~/modules/network/replies.server";
import { listNeighbourhoods } from "~/modules/network/structure.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "calendar.event.newTitle");

/** Members who may hold events somewhere: leads (their centre), coordinators and admins. */
function access(request: Request, params: LoaderFunctionArgs["params"]) {
  const { network, actor } = networkAccess(request, params, "read:network");
  if (!mayCreateEvents(actor, network.id)) forbidden();
  return { network, actor };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { network, actor } = access(request, params);
  const date = new URL(request.url).searchParams.get("date");
  return {
    network: { slug: network.slug },
    choices: eventChoices(actor, network.id),
    neighbourhoods: listNeighbourhoods(network.id).map(({ id, name }) => ({ id, name })),
    date: date && isCalendarDate(date) ? date : "",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor } = access(request, params);
  const submission = parseWithZod(await request.formData(), { schema: eventSchema });
  if (submission.status !== "success") return replyInvalid(submission.reply());
  const created = createEvent(actor, network.id, submission.value);
  if (!created.ok) return replyInvalid(submission.reply({ fieldErrors: created.fieldErrors }));
  throw redirect(`/n/${network.slug}/events/${created.value.id}?done=created`);
}

export default function NewEvent() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6">{t("calendar.event.newTitle")}</h1>
      <EventForm
        lastResult={actionData?.result}
        defaultValue={{ date: data.date }}
        centres={data.choices.centres}
        networkWide={data.choices.networkWide}
        neighbourhoods={data.neighbourhoods}
        cancelTo={`/n/${data.network.slug}/calendar`}
      />
    </div>
  );
}
