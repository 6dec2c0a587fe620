import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FormMessage } from "~/components/ui/form";
import { requirePermission } from "~/modules/accounts/actor.server";
import { deleteAccountSchema, setAdminSchema } from "~/modules/admin/schemas";
import { listUsersWithRoles, setAdmin } from "~/modules/admin/users.server";
import { useT } from "~/modules/i18n/use-t";
import { eraseAccount } from "~/modules/privacy/erase-account.server";

export const meta: MetaFunction = () => [{ title: "Benutzer – Verwaltung – familiennetz" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = requirePermission(request, "admin:instance");
  return { users: listUsersWithRoles(), me: actor.userId };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = requirePermission(request, "admin:instance");
  const formData = await request.formData();
  if (formData.get("intent") === "delete") {
    const submission = parseWithZod(formData, { schema: deleteAccountSchema });
    if (submission.status !== "success") {
      const key = submission.error?.confirm ? ("admin.confirmRequired" as const) : ("admin.userNotFound" as const);
      return data({ ok: false, key }, { status: 400 });
    }
    const outcome = eraseAccount(actor, submission.value.userId);
    if (outcome.ok) return data({ ok: true, key: "admin.accountDeleted" as const });
    return outcome.reason === "self"
      ? data({ ok: false, key: "admin.cannotDeleteSelf" as const }, { status: 400 })
      : data({ ok: false, key: "admin.userNotFound" as const }, { status: 404 });
  }
  const submission = parseWithZod(formData, { schema: setAdminSchema });
  if (submission.status !== "success") return data({ ok: false, key: "admin.userNotFound" as const }, { status: 400 });
  const outcome = setAdmin(actor, submission.value.userId, submission.value.admin === "true");
  if (outcome.ok) return data({ ok: true, key: "admin.adminChanged" as const });
  return outcome.reason === "self"
    ? data({ ok: false, key: "admin.cannotChangeSelf" as const }, { status: 400 })
    : data({ ok: false, key: "admin.userNotFound" as const }, { status: 404 });
}

export default function AdminUsers() {
  const { users, me } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="space-y-6">
      <h1>{t("admin.users")}</h1>
      {actionData ? <FormMessage tone={actionData.ok ? "success" : "error"}>{t(actionData.key)}</FormMessage> : null}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-left text-sm shadow">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-2">{t("admin.userName")}</th>
              <th scope="col" className="p-2">{t("admin.userEmail")}</th>
              <th scope="col" className="p-2">{t("admin.userRoles")}</th>
              <th scope="col" className="p-2">{t("admin.userAdmin")}</th>
              <th scope="col" className="p-2">{t("admin.action")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-slate-200 align-top">
                <th scope="row" className="p-2 font-medium">
                  {u.name} {u.id === me ? <span className="font-normal">{t("admin.you")}</span> : null}
                </th>
                <td className="p-2">{u.email}</td>
                <td className="p-2">
                  {u.roles.length === 0 ? (
                    t("admin.noRoles")
                  ) : (
                    <ul>
                      {u.roles.map((r, i) => (
                        <li key={i}>
                          {r.centre
                            ? t("admin.roleInCentre", { role: t(`role.${r.role}`), network: r.network, centre: r.centre })
                            : t("admin.roleIn", { role: t(`role.${r.role}`), network: r.network })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="p-2">{u.isAdmin ? t("admin.yes") : t("admin.no")}</td>
                <td className="p-2">
                  {u.id === me ? null : (
                    <Form method="post">
                      <input type="hidden" name="userId" value={u.id} />
                      <input type="hidden" name="admin" value={u.isAdmin ? "false" : "true"} />
                      <button type="submit" className="rounded border border-slate-500 bg-white px-3 py-1 hover:bg-slate-100">
                        {u.isAdmin ? t("admin.removeAdmin") : t("admin.makeAdmin")}
                        <span className="sr-only"> {t("admin.adminContext", { name: u.name })}</span>
                      </button>
                    </Form>
                  )}
                  {u.id === me ? null : (
                    <details className="mt-2">
                      <summary className="cursor-pointer text-red-800">
                        {t("admin.deleteAccount")}
                        <span className="sr-only"> {t("admin.deleteAccountContext", { name: u.name })}</span>
                      </summary>
                      <Form method="post" className="mt-2 max-w-sm space-y-2">
                        <input type="hidden" name="intent" value="delete" />
                        <input type="hidden" name="userId" value={u.id} />
                        <p className="text-sm">{t("admin.deleteAccountHint")}</p>
                        <label className="flex items-start gap-2">
                          <input type="checkbox" name="confirm" value="yes" required className="mt-1" />
                          <span>{t("admin.deleteAccountConfirm", { name: u.name })}</span>
                        </label>
                        <button type="submit" className="rounded bg-red-800 px-3 py-1 font-medium text-white hover:bg-red-900">
                          {t("admin.deleteAccount")}
                          <span className="sr-only"> {t("admin.deleteAccountContext", { name: u.name })}</span>
                        </button>
                      </Form>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
