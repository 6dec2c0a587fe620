import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Button, FormMessage, TextField } from "~/components/ui/form";
import { getSignedIn } from "~/modules/accounts/actor.server";
import { demoAccounts } from "~/modules/accounts/demo-accounts.server";
import { safeRedirect } from "~/modules/accounts/redirect";
import { signInSchema } from "~/modules/accounts/schemas";
import { sessionCookie } from "~/modules/accounts/sessions.server";
import { signIn } from "~/modules/accounts/sign-in.server";
import { useT } from "~/modules/i18n/use-t";

export const meta: MetaFunction = () => [{ title: "Anmelden – familiennetz" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"));
  if (getSignedIn(request)) throw redirect(redirectTo);
  return { demoAccounts: demoAccounts() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: signInSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }), problem: null }, { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const outcome = await signIn({
    email,
    password,
    address: context.clientAddress ?? "local",
    userAgent: request.headers.get("User-Agent"),
  });
  if (!outcome.ok) {
    return data(
      {
        result: submission.reply({ hideFields: ["password"] }),
        problem:
          outcome.reason === "limited"
            ? { key: "login.limited" as const, minutes: outcome.retryAfterMinutes }
            : { key: "login.invalid" as const, minutes: 0 },
      },
      { status: outcome.reason === "limited" ? 429 : 401 },
    );
  }
  throw redirect(safeRedirect(redirectTo), {
    headers: { "Set-Cookie": sessionCookie(outcome.token, outcome.expiresAt) },
  });
}

export default function Login() {
  const { demoAccounts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useT();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signInSchema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <div className="mx-auto max-w-md">
      <h1>{t("login.title")}</h1>
      <div className="mt-6 rounded-lg bg-white p-6 shadow">
        {actionData?.problem ? (
          <FormMessage tone="error">{t(actionData.problem.key, { minutes: actionData.problem.minutes })}</FormMessage>
        ) : null}
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
          <TextField
            id={fields.email.id}
            name={fields.email.name}
            label={t("login.email")}
            type="email"
            autoComplete="username"
            defaultValue={fields.email.initialValue as string | undefined}
            errors={fields.email.errors}
            required
          />
          <TextField
            id={fields.password.id}
            name={fields.password.name}
            label={t("login.password")}
            type="password"
            autoComplete="current-password"
            errors={fields.password.errors}
            required
          />
          <Button>{t("login.submit")}</Button>
        </Form>
        <p className="mt-4 text-sm">
          <Link to="/forgot-password">{t("login.forgot")}</Link>
        </p>
      </div>
      {demoAccounts.length > 0 ? (
        <section aria-labelledby="demo-accounts" className="mt-8 rounded-lg bg-white p-6 shadow">
          <h2 id="demo-accounts">{t("login.demoTitle")}</h2>
          <p className="mt-2 text-sm">{t("login.demoIntro", { password: "familiennetz-demo" })}</p>
          <ul className="mt-3 space-y-1 text-sm">
            {demoAccounts.map((account) => (
              <li key={account.email}>
                <code>{account.email}</code> – {t(`role.${account.role}`)}
                {account.centre ? ` · ${account.centre}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
