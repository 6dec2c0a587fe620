import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button, FormMessage, SelectField, TextField, useFocusFirstInvalid } from "~/components/ui/form";
import { requirePermission, requireSignedIn } from "~/modules/accounts/actor.server";
import { inviteMember, listPendingInvitations, revokeInvitation } from "~/modules/accounts/invitations.server";
import { centreChoices, listMembers, removeMembership } from "~/modules/accounts/members.server";
import { invitationIdSchema, inviteSchema, membershipIdSchema } from "~/modules/accounts/schemas";
import { resolveLocale } from "~/modules/i18n/locale.server";
import type { MessageKey } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";
import { requireNetwork } from "~/modules/network/networks.server";

export const meta: MetaFunction = () => [{ title: "Mitglieder – familiennetz" }];

function guard(request: Request, slug: string | undefined) {
  const signedIn = requireSignedIn(request);
  const network = requireNetwork(slug);
  const actor = requirePermission(request, "manage:members", { networkId: network.id });
  return { signedIn, network, actor };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { signedIn, network } = guard(request, params.network);
  const locale = resolveLocale(request, signedIn.locale);
  return {
    members: listMembers(network.id),
    invitations: listPendingInvitations(network.id, locale).map(({ id, email, role, centre, expires, invitedBy }) => ({
      id,
      email,
      role,
      centre,
      expires,
      invitedBy,
    })),
    centres: centreChoices(network.id),
  };
}

type Intent = "invite" | "remove" | "revoke";
interface Notice {
  tone: "success" | "error";
  key: MessageKey;
  email?: string;
}

function reply(intent: Intent, result: SubmissionResult<string[]> | null, notice: Notice | null, status = 200) {
  return data({ intent, result, notice }, { status });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { network, actor } = guard(request, params.network);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "invite") {
    const submission = parseWithZod(formData, { schema: inviteSchema });
    if (submission.status !== "success") return reply(intent, submission.reply(), null, 400);
    const outcome = await inviteMember(request, actor, network, submission.value);
    if (!outcome.ok) return reply(intent, submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] } }), null, 400);
    return reply(intent, submission.reply({ resetForm: true }), { tone: "success", key: "members.invited", email: submission.value.email });
  }
  if (intent === "remove") {
    const submission = parseWithZod(formData, { schema: membershipIdSchema });
    if (submission.status !== "success") return reply(intent, null, { tone: "error", key: "members.notFound" }, 400);
    const outcome = removeMembership(actor, network.id, submission.value.membershipId);
    if (outcome.ok) return reply(intent, null, { tone: "success", key: "members.removed" });
    return outcome.reason === "not-found"
      ? reply(intent, null, { tone: "error", key: "members.notFound" }, 404)
      : reply(intent, null, { tone: "error", key: "members.ownCoordinatorRole" }, 400);
  }
  if (intent === "revoke") {
    const submission = parseWithZod(formData, { schema: invitationIdSchema });
    const revoked = submission.status === "success" && revokeInvitation(actor, network.id, submission.value.invitationId);
    return revoked
      ? reply(intent, null, { tone: "success", key: "members.revoked" })
      : reply(intent, null, { tone: "error", key: "members.invitationNotFound" }, 404);
  }
  throw new Response("Bad Request", { status: 400 });
}

function SectionNotice({ intents }: { intents: Intent[] }) {
  const actionData = useActionData<typeof action>();
  const t = useT();
  const notice = actionData?.notice;
  if (!notice || !intents.includes(actionData.intent)) return null;
  return <FormMessage tone={notice.tone}>{t(notice.key, { email: notice.email ?? "" })}</FormMessage>;
}

const smallButton = "rounded border border-slate-500 bg-white px-3 py-1 text-sm hover:bg-slate-100";

