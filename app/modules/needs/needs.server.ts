// Needs (Bedarfe) of a network: list, report, edit, delete, and the offerings that answer them.
//
// Who may do what (docs: README "Lücken und Bedarfe"):
// - every member of the network may read needs and report one ("report:need");
// - a need may be edited (status too) and deleted by its reporter, by the leads of the centre it was
//   reported from, and by the coordinator ("manage:network") and admins;
// - an offering may be linked to (or unlinked from) a need by whoever may edit that offering
//   ("edit:offering" for the offering's centre), and by the coordinator.
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { categories, centres, needOfferings, needs, neighbourhoods, offerings, users } from "@db/schema";
import { notFound } from "~/modules/accounts/actor.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { refused, type Mutation } from "~/modules/network/result";
import { can, type Actor } from "~/modules/permissions/permissions";
import { needStatuses, type NeedInput, type NeedStatus } from "./schemas";
import { nowMs } from "~/modules/time/clock";

export type Need = typeof needs.$inferSelect;

/** A need of this network; 404 for unknown ids and for needs of other networks. */
export function getNeed(networkId: number, id: number): Need {
  return getDb().select().from(needs).where(and(eq(needs.networkId, networkId), eq(needs.id, id))).get() ?? notFound();
}

export function canEditNeed(actor: Actor, need: Pick<Need, "networkId" | "reportedBy" | "centreId">): boolean {
  if (can(actor, "manage:network", { networkId: need.networkId })) return true;
  if (!can(actor, "report:need", { networkId: need.networkId })) return false;
  if (need.reportedBy !== null && need.reportedBy === actor.userId) return true;
  return need.centreId !== null && actor.memberships.some((m) => m.networkId === need.networkId && m.role === "lead" && m.centreId === need.centreId);
}

/** The centre a need is reported from: the reporter's centre in this network (none for coordinators). */
function reporterCentre(actor: Actor, networkId: number): number | null {
  return actor.memberships.find((m) => m.networkId === networkId && m.centreId !== null)?.centreId ?? null;
}

export interface NeedFilter {
  neighbourhood: string;
  category: string;
  status: NeedStatus | "";
}

const slugLike = /^[a-z0-9][a-z0-9-]{0,79}$/;

export function parseNeedFilter(params: URLSearchParams): NeedFilter {
  const get = (name: string) => (params.get(name) ?? "").trim();
  const status = get("status");
  return {
    neighbourhood: slugLike.test(get("neighbourhood")) ? get("neighbourhood") : "",
    category: slugLike.test(get("category")) ? get("category") : "",
    status: (needStatuses as readonly string[]).includes(status) ? (status as NeedStatus) : "",
  };
}

