import { TextField } from "~/components/ui/form";
import { minPasswordLengthValue } from "~/modules/accounts/password-rules";
import { useT } from "~/modules/i18n/use-t";

interface FieldMeta {
  id: string;
  name: string;
  errors?: string[];
}

/** A new password and its confirmation, as on the account, reset and invitation pages. */
export function NewPasswordFields({
  fields,
  label,
  confirmLabel,
}: {
  fields: { newPassword: FieldMeta; confirmPassword: FieldMeta };
  label: string;
  confirmLabel: string;
}) {
  const t = useT();
  return (
    <>
      <TextField
        id={fields.newPassword.id}
        name={fields.newPassword.name}
        label={label}
        hint={t("account.passwordHint")}
        type="password"
        autoComplete="new-password"
        errors={fields.newPassword.errors}
        required
        minLength={minPasswordLengthValue}
      />
      <TextField
        id={fields.confirmPassword.id}
        name={fields.confirmPassword.name}
        label={confirmLabel}
        type="password"
        autoComplete="new-password"
        errors={fields.confirmPassword.errors}
        required
      />
    </>
  );
}
