import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button, FormMessage, SelectField, TextField, useFocusFirstInvalid } from "~/components/ui/form";
import {
  changePassword,
  endAllOtherSessions,
  endOtherSession,
  getAccount,
  listSessionsFor,
  updateDisplayName,
  updateLocale,
} from "~/modules/accounts/account.server";
import { requireSignedIn } from "~/modules/accounts/actor.server";
import { changePasswordSchema, displayNameSchema, localeSchema, sessionIdSchema } from "~/modules/accounts/schemas";
import { sessionCookie } from "~/modules/accounts/sessions.server";
import { languageCookie, resolveLocale } from "~/modules/i18n/locale.server";
import type { MessageKey } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";
import { NewPasswordFields } from "~/components/new-password-fields";

export const meta: MetaFunction = () => [{ title: "Mein Konto – familiennetz" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const signedIn = requireSignedIn(request);
  const locale = resolveLocale(request, signedIn.locale);
  const account = getAccount(signedIn.actor.userId);
  return {
    account: { name: account?.name ?? signedIn.actor.name, email: signedIn.actor.email, locale: account?.locale ?? locale },
    sessions: listSessionsFor(signedIn.actor.userId, signedIn.session.id, locale),
  };
}

type Intent = "name" | "locale" | "password" | "end-session" | "end-others";
interface Notice {
  tone: "success" | "error";
  key: MessageKey;
  count?: number;
}

function reply(intent: Intent, result: SubmissionResult<string[]> | null, notice: Notice | null, init?: ResponseInit) {
  return data({ intent, result, notice }, init);
}

export async function action({ request }: ActionFunctionArgs) {
  const signedIn = requireSignedIn(request);
  const { actor, session } = signedIn;
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "name") {
    const submission = parseWithZod(formData, { schema: displayNameSchema });
    if (submission.status !== "success") return reply(intent, submission.reply(), null, { status: 400 });
    updateDisplayName(actor, submission.value.name);
    return reply(intent, submission.reply(), { tone: "success", key: "account.nameSaved" });
  }
  if (intent === "locale") {
    const submission = parseWithZod(formData, { schema: localeSchema });
    if (submission.status !== "success") return reply(intent, submission.reply(), null, { status: 400 });
    updateLocale(actor.userId, submission.value.locale);
    return reply(intent, submission.reply(), { tone: "success", key: "account.languageSaved" }, {
      headers: { "Set-Cookie": languageCookie(submission.value.locale) },
    });
  }
  if (intent === "password") {
    const submission = parseWithZod(formData, { schema: changePasswordSchema });
    const hidden = ["currentPassword", "newPassword", "confirmPassword"];
    if (submission.status !== "success") return reply(intent, submission.reply({ hideFields: hidden }), null, { status: 400 });
    const outcome = await changePassword(actor, { ...submission.value, userAgent: request.headers.get("User-Agent") });
    if (!outcome.ok) {
      return reply(intent, submission.reply({ hideFields: hidden, fieldErrors: { currentPassword: ["account.wrongPassword"] } }), null, { status: 400 });
    }
    return reply(intent, submission.reply({ resetForm: true }), { tone: "success", key: "account.passwordChanged" }, {
      headers: { "Set-Cookie": sessionCookie(outcome.token, outcome.expiresAt) },
    });
  }
  if (intent === "end-session") {
    const submission = parseWithZod(formData, { schema: sessionIdSchema });
    const ended = submission.status === "success" && endOtherSession(actor.userId, session.id, submission.value.sessionId);
    return ended
      ? reply(intent, null, { tone: "success", key: "account.sessionEnded" })
      : reply(intent, null, { tone: "error", key: "account.sessionNotFound" }, { status: 404 });
  }
  if (intent === "end-others") {
    const count = endAllOtherSessions(actor.userId, session.id);
    return reply(intent, null, { tone: "success", key: "account.othersEnded", count });
  }
  throw new Response("Bad Request", { status: 400 });
}

function SectionNotice({ intents }: { intents: Intent[] }) {
  const actionData = useActionData<typeof action>();
  const t = useT();
  const notice = actionData?.notice;
  if (!notice || !intents.includes(actionData.intent)) return null;
  return <FormMessage tone={notice.tone}>{t(notice.key, { count: notice.count ?? 0 })}</FormMessage>;
}

function lastResultFor(actionData: ReturnType<typeof useActionData<typeof action>>, intent: Intent) {
  return actionData?.intent === intent ? (actionData.result ?? undefined) : undefined;
}