export function needFilterQuery(filter: Partial<NeedFilter>): string {
  const params = new URLSearchParams();
  for (const key of ["neighbourhood", "category", "status"] as const) if (filter[key]) params.set(key, filter[key]!);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export interface NeedRow {
  id: number;
  title: string;
  description: string;
  status: NeedStatus;
  source: string;
  ageFromMonths: number;
  ageToMonths: number;
  audiences: string[];
  neighbourhoodName: string;
  neighbourhoodSlug: string;
  categoryKey: string | null;
  categoryDe: string | null;
  categoryEn: string | null;
  reporterName: string | null;
  centreName: string | null;
  createdAt: number;
  updatedAt: number;
  answeredBy: number;
}

/** The network's needs for the filter: open ones first, then the newest. */
export function listNeeds(networkId: number, filter: NeedFilter): NeedRow[] {
  const conditions: SQL[] = [eq(needs.networkId, networkId)];
  if (filter.neighbourhood) conditions.push(eq(neighbourhoods.slug, filter.neighbourhood));
  if (filter.category) conditions.push(eq(categories.key, filter.category));
  if (filter.status) conditions.push(eq(needs.status, filter.status));
  return getDb()
    .select({
      id: needs.id,
      title: needs.title,
      description: needs.description,
      status: needs.status,
      source: needs.source,
      ageFromMonths: needs.ageFromMonths,
      ageToMonths: needs.ageToMonths,
      audiences: needs.audiences,
      neighbourhoodName: neighbourhoods.name,
      neighbourhoodSlug: neighbourhoods.slug,
      categoryKey: categories.key,
      categoryDe: categories.nameDe,
      categoryEn: categories.nameEn,
      reporterName: users.name,
      centreName: centres.name,
      createdAt: needs.createdAt,
      updatedAt: needs.updatedAt,
      answeredBy: sql<number>`(select count(*) from ${needOfferings} where ${needOfferings.needId} = ${needs.id})`,
    })
    .from(needs)
    .innerJoin(neighbourhoods, eq(neighbourhoods.id, needs.neighbourhoodId))
    .leftJoin(categories, eq(categories.id, needs.categoryId))
    .leftJoin(users, eq(users.id, needs.reportedBy))
    .leftJoin(centres, eq(centres.id, needs.centreId))
    .where(and(...conditions))
    .orderBy(sql`case ${needs.status} when 'open' then 0 when 'met' then 1 else 2 end`, desc(needs.createdAt), desc(needs.id))
    .all();
}

function belongs(table: typeof neighbourhoods | typeof categories, networkId: number, id: number): boolean {
  return getDb().select({ id: table.id }).from(table).where(and(eq(table.networkId, networkId), eq(table.id, id))).get() !== undefined;
}

/** Neighbourhood and category must be the network's own (never trust ids from a form). */
function checkReferences(networkId: number, input: NeedInput): Mutation<null> {
  if (!belongs(neighbourhoods, networkId, input.neighbourhoodId)) return refused("neighbourhoodId", "needs.neighbourhoodUnknown");
  if (input.categoryId !== null && !belongs(categories, networkId, input.categoryId)) return refused("categoryId", "needs.categoryUnknown");
  return { ok: true, value: null };
}

function auditView(row: Need) {
  const { id: _id, networkId: _networkId, createdAt: _createdAt, updatedAt: _updatedAt, ...rest } = row;
  return rest;
}

export function createNeed(actor: Actor, networkId: number, input: NeedInput, now = nowMs()): Mutation<Need> {
  const checked = checkReferences(networkId, input);
  if (!checked.ok) return checked;
  return getDb().transaction((tx) => {
    const row = tx
      .insert(needs)
      .values({ networkId, ...input, reportedBy: actor.userId, centreId: reporterCentre(actor, networkId), createdAt: now, updatedAt: now })
      .returning()
      .get();
    recordAudit({ actor, networkId, entity: "need", entityId: row.id, action: "create", after: auditView(row) }, tx);
    return { ok: true as const, value: row };
  });
}

export function updateNeed(actor: Actor, need: Need, input: NeedInput, now = nowMs()): Mutation<Need> {
  const checked = checkReferences(need.networkId, input);
  if (!checked.ok) return checked;
  return getDb().transaction((tx) => {
    const row = tx.update(needs).set({ ...input, updatedAt: now }).where(eq(needs.id, need.id)).returning().get();
    recordAudit({ actor, networkId: need.networkId, entity: "need", entityId: need.id, action: "update", before: auditView(need), after: auditView(row) }, tx);
    return { ok: true as const, value: row };
  });
}

export function deleteNeed(actor: Actor, need: Need): void {
  getDb().transaction((tx) => {
    tx.delete(needs).where(eq(needs.id, need.id)).run();
    recordAudit({ actor, networkId: need.networkId, entity: "need", entityId: need.id, action: "delete", before: auditView(need) }, tx);
  });
}

export function needFormValues(need: Need) {
  const years = need.ageFromMonths % 12 === 0 && (need.ageToMonths % 12 === 11 || need.ageToMonths >= 1199);
  const unit = years ? "years" : "months";
  const from = need.ageFromMonths === 0 ? "" : String(years ? need.ageFromMonths / 12 : need.ageFromMonths);
  const to = need.ageToMonths >= 1199 ? "" : String(years ? (need.ageToMonths - 11) / 12 : need.ageToMonths);
  return {
    neighbourhoodId: String(need.neighbourhoodId),
    categoryId: need.categoryId === null ? "" : String(need.categoryId),
    title: need.title,
    description: need.description,
    source: need.source,
    ageFrom: from,
    ageTo: to,
    ageUnit: unit,
    audiences: need.audiences as string[],
    status: need.status,
  };
}

// ---- Offerings answering a need -----------------------------------------------------------------

export interface LinkedOffering {
  id: number;
  title: string;
  centreName: string;
  centreId: number;
  neighbourhoodName: string | null;
  status: "draft" | "published" | "archived";
}

const offeringColumns = {
  id: offerings.id,
  title: offerings.title,
  centreName: centres.name,
  centreId: offerings.centreId,
  neighbourhoodName: neighbourhoods.name,
  status: offerings.status,
};

export function linkedOfferings(needId: number): LinkedOffering[] {
  return getDb()
    .select(offeringColumns)
    .from(needOfferings)
    .innerJoin(offerings, eq(offerings.id, needOfferings.offeringId))
    .innerJoin(centres, eq(centres.id, offerings.centreId))
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, offerings.neighbourhoodId))
    .where(eq(needOfferings.needId, needId))
    .orderBy(asc(offerings.title))
    .all();
}