export default function Members() {
  const { members, invitations, centres } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);
  const [form, fields] = useForm({
    id: "invite",
    lastResult: actionData?.intent === "invite" ? (actionData.result ?? undefined) : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteSchema }),
    shouldRevalidate: "onInput",
  });
  const roleText = (role: "coordinator" | "lead" | "staff", centre: string | null) =>
    centre ? t("members.roleAt", { role: t(`role.${role}`), centre }) : t(`role.${role}`);

  return (
    <div className="space-y-10">
      <div>
        <h1>{t("members.title")}</h1>
        <p className="mt-2">{t("members.intro")}</p>
      </div>

      <div>
        <SectionNotice intents={["remove"]} />
        {members.length === 0 ? (
          <p>{t("members.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm shadow">
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="p-2">{t("members.name")}</th>
                  <th scope="col" className="p-2">{t("members.email")}</th>
                  <th scope="col" className="p-2">{t("members.roles")}</th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr key={m.userId} className="border-t border-slate-200 align-top">
                    <th scope="row" className="p-2 font-medium">{m.name}</th>
                    <td className="p-2">{m.email}</td>
                    <td className="p-2">
                      <ul className="space-y-1">
                        {m.roles.map((r) => (
                          <li key={r.membershipId} className="flex flex-wrap items-center gap-2">
                            <span>{roleText(r.role, r.centre)}</span>
                            <Form method="post">
                              <input type="hidden" name="intent" value="remove" />
                              <input type="hidden" name="membershipId" value={r.membershipId} />
                              <button type="submit" className={smallButton}>
                                {t("members.remove")}
                                <span className="sr-only">: {t("members.removeContext", { role: roleText(r.role, r.centre), name: m.name })}</span>
                              </button>
                            </Form>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>

      <section aria-labelledby="invite-heading" className="max-w-xl rounded-lg bg-white p-6 shadow">
        <h2 id="invite-heading">{t("members.inviteHeading")}</h2>
        <p className="mt-2 mb-4 text-sm text-slate-700">{t("members.inviteIntro")}</p>
        <SectionNotice intents={["invite"]} />
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="invite" />
          <TextField
            id={fields.email.id}
            name={fields.email.name}
            label={t("members.inviteEmail")}
            type="email"
            autoComplete="off"
            defaultValue={fields.email.initialValue as string | undefined}
            errors={fields.email.errors}
            required
          />
          <SelectField
            id={fields.role.id}
            name={fields.role.name}
            label={t("members.inviteRole")}
            defaultValue={(fields.role.initialValue as string | undefined) ?? "staff"}
            errors={fields.role.errors}
            required
          >
            <option value="staff">{t("role.staff")}</option>
            <option value="lead">{t("role.lead")}</option>
            <option value="coordinator">{t("role.coordinator")}</option>
          </SelectField>
          <SelectField
            id={fields.centreId.id}
            name={fields.centreId.name}
            label={t("members.inviteCentre")}
            hint={t("members.inviteCentreHint")}
            defaultValue={(fields.centreId.initialValue as string | undefined) ?? ""}
            errors={fields.centreId.errors}
          >
            <option value="">{t("members.noCentre")}</option>
            {centres.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <Button>{t("members.inviteSubmit")}</Button>
        </Form>
      </section>

      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading">{t("members.pendingHeading")}</h2>
        <SectionNotice intents={["revoke"]} />
        {invitations.length === 0 ? (
          <p className="mt-2">{t("members.pendingNone")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm shadow">
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="p-2">{t("members.email")}</th>
                  <th scope="col" className="p-2">{t("members.inviteRole")}</th>
                  <th scope="col" className="p-2">{t("members.validUntil")}</th>
                  <th scope="col" className="p-2">{t("members.invitedBy")}</th>
                  <th scope="col" className="p-2">{t("members.action")}</th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((i) => (
                  <tr key={i.id} className="border-t border-slate-200">
                    <th scope="row" className="p-2 font-medium">{i.email}</th>
                    <td className="p-2">{roleText(i.role, i.centre)}</td>
                    <td className="p-2">{i.expires}</td>
                    <td className="p-2">{i.invitedBy ?? "–"}</td>
                    <td className="p-2">
                      <Form method="post">
                        <input type="hidden" name="intent" value="revoke" />
                        <input type="hidden" name="invitationId" value={i.id} />
                        <button type="submit" className={smallButton}>
                          {t("members.revoke")}
                          <span className="sr-only">: {t("members.revokeContext", { email: i.email })}</span>
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