export default function Account() {
  const { account, sessions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);

  const [nameForm, nameFields] = useForm({
    id: "account-name",
    lastResult: lastResultFor(actionData, "name"),
    defaultValue: { name: account.name },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: displayNameSchema }),
    shouldRevalidate: "onInput",
  });
  const [localeForm, localeFields] = useForm({
    id: "account-locale",
    lastResult: lastResultFor(actionData, "locale"),
    defaultValue: { locale: account.locale },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: localeSchema }),
  });
  const [passwordForm, passwordFields] = useForm({
    id: "account-password",
    lastResult: lastResultFor(actionData, "password"),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changePasswordSchema }),
    shouldRevalidate: "onInput",
  });

  const others = sessions.filter((s) => !s.current);
  return (
    <div className="max-w-3xl space-y-10">
      <h1>{t("account.title")}</h1>

      <section aria-labelledby="profile-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="profile-heading">{t("account.profileHeading")}</h2>
        <p className="mt-2 mb-4">
          {t("account.email")}: <strong>{account.email}</strong>
        </p>
        <SectionNotice intents={["name"]} />
        <Form method="post" {...getFormProps(nameForm)}>
          <input type="hidden" name="intent" value="name" />
          <TextField
            id={nameFields.name.id}
            name={nameFields.name.name}
            label={t("account.name")}
            autoComplete="name"
            defaultValue={nameFields.name.initialValue as string | undefined}
            errors={nameFields.name.errors}
            required
          />
          <Button>{t("account.saveName")}</Button>
        </Form>
      </section>

      <section aria-labelledby="language-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="language-heading" className="mb-4">{t("account.languageHeading")}</h2>
        <SectionNotice intents={["locale"]} />
        <Form method="post" {...getFormProps(localeForm)}>
          <input type="hidden" name="intent" value="locale" />
          <SelectField
            id={localeFields.locale.id}
            name={localeFields.locale.name}
            label={t("account.language")}
            defaultValue={localeFields.locale.initialValue as string | undefined}
            errors={localeFields.locale.errors}
          >
            <option value="de" lang="de">Deutsch</option>
            <option value="en" lang="en">English</option>
          </SelectField>
          <Button>{t("account.saveLanguage")}</Button>
        </Form>
      </section>

      <section aria-labelledby="password-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="password-heading">{t("account.passwordHeading")}</h2>
        <p className="mt-2 mb-4 text-sm text-slate-700">{t("account.passwordIntro")}</p>
        <SectionNotice intents={["password"]} />
        <Form method="post" {...getFormProps(passwordForm)}>
          <input type="hidden" name="intent" value="password" />
          {/* Lets password managers attach the new password to the right account. */}
          <input type="text" name="username" value={account.email} autoComplete="username" readOnly hidden />
          <TextField
            id={passwordFields.currentPassword.id}
            name={passwordFields.currentPassword.name}
            label={t("account.currentPassword")}
            type="password"
            autoComplete="current-password"
            errors={passwordFields.currentPassword.errors}
            required
          />
          <NewPasswordFields fields={passwordFields} label={t("account.newPassword")} confirmLabel={t("account.confirmPassword")} />
          <Button>{t("account.changePassword")}</Button>
        </Form>
      </section>

      <section aria-labelledby="sessions-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="sessions-heading">{t("account.sessionsHeading")}</h2>
        <p className="mt-2 mb-4 text-sm text-slate-700">{t("account.sessionsIntro")}</p>
        <SectionNotice intents={["end-session", "end-others"]} />
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">{t("account.sessionBrowser")}</th>
                <th scope="col" className="p-2">{t("account.sessionCreated")}</th>
                <th scope="col" className="p-2">{t("account.sessionLastSeen")}</th>
                <th scope="col" className="p-2">{t("account.sessionAction")}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => {
                const browser = s.browser ?? t("account.unknownBrowser");
                return (
                  <tr key={s.id} className="border-t border-slate-200">
                    <th scope="row" className="p-2 font-normal">
                      {browser}
                      {s.current ? (
                        <strong className="ml-2 rounded bg-brand-100 px-2 py-0.5 text-brand-900">{t("account.thisDevice")}</strong>
                      ) : null}
                    </th>
                    <td className="p-2">{s.created}</td>
                    <td className="p-2">{s.lastSeen}</td>
                    <td className="p-2">
                      {s.current ? null : (
                        <Form method="post">
                          <input type="hidden" name="intent" value="end-session" />
                          <input type="hidden" name="sessionId" value={s.id} />
                          <button type="submit" className="rounded border border-slate-500 bg-white px-3 py-1 hover:bg-slate-100">
                            {t("account.endSession")}
                            <span className="sr-only">: {t("account.endSessionContext", { browser, lastSeen: s.lastSeen })}</span>
                          </button>
                        </Form>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {others.length > 0 ? (
          <Form method="post" className="mt-4">
            <input type="hidden" name="intent" value="end-others" />
            <Button variant="danger">{t("account.endOthers")}</Button>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="data-heading" className="rounded-lg bg-white p-6 shadow">
        <h2 id="data-heading">{t("account.dataHeading")}</h2>
        <p className="mt-2">{t("account.dataIntro")}</p>
        <p className="mt-4">
          <a href="/account/data" download className="inline-block rounded border border-slate-500 bg-white px-4 py-2 font-medium no-underline hover:bg-slate-100">
            {t("account.dataDownload")}
          </a>
        </p>
        <p className="mt-4 text-sm">{t("account.dataDelete")}</p>
      </section>
    </div>
  );
}
