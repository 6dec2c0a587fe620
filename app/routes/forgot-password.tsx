import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { Button, FormMessage, TextField, useFocusFirstInvalid } from "~/components/ui/form";
import { requestPasswordReset } from "~/modules/accounts/password-reset.server";
import { forgotPasswordSchema } from "~/modules/accounts/schemas";
import { useT } from "~/modules/i18n/use-t";

export const meta: MetaFunction = () => [{ title: "Passwort vergessen – familiennetz" }];

export async function loader() {
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: forgotPasswordSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), sent: false }, { status: 400 });
  await requestPasswordReset(request, submission.value.email);
  // The same answer whether or not an account exists.
  return data({ result: submission.reply({ resetForm: true }), sent: true });
}

export default function ForgotPassword() {
  const actionData = useActionData<typeof action>();
  const t = useT();
  useFocusFirstInvalid(actionData);
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: forgotPasswordSchema }),
    shouldRevalidate: "onInput",
  });
  return (
    <div className="mx-auto max-w-md">
      <h1>{t("forgot.title")}</h1>
      <div className="mt-6 rounded-lg bg-white p-6 shadow">
        {actionData?.sent ? <FormMessage tone="success">{t("forgot.sent")}</FormMessage> : null}
        <p className="mb-4">{t("forgot.intro")}</p>
        <Form method="post" {...getFormProps(form)}>
          <TextField
            id={fields.email.id}
            name={fields.email.name}
            label={t("login.email")}
            type="email"
            autoComplete="email"
            defaultValue={fields.email.initialValue as string | undefined}
            errors={fields.email.errors}
            required
          />
          <Button>{t("forgot.submit")}</Button>
        </Form>
        <p className="mt-4 text-sm">
          <Link to="/login">{t("forgot.backToLogin")}</Link>
        </p>
      </div>
    </div>
  );
}
