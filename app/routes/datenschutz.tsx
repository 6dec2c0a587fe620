import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { LegalPageView } from "~/components/legal-page";
import { useT } from "~/modules/i18n/use-t";
import { getLegalPage } from "~/modules/legal/legal-pages.server";

export const meta: MetaFunction = () => [{ title: "familiennetz" }];

export async function loader() {
  return { body: getLegalPage("datenschutz")?.body ?? null };
}

export default function LegalPage() {
  const { body } = useLoaderData<typeof loader>();
  const t = useT();
  return <LegalPageView title={t("footer.privacy")} body={body} />;
}