/** Published offerings that may be linked: of the need's neighbourhood (or any), matching the search. */
export function linkCandidates(need: Need, options: { q: string; anywhere: boolean; centreIds: number[] }, limit = 30): LinkedOffering[] {
  if (options.centreIds.length === 0) return [];
  const conditions: SQL[] = [eq(offerings.networkId, need.networkId), eq(offerings.status, "published"), inArray(offerings.centreId, options.centreIds)];
  if (!options.anywhere) conditions.push(eq(offerings.neighbourhoodId, need.neighbourhoodId));
  const q = options.q.trim().slice(0, 100);
  if (q) {
    const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(lower(${offerings.title}) like ${pattern} escape '\\' or lower(${centres.name}) like ${pattern} escape '\\')`);
  }
  conditions.push(sql`${offerings.id} not in (select ${needOfferings.offeringId} from ${needOfferings} where ${needOfferings.needId} = ${need.id})`);
  return getDb()
    .select(offeringColumns)
    .from(offerings)
    .innerJoin(centres, eq(centres.id, offerings.centreId))
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, offerings.neighbourhoodId))
    .where(and(...conditions))
    .orderBy(asc(offerings.title), asc(offerings.id))
    .limit(limit)
    .all();
}

export type LinkResult = "linked" | "unlinked" | "forbidden" | "unknown";

/** Links or unlinks an offering; the offering must be of the need's network and editable by the actor. */
export function setNeedOffering(actor: Actor, need: Need, offeringId: number, link: boolean): LinkResult {
  const offering = getDb()
    .select({ id: offerings.id, centreId: offerings.centreId, status: offerings.status, title: offerings.title })
    .from(offerings)
    .where(and(eq(offerings.networkId, need.networkId), eq(offerings.id, offeringId)))
    .get();
  if (!offering || (link && offering.status !== "published")) return "unknown";
  if (!can(actor, "edit:offering", { networkId: need.networkId, centreId: offering.centreId })) return "forbidden";
  return getDb().transaction((tx) => {
    if (link) tx.insert(needOfferings).values({ needId: need.id, offeringId }).onConflictDoNothing().run();
    else tx.delete(needOfferings).where(and(eq(needOfferings.needId, need.id), eq(needOfferings.offeringId, offeringId))).run();
    recordAudit(
      {
        actor,
        networkId: need.networkId,
        entity: "need",
        entityId: need.id,
        action: "update",
        before: { offering: link ? null : offering.title },
        after: { offering: link ? offering.title : null },
      },
      tx,
    );
    return link ? "linked" : "unlinked";
  });
}

/** Needs an offering answers (for the offering page). */
export function needsAnsweredBy(offeringId: number) {
  return getDb()
    .select({ id: needs.id, title: needs.title })
    .from(needOfferings)
    .innerJoin(needs, eq(needs.id, needOfferings.needId))
    .where(eq(needOfferings.offeringId, offeringId))
    .orderBy(asc(needs.title))
    .all();
}

/** Centres of the network for which the actor may link offerings (to offer only what will be accepted). */
export function linkableCentreIds(actor: Actor, networkId: number): number[] {
  const ids = getDb().select({ id: centres.id }).from(centres).where(eq(centres.networkId, networkId)).all().map((r) => r.id);
  return ids.filter((centreId) => can(actor, "edit:offering", { networkId, centreId }));
}

/** Neighbourhoods and (not retired) categories for the need form and the list filters. */
export function needFormOptions(networkId: number) {
  const db = getDb();
  return {
    neighbourhoods: db
      .select({ id: neighbourhoods.id, slug: neighbourhoods.slug, name: neighbourhoods.name })
      .from(neighbourhoods)
      .where(eq(neighbourhoods.networkId, networkId))
      .orderBy(asc(neighbourhoods.name))
      .all(),
    categories: db
      .select({ id: categories.id, key: categories.key, area: categories.area, nameDe: categories.nameDe, nameEn: categories.nameEn })
      .from(categories)
      .where(and(eq(categories.networkId, networkId), eq(categories.retired, false)))
      .orderBy(asc(categories.area), asc(categories.position), asc(categories.id))
      .all(),
  };
}

/** Form defaults for a new need from the query (?neighbourhood=slug&category=key, e.g. from a matrix cell). */
export function newNeedDefaults(options: ReturnType<typeof needFormOptions>, params: URLSearchParams) {
  const hood = options.neighbourhoods.find((n) => n.slug === params.get("neighbourhood"));
  const category = options.categories.find((c) => c.key === params.get("category"));
  return { neighbourhoodId: hood ? String(hood.id) : "", categoryId: category ? String(category.id) : "", ageUnit: "years" };
}

export function reporterName(need: Need): string | null {
  if (need.reportedBy === null) return null;
  return getDb().select({ name: users.name }).from(users).where(eq(users.id, need.reportedBy)).get()?.name ?? null;
}
