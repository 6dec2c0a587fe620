import { useT } from "~/modules/i18n/use-t";

/** Renders admin-written text as paragraphs; no markup is interpreted. */
export function LegalPageView({ title, body }: { title: string; body: string | null }) {
  const t = useT();
  const paragraphs = (body ?? "").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <article className="max-w-3xl">
      <h1>{title}</h1>
      {paragraphs.length === 0 ? (
        <p className="mt-4">{t("legal.empty")}</p>
      ) : (
        paragraphs.map((p, i) => (
          <p key={i} className="mt-4 whitespace-pre-line">
            {p}
          </p>
        ))
      )}
    </article>
  );
}
