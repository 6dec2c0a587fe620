// Pieces shared by the month, week and list views: an entry's link, its time, holiday badges.
import { Link } from "@remix-run/react";
import type { CalendarEntry } from "~/modules/calendar/calendar.server";
import type { MessageKey } from "~/modules/i18n/translate";
import { useT } from "~/modules/i18n/use-t";

/** An entry as the views receive it from the loader. */
export type ViewEntry = CalendarEntry;

export interface ViewHoliday {
  kind: "public" | "school";
  name: string;
}

export const eventKindLabel: Record<NonNullable<ViewEntry["eventKind"]>, MessageKey> = {
  meeting: "calendar.kind.meeting",
  "open-day": "calendar.kind.open-day",
  other: "calendar.kind.other",
};

export function entryHref(networkSlug: string, entry: Pick<ViewEntry, "type" | "id">): string {
  return entry.type === "offering" ? `/n/${networkSlug}/offerings/${entry.id}` : `/n/${networkSlug}/events/${entry.id}`;
}

/** "09:30–11:00", read as "09:30 bis 11:00 Uhr". */
export function TimeRange({ date, start, end }: { date: string; start: string; end: string }) {
  const t = useT();
  return (
    <>
      <span aria-hidden="true">
        <time dateTime={`${date}T${start}`}>{start}</time>–<time dateTime={`${date}T${end}`}>{end}</time>
      </span>
      <span className="sr-only">{t("calendar.entry.time", { start, end })}</span>
    </>
  );
}

/** The entry's link: the kind of event (if it is one) and the title. */
export function EntryLink({ networkSlug, entry, withTime = false }: { networkSlug: string; entry: ViewEntry; withTime?: boolean }) {
  const t = useT();
  return (
    <Link to={entryHref(networkSlug, entry)} className="break-words">
      {withTime ? (
        <>
          <span aria-hidden="true" className="font-medium tabular-nums">
            {entry.start}
          </span>
          <span className="sr-only">{t("calendar.entry.time", { start: entry.start, end: entry.end })}</span>{" "}
        </>
      ) : null}
      {entry.eventKind ? <span className="font-semibold">{t(eventKindLabel[entry.eventKind])}: </span> : null}
      {entry.title}
    </Link>
  );
}

/** Public and school holidays of a day, named in words (the colour only repeats it). */
export function HolidayBadges({ holidays, className = "" }: { holidays: ViewHoliday[] | undefined; className?: string }) {
  const t = useT();
  if (!holidays?.length) return null;
  return (
    <ul className={`flex flex-wrap gap-1 ${className}`}>
      {holidays.map((holiday) => (
        <li
          key={`${holiday.kind}-${holiday.name}`}
          className={
            holiday.kind === "public"
              ? "rounded border border-amber-800 bg-amber-50 px-1.5 text-xs font-semibold text-amber-950"
              : "rounded border border-dashed border-emerald-800 bg-emerald-50 px-1.5 text-xs text-emerald-950"
          }
        >
          <span className="sr-only">{t(holiday.kind === "public" ? "calendar.holiday.public" : "calendar.holiday.school")}: </span>
          {holiday.name}
        </li>
      ))}
    </ul>
  );
}

/** Marks today in words. */
export function TodayBadge() {
  const t = useT();
  return <span className="rounded bg-brand-700 px-1.5 text-xs font-semibold text-white">{t("calendar.today")}</span>;
}

/** Small text labels of an entry in the week and list views: centre, place, category, internal. */
export function EntryDetails({ entry }: { entry: ViewEntry }) {
  const t = useT();
  const parts = [entry.centre?.name ?? t("calendar.entry.networkWide"), entry.place, entry.category].filter(Boolean);
  return (
    <p className="text-sm text-slate-700">
      {parts.join(" · ")}
      {entry.type === "event" && !entry.isPublic ? (
        <span className="ml-2 rounded border border-slate-500 px-1 text-xs">{t("calendar.entry.internal")}</span>
      ) : null}
    </p>
  );
}
