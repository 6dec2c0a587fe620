import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button, FormMessage, TextField, useFocusFirstInvalid } from "~/components/ui/form";
import { getSignedIn } from "~/modules/accounts/actor.server";
import {
  acceptAsSignedIn,
  acceptWithNewAccount,
  acceptWithPassword,
  describeInvitation,
  type AcceptResult,
} from "~/modules/accounts/invitations.server";
import { normalizeEmail } from "~/modules/accounts/sign-in.server";
import { acceptExistingAccountSchema, acceptNewAccountSchema } from "~/modules/accounts/schemas";
import { invalidateSession, sessionCookie } from "~/modules/accounts/sessions.server";
import { resolveLocale } from "~/modules/i18n/locale.server";
import { useT } from "~/modules/i18n/use-t";
import { NewPasswordFields } from "~/components/new-password-fields";

export const meta: MetaFunction = () => [
  { title: "Einladung – familiennetz" },
  { name: "robots", content: "noindex" },
  // The token is in the URL: never send it to other sites.
  { name: "referrer", content: "no-referrer" },
];

const stateKeys = { invalid: "invite.invalid", used: "invite.used", expired: "invite.expired" } as const;
type Mode = "new" | "signed-in" | "password";

function statusFor(state: "invalid" | "used" | "expired") {
  return state === "invalid" ? 404 : 410;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const view = describeInvitation(params.token);
  if (view.state !== "valid") return data({ problem: stateKeys[view.state], invitation: null }, { status: statusFor(view.state) });
  const signedIn = getSignedIn(request);
  const mode: Mode = !view.accountExists
    ? "new"
    : signedIn && normalizeEmail(signedIn.actor.email) === view.email
      ? "signed-in"
      : "password";
  return {
    problem: null,
    invitation: { email: view.email, role: view.role, centre: view.centre, network: view.network.name, mode },
  };
}

function failure(outcome: Extract<AcceptResult, { ok: false }>, result: SubmissionResult<string[]> | null) {
  switch (outcome.reason) {
    case "invalid":
    case "used":
    case "expired":
      return data({ result, problem: stateKeys[outcome.reason], minutes: 0 }, { status: statusFor(outcome.reason) });
    case "account-exists":
      return data({ result, problem: "invite.accountExists" as const, minutes: 0 }, { status: 409 });
    case "wrong-account":
      return data({ result, problem: "invite.wrongAccount" as const, minutes: 0 }, { status: 403 });
    case "limited":
      return data({ result, problem: "login.limited" as const, minutes: outcome.minutes }, { status: 429 });
    case "wrong-password":
      return data({ result, problem: "invite.wrongPassword" as const, minutes: 0 }, { status: 401 });
  }
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const view = describeInvitation(params.token);
  if (view.state !== "valid") {
    return data({ result: null, problem: stateKeys[view.state], minutes: 0 }, { status: statusFor(view.state) });
  }
  const formData = await request.formData();
  const userAgent = request.headers.get("User-Agent");
  const signedIn = getSignedIn(request);
  let outcome: AcceptResult;
  let result: SubmissionResult<string[]> | null = null;
  if (!view.accountExists) {
    const submission = parseWithZod(formData, { schema: acceptNewAccountSchema });
    const hideFields = ["newPassword", "confirmPassword"];
    if (submission.status !== "success") return data({ result: submission.reply({ hideFields }), problem: null, minutes: 0 }, { status: 400 });
    result = submission.reply({ hideFields });
    outcome = await acceptWithNewAccount(params.token, {
      name: submission.value.name,
      password: submission.value.newPassword,
      locale: resolveLocale(request, signedIn?.locale),
      userAgent,
    });
  } else if (signedIn && normalizeEmail(signedIn.actor.email) === view.email) {
    outcome = acceptAsSignedIn(params.token, signedIn.actor);
  } else {
    const submission = parseWithZod(formData, { schema: acceptExistingAccountSchema });
    const password = submission.status === "success" ? submission.value.password : undefined;
    if (!password) {
      return data(
        { result: submission.reply({ hideFields: ["password"], fieldErrors: { password: ["form.required"] } }), problem: null, minutes: 0 },
        { status: 400 },
      );
    }
    result = submission.reply({ hideFields: ["password"] });
    outcome = await acceptWithPassword(params.token, { password, address: context.clientAddress ?? "local", userAgent });
    // The browser switches to the invited account: the session it had before is ended.
    if (outcome.ok && signedIn) invalidateSession(signedIn.session.id);
  }
  if (!outcome.ok) return failure(outcome, result);
  const headers: HeadersInit = outcome.session ? { "Set-Cookie": sessionCookie(outcome.session.token, outcome.session.expiresAt) } : {};
  throw redirect(`/n/${outcome.networkSlug}`, { headers });
}

export default function Invitation() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);
  const [form, fields] = useForm({
    lastResult: actionData?.result ?? undefined,
    onValidate: ({ formData }) =>
      parseWithZod(formData, { schema: loaderData.invitation?.mode === "new" ? acceptNewAccountSchema : acceptExistingAccountSchema }),
    shouldRevalidate: "onInput",
  });
  const invitation = loaderData.invitation;
  const problem = actionData?.problem ?? loaderData.problem;
  if (!invitation) {
    return (
      <div className="mx-auto max-w-md">
        <h1>{t("invite.title")}</h1>
        <div className="mt-6 rounded-lg bg-white p-6 shadow">
          {problem ? <FormMessage tone="error">{t(problem)}</FormMessage> : null}
        </div>
      </div>
    );
  }
  const role = invitation.centre
    ? t("members.roleAt", { role: t(`role.${invitation.role}`), centre: invitation.centre })
    : t(`role.${invitation.role}`);
  return (
    <div className="mx-auto max-w-md">
      <h1>{t("invite.acceptTitle")}</h1>
      <div className="mt-6 rounded-lg bg-white p-6 shadow">
        {problem ? <FormMessage tone="error">{t(problem, { minutes: actionData?.minutes ?? 0 })}</FormMessage> : null}
        <p className="mb-4">{t("invite.intro", { network: invitation.network, role })}</p>
        <Form method="post" {...getFormProps(form)}>
          {invitation.mode === "new" ? (
            <>
              <p className="mb-4">{t("invite.newAccount", { email: invitation.email })}</p>
              <input type="text" name="username" value={invitation.email} autoComplete="username" readOnly hidden />
              <TextField
                id={fields.name.id}
                name={fields.name.name}
                label={t("invite.name")}
                autoComplete="name"
                defaultValue={fields.name.initialValue as string | undefined}
                errors={fields.name.errors}
                required
              />
              <NewPasswordFields fields={fields} label={t("invite.password")} confirmLabel={t("invite.confirmPassword")} />
              <Button>{t("invite.createAccount")}</Button>
            </>
          ) : invitation.mode === "signed-in" ? (
            <>
              <p className="mb-4">{t("invite.signedInAs", { email: invitation.email })}</p>
              <Button>{t("invite.accept")}</Button>
            </>
          ) : (
            <>
              <p className="mb-4">{t("invite.existingAccount", { email: invitation.email })}</p>
              <input type="text" name="username" value={invitation.email} autoComplete="username" readOnly hidden />
              <TextField
                id={fields.password.id}
                name={fields.password.name}
                label={t("invite.password")}
                type="password"
                autoComplete="current-password"
                errors={fields.password.errors}
                required
              />
              <Button>{t("invite.signInAndAccept")}</Button>
              <p className="mt-4 text-sm">
                <Link to="/forgot-password">{t("login.forgot")}</Link>
              </p>
            </>
          )}
        </Form>
      </div>
    </div>
  );
}
