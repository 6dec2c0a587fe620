// The evidence of one item: kind, label, date, validity, shared, and (when allowed) remove and share.
import { Form } from "@remix-run/react";
import { useLocale, useT } from "~/modules/i18n/use-t";
import { formatDate } from "~/modules/network/format";
import type { EvidenceView } from "~/modules/recertification/evidence.server";
import { EvidenceStateText } from "./parts";

type Evidence = EvidenceView;

/** What the evidence is, in one line (dates of offerings in the review year, validity of agreements …). */
export function EvidenceDetail({ e }: { e: Evidence }) {
  const t = useT();
  const locale = useLocale();
  if (e.offering) {
    if (e.offering.scheduleKind === "appointment") return <>{t("recert.item.heldAppointment")}</>;
    if (e.offering.count === 0 || !e.offering.first || !e.offering.last) return null;
    return <>{t("recert.item.held", { count: e.offering.count, first: formatDate(e.offering.first, locale), last: formatDate(e.offering.last, locale) })}</>;
  }
  if (e.agreement) {
    return <>{e.agreement.endsOn ? t("recert.item.validRange", { from: formatDate(e.agreement.startsOn, locale), to: formatDate(e.agreement.endsOn, locale) }) : t("recert.item.validOpen", { from: formatDate(e.agreement.startsOn, locale) })}</>;
  }
  if (e.meeting) {
    return <>{t("recert.portfolio.meeting", { date: formatDate(e.meeting.date, locale), attendance: t(e.meeting.attended ? "recert.item.attended" : "recert.item.notAttended") })}</>;
  }
  if (e.document) return <>{t("recert.portfolio.file", { name: e.document.fileName })}</>;
  if (e.kind === "link") return <span className="break-all">{e.url}</span>;
  return null;
}

export function EvidenceTable({ evidence, network, editable }: { evidence: Evidence[]; network: string; editable: boolean }) {
  const t = useT();
  const locale = useLocale();
  if (evidence.length === 0) return <p className="mt-2">{t("recert.item.none")}</p>;
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm shadow">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-2">{t("recert.item.kind")}</th>
            <th scope="col" className="p-2">{t("recert.item.label")}</th>
            <th scope="col" className="p-2">{t("recert.item.date")}</th>
            <th scope="col" className="p-2">{t("recert.item.validity")}</th>
            <th scope="col" className="p-2">{t("recert.item.shared")}</th>
            {editable ? <th scope="col" className="p-2">{t("recert.item.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {evidence.map((e) => (
            <tr key={e.id} className="border-t border-slate-200 align-top">
              <td className="p-2">
                {t(`recert.kind.${e.kind}`)}
                {e.isTraining ? ` · ${t("recert.item.training")}` : ""}
              </td>
              <td className="p-2">
                {e.kind === "link" ? (
                  <a href={e.url} rel="noopener noreferrer" target="_blank">
                    {e.label}
                  </a>
                ) : e.document ? (
                  <a href={`/n/${network}/recertification/evidence/${e.id}/file`} aria-label={t("recert.item.downloadLabel", { name: e.document.fileName })}>
                    {e.label}
                  </a>
                ) : (
                  e.label
                )}
                <span className="block text-slate-700">
                  <EvidenceDetail e={e} />
                </span>
              </td>
              <td className="p-2 whitespace-nowrap">{e.date ? formatDate(e.date, locale) : "–"}</td>
              <td className="p-2">
                <EvidenceStateText state={e.state} />
              </td>
              <td className="p-2">{e.shared ? t("recert.item.yes") : t("recert.item.no")}</td>
              {editable ? (
                <td className="p-2">
                  <div className="flex flex-wrap gap-2">
                    <Form method="post">
                      <input type="hidden" name="intent" value={e.shared ? "unshare" : "share"} />
                      <input type="hidden" name="evidenceId" value={e.id} />
                      <button type="submit" aria-label={t(e.shared ? "recert.item.unshareLabel" : "recert.item.shareLabel", { label: e.label })} className="rounded border border-slate-500 bg-white px-2 py-1 hover:bg-slate-100">
                        {t(e.shared ? "recert.item.unshare" : "recert.item.share")}
                      </button>
                    </Form>
                    <Form method="post">
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="evidenceId" value={e.id} />
                      <button type="submit" aria-label={t("recert.item.removeLabel", { label: e.label })} className="rounded border border-red-700 bg-white px-2 py-1 text-red-800 hover:bg-red-50">
                        {t("recert.item.remove")}
                      </button>
                    </Form>
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
