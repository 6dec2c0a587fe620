import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button, FormMessage, useFocusFirstInvalid } from "~/components/ui/form";
import { checkResetToken, resetPassword } from "~/modules/accounts/password-reset.server";
import { resetPasswordSchema } from "~/modules/accounts/schemas";
import { sessionCookie } from "~/modules/accounts/sessions.server";
import { useT } from "~/modules/i18n/use-t";
import { NewPasswordFields } from "~/components/new-password-fields";

export const meta: MetaFunction = () => [
  { title: "Neues Passwort – familiennetz" },
  { name: "robots", content: "noindex" },
  // The token is in the URL: never send it to other sites.
  { name: "referrer", content: "no-referrer" },
];

const problemKeys = { invalid: "reset.invalid", used: "reset.used", expired: "reset.expired" } as const;

export async function loader({ params }: LoaderFunctionArgs) {
  const checked = checkResetToken(params.token);
  if (checked.state !== "valid") {
    return data({ problem: problemKeys[checked.state], email: null }, { status: checked.state === "invalid" ? 404 : 410 });
  }
  // Whoever holds the link received it at this address; it lets password managers save the new password.
  return { problem: null, email: checked.token.email };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: resetPasswordSchema });
  const hideFields = ["newPassword", "confirmPassword"];
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields }), problem: null }, { status: 400 });
  }
  const outcome = await resetPassword(params.token, submission.value.newPassword, request.headers.get("User-Agent"));
  if (!outcome.ok) {
    return data(
      { result: submission.reply({ hideFields }), problem: problemKeys[outcome.state] },
      { status: outcome.state === "invalid" ? 404 : 410 },
    );
  }
  throw redirect("/", { headers: { "Set-Cookie": sessionCookie(outcome.token, outcome.expiresAt) } });
}

export default function ResetPassword() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: resetPasswordSchema }),
    shouldRevalidate: "onInput",
  });
  const problem = actionData?.problem ?? loaderData.problem;
  return (
    <div className="mx-auto max-w-md">
      <h1>{t("reset.title")}</h1>
      <div className="mt-6 rounded-lg bg-white p-6 shadow">
        {problem ? (
          <>
            <FormMessage tone="error">{t(problem)}</FormMessage>
            <p>
              <Link to="/forgot-password">{t("reset.requestNew")}</Link>
            </p>
          </>
        ) : (
          <>
            <p className="mb-4">{t("reset.intro")}</p>
            <Form method="post" {...getFormProps(form)}>
              {loaderData.email ? <input type="text" name="username" value={loaderData.email} autoComplete="username" readOnly hidden /> : null}
              <NewPasswordFields fields={fields} label={t("account.newPassword")} confirmLabel={t("account.confirmPassword")} />
              <Button>{t("reset.submit")}</Button>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}
