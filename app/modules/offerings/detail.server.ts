// The data of an offering's page and of its versions page.
import { inArray } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { users } from "@db/schema";
import { formatDateTime } from "~/modules/accounts/format";
import { expandOccurrences } from "~/modules/calendar/occurrences";
import type { Locale, Translate } from "~/modules/i18n/translate";
import type { Network } from "~/modules/network/networks.server";
import type { Actor } from "~/modules/permissions/permissions";
import { describeChanges, lookupsFor } from "./changes.server";
import { centreAddress } from "./form.server";

import { canEdit, centreById } from "./manage.server";
import { isStale, listVersions, type Offering } from "./offerings.server";
import { addDays, berlinToday } from "~/modules/time/dates";

function userNames(ids: (number | null)[]): Map<number, string> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  return new Map(getDb().select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted)).all().map((u) => [u.id, u.name]));
}

/** The next dates of the offering within a year (without cancelled dates), at most `limit`. */
export function nextOccurrences(offering: Offering, limit = 8, today = berlinToday()) {
  const schedule = {
    kind: offering.scheduleKind,
    weekdays: offering.weekdays,
    startTime: offering.startTime,
    endTime: offering.endTime,
    validFrom: offering.validFrom,
    validUntil: offering.validUntil,
    dates: offering.dates.map((d) => ({ date: d.date, start: d.startTime, end: d.endTime })),
    cancelled: offering.cancelled,
  };
  return expandOccurrences(schedule, today, addDays(today, 366)).slice(0, limit);
}

export function offeringPage(network: Network, actor: Actor, offering: Offering, locale: Locale) {
  const centre = centreById(offering.centreId);
  const lookups = lookupsFor(network.id);
  const category = lookups.categories.get(offering.categoryId);
  const names = userNames([offering.verifiedBy, offering.updatedBy]);
  const today = berlinToday();
  return {
    network: { slug: network.slug, staleAfterMonths: network.staleAfterMonths },
    offering: {
      id: offering.id,
      title: offering.title,
      description: offering.description,
      category: category ? (locale === "en" ? category.nameEn : category.nameDe) : "",
      ageFromMonths: offering.ageFromMonths,
      ageToMonths: offering.ageToMonths,
      audiences: offering.audiences,
      neighbourhood: offering.neighbourhoodId ? (lookups.neighbourhoods.get(offering.neighbourhoodId) ?? null) : null,
      placeName: offering.placeName,
      placeAddress: offering.placeAddress,
      scheduleKind: offering.scheduleKind,
      weekdays: offering.weekdays,
      startTime: offering.startTime,
      endTime: offering.endTime,
      validFrom: offering.validFrom,
      validUntil: offering.validUntil,
      dates: offering.dates,
      cancelled: offering.cancelled.filter((date) => date >= addDays(today, -31)),
      languages: offering.languages,
      costCents: offering.costCents,
      costNote: offering.costNote,
      registrationRequired: offering.registrationRequired,
      registrationHow: offering.registrationHow,
      capacity: offering.capacity,
      partners: offering.partnerIds.map((id) => ({ id, name: lookups.partners.get(id) ?? "" })).filter((p) => p.name),
      contactName: offering.contactName,
      contactEmail: offering.contactEmail,
      contactPhone: offering.contactPhone,
      status: offering.status,
      focusAreas: offering.focusAreas,
      version: offering.version,
      updatedAt: formatDateTime(offering.updatedAt, locale),
      updatedBy: offering.updatedBy ? (names.get(offering.updatedBy) ?? null) : null,
      verifiedAt: formatDateTime(offering.verifiedAt, locale),
      verifiedBy: offering.verifiedBy ? (names.get(offering.verifiedBy) ?? null) : null,
      stale: offering.status !== "archived" && isStale(offering.verifiedAt, network.staleAfterMonths),
    },
    centre: { slug: centre.slug, name: centre.name, address: centreAddress(centre) },
    occurrences: nextOccurrences(offering),
    canEdit: canEdit(actor, offering),
  };
}

/** Every version, newest first, with who saved it, when, and what changed, as readable lines. */
export function versionsPage(network: Network, actor: Actor, offering: Offering, t: Translate, locale: Locale) {
  const lookups = lookupsFor(network.id);
  return {
    network: { slug: network.slug },
    offering: { id: offering.id, title: offering.title, version: offering.version },
    canEdit: canEdit(actor, offering),
    versions: listVersions(offering.id).map((v) => ({
      version: v.version,
      at: formatDateTime(v.at, locale),
      by: v.actorName,
      lines: describeChanges(v.changes, lookups, t, locale),
    })),
  };
}
