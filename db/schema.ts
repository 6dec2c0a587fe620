// Tables of familiennetz. No connection here: see db/client.server.ts.
// Timestamps are epoch milliseconds (integer); calendar dates are ISO strings (YYYY-MM-DD).
import { sql } from "drizzle-orm";
import type { StoredReason } from "~/modules/overlaps/reasons";
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

const createdAt = () =>
  integer("created_at", { mode: "number" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash"),
    locale: text("locale", { enum: ["de", "en"] }),
    isAdmin: integer("is_admin", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    // SHA-256 of the session token, hex encoded. The token itself is never stored.
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at", { mode: "number" }).notNull(),
    createdAt: createdAt(),
    lastSeenAt: integer("last_seen_at", { mode: "number" }).notNull(),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const networks = sqliteTable(
  "networks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    isDemo: integer("is_demo", { mode: "boolean" }).notNull().default(false),
    // Offerings not confirmed as current for this many months show as stale.
    staleAfterMonths: integer("stale_after_months").notNull().default(6),
    // Review cycles: "none", or the cadence by which the next cycle opens by itself.
    reviewCadence: text("review_cadence", { enum: ["none", "quarterly", "half-yearly", "yearly"] })
      .notNull()
      .default("none"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("networks_slug_unique").on(t.slug)],
);

export const neighbourhoods = sqliteTable(
  "neighbourhoods",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    population: integer("population"),
    // A GeoJSON Polygon/MultiPolygon geometry or Feature, stored as text.
    geojson: text("geojson"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("neighbourhoods_network_slug_unique").on(t.networkId, t.slug),
    uniqueIndex("neighbourhoods_network_name_unique").on(t.networkId, t.name),
  ],
);

export const centres = sqliteTable(
  "centres",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    provider: text("provider").notNull().default(""),
    street: text("street").notNull().default(""),
    postalCode: text("postal_code").notNull().default(""),
    city: text("city").notNull().default(""),
    latitude: real("latitude"),
    longitude: real("longitude"),
    contactName: text("contact_name").notNull().default(""),
    email: text("email").notNull().default(""),
    phone: text("phone").notNull().default(""),
    website: text("website").notNull().default(""),
    homeNeighbourhoodId: integer("home_neighbourhood_id").references(() => neighbourhoods.id, {
      onDelete: "set null",
    }),
    // JSON array of short focus-area labels from the centre's concept.
    focusAreas: text("focus_areas", { mode: "json" }).$type<string[]>().notNull().default([]),
    certificateValidFrom: text("certificate_valid_from"),
    certificateValidUntil: text("certificate_valid_until"),
    // The calendar year the recertification reviews (its two half-years); null: the year before
    // the certificate runs out.
    recertificationYear: integer("recertification_year"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("centres_network_slug_unique").on(t.networkId, t.slug),
    uniqueIndex("centres_network_name_unique").on(t.networkId, t.name),
  ],
);

export const centreNeighbourhoods = sqliteTable(
  "centre_neighbourhoods",
  {
    centreId: integer("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "cascade" }),
    neighbourhoodId: integer("neighbourhood_id")
      .notNull()
      .references(() => neighbourhoods.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.neighbourhoodId] })],
);

export const partners = sqliteTable(
  "partners",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    neighbourhoodId: integer("neighbourhood_id").references(() => neighbourhoods.id, {
      onDelete: "set null",
    }),
    contactName: text("contact_name").notNull().default(""),
    email: text("email").notNull().default(""),
    phone: text("phone").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("partners_network_idx").on(t.networkId)],
);

export const agreements = sqliteTable(
  "agreements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    centreId: integer("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "cascade" }),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on"),
    // Uploaded file, stored under the uploads directory (outside public/).
    fileKey: text("file_key"),
    fileName: text("file_name"),
    fileType: text("file_type"),
    fileSize: integer("file_size"),
    createdAt: createdAt(),
  },
  (t) => [index("agreements_centre_idx").on(t.centreId), index("agreements_partner_idx").on(t.partnerId)],
);

export const memberships = sqliteTable(
  "memberships",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    // null for network-wide roles (coordinator)
    centreId: integer("centre_id").references(() => centres.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["coordinator", "lead", "staff"] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("memberships_unique").on(t.userId, t.networkId, t.centreId, t.role),
    index("memberships_network_idx").on(t.networkId),
  ],
);

export const authTokens = sqliteTable(
  "auth_tokens",
  {
    // SHA-256 of the token, hex encoded.
    id: text("id").primaryKey(),
    kind: text("kind", { enum: ["password-reset", "invitation"] }).notNull(),
    email: text("email").notNull(),
    userId: integer("user_id").references(() => users.id, { onDelete: "cascade" }),
    networkId: integer("network_id").references(() => networks.id, { onDelete: "cascade" }),
    centreId: integer("centre_id").references(() => centres.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["coordinator", "lead", "staff"] }),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: integer("expires_at", { mode: "number" }).notNull(),
    usedAt: integer("used_at", { mode: "number" }),
    createdAt: createdAt(),
  },
  (t) => [index("auth_tokens_email_idx").on(t.email)],
);

export const outboxMessages = sqliteTable("outbox_messages", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  recipient: text("recipient").notNull(),
  subject: text("subject").notNull(),
  body: text("body").notNull(),
  createdAt: createdAt(),
});

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "number" }).notNull(),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorName: text("actor_name").notNull(),
    networkId: integer("network_id").references(() => networks.id, { onDelete: "cascade" }),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action", { enum: ["create", "update", "delete"] }).notNull(),
    // JSON: { field: [before, after] } for updates, { field: value } for create/delete
    summary: text("summary", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    index("audit_network_at_idx").on(t.networkId, t.at),
    index("audit_entity_idx").on(t.entity, t.entityId),
  ],
);

export const legalPages = sqliteTable("legal_pages", {
  key: text("key", { enum: ["impressum", "datenschutz"] }).primaryKey(),
  body: text("body").notNull(),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
});

export const criteria = sqliteTable(
  "criteria",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    scope: text("scope", { enum: ["network", "centre"] }).notNull().default("network"),
    createdAt: createdAt(),
  },
  (t) => [index("criteria_network_idx").on(t.networkId)],
);

// ---------------------------------------------------------------------------------------------
// Offerings and the calendar

/** A network's offering categories (seeded from the default taxonomy; coordinators rename, add, retire). */
export const categories = sqliteTable(
  "categories",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    // Stable id used in CSV files, e.g. "erziehungsberatung".
    key: text("key").notNull(),
    // Gütesiegel performance area (LB1 … LB4) or "".
    area: text("area").notNull().default(""),
    nameDe: text("name_de").notNull(),
    nameEn: text("name_en").notNull(),
    retired: integer("retired", { mode: "boolean" }).notNull().default(false),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("categories_network_key_unique").on(t.networkId, t.key)],
);

export const audiences = ["parents", "mothers", "fathers", "pregnant", "children", "childminders", "professionals"] as const;
export type Audience = (typeof audiences)[number];

export const offerings = sqliteTable(
  "offerings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    centreId: integer("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "cascade" }),
    // The import reference (CSV column "ref"); unique within a network when set.
    ref: text("ref"),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id),
    // Target group: age in months (0 … 1199), inclusive; audiences as keys of `audiences`.
    ageFromMonths: integer("age_from_months").notNull(),
    ageToMonths: integer("age_to_months").notNull(),
    audiences: text("audiences", { mode: "json" }).$type<Audience[]>().notNull().default([]),
    neighbourhoodId: integer("neighbourhood_id").references(() => neighbourhoods.id, { onDelete: "set null" }),
    // Empty place: at the centre's address.
    placeName: text("place_name").notNull().default(""),
    placeAddress: text("place_address").notNull().default(""),
    scheduleKind: text("schedule_kind", { enum: ["weekly", "dates", "appointment"] }).notNull(),
    // ISO weekdays 1 (Monday) … 7 (Sunday), for weekly schedules.
    weekdays: text("weekdays", { mode: "json" }).$type<number[]>().notNull().default([]),
    startTime: text("start_time"),
    endTime: text("end_time"),
    validFrom: text("valid_from"),
    validUntil: text("valid_until"),
    languages: text("languages", { mode: "json" }).$type<string[]>().notNull().default(["de"]),
    costCents: integer("cost_cents").notNull().default(0),
    costNote: text("cost_note").notNull().default(""),
    registrationRequired: integer("registration_required", { mode: "boolean" }).notNull().default(false),
    registrationHow: text("registration_how").notNull().default(""),
    capacity: integer("capacity"),
    contactName: text("contact_name").notNull().default(""),
    contactEmail: text("contact_email").notNull().default(""),
    contactPhone: text("contact_phone").notNull().default(""),
    status: text("status", { enum: ["draft", "published", "archived"] }).notNull().default("draft"),
    // Focus areas of the centre's concept that this offering serves.
    focusAreas: text("focus_areas", { mode: "json" }).$type<string[]>().notNull().default([]),
    // Optimistic concurrency: every save increments it; a save based on an older version is refused.
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
    // "Still current" confirmation, separate from editing.
    verifiedAt: integer("verified_at", { mode: "number" }).notNull(),
    verifiedBy: integer("verified_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("offerings_network_ref_unique").on(t.networkId, t.ref),
    index("offerings_network_status_idx").on(t.networkId, t.status),
    index("offerings_centre_idx").on(t.centreId),
    index("offerings_neighbourhood_idx").on(t.neighbourhoodId),
    index("offerings_category_idx").on(t.categoryId),
  ],
);

export const offeringDates = sqliteTable(
  "offering_dates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    offeringId: integer("offering_id")
      .notNull()
      .references(() => offerings.id, { onDelete: "cascade" }),
    date: text("date").notNull(),
    startTime: text("start_time").notNull(),
    endTime: text("end_time").notNull(),
  },
  (t) => [index("offering_dates_offering_idx").on(t.offeringId), index("offering_dates_date_idx").on(t.date)],
);

export const offeringCancellations = sqliteTable(
  "offering_cancellations",
  {
    offeringId: integer("offering_id")
      .notNull()
      .references(() => offerings.id, { onDelete: "cascade" }),
    date: text("date").notNull(),
  },
  (t) => [primaryKey({ columns: [t.offeringId, t.date] })],
);

export const offeringPartners = sqliteTable(
  "offering_partners",
  {
    offeringId: integer("offering_id")
      .notNull()
      .references(() => offerings.id, { onDelete: "cascade" }),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.offeringId, t.partnerId] })],
);

/** Every save of an offering: a full snapshot and the changed fields, for history, diff and restore. */
export const offeringVersions = sqliteTable(
  "offering_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    offeringId: integer("offering_id")
      .notNull()
      .references(() => offerings.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    at: integer("at", { mode: "number" }).notNull(),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorName: text("actor_name").notNull(),
    snapshot: text("snapshot", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    changes: text("changes", { mode: "json" }).$type<Record<string, [unknown, unknown]>>().notNull(),
  },
  (t) => [uniqueIndex("offering_versions_unique").on(t.offeringId, t.version)],
);

/** Standalone calendar entries: meetings, open days and the like. */
export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    // null: an event of the whole network (e.g. a coordinator's meeting)
    centreId: integer("centre_id").references(() => centres.id, { onDelete: "cascade" }),
    neighbourhoodId: integer("neighbourhood_id").references(() => neighbourhoods.id, { onDelete: "set null" }),
    kind: text("kind", { enum: ["meeting", "open-day", "other"] }).notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    date: text("date").notNull(),
    startTime: text("start_time").notNull(),
    endTime: text("end_time").notNull(),
    place: text("place").notNull().default(""),
    // Public events appear in the feeds and the family guide.
    isPublic: integer("is_public", { mode: "boolean" }).notNull().default(false),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [index("events_network_date_idx").on(t.networkId, t.date)],
);

/** NRW school holidays (instance-wide; seeded for known years, admins add later years). */
export const schoolHolidays = sqliteTable(
  "school_holidays",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on").notNull(),
  },
  (t) => [uniqueIndex("school_holidays_unique").on(t.startsOn, t.name)],
);

/**
 * Offering imports through the web (see app/modules/offerings/import-jobs.server.ts): the uploaded file
 * waits under the uploads path between preview and confirmation; large files are checked and imported
 * by a worker thread that reports its progress here.
 */
export const importJobs = sqliteTable(
  "import_jobs",
  {
    // Random (32 hex digits); also the name of the waiting file.
    id: text("id").primaryKey(),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    // Only the person who uploaded the file may see and confirm it.
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    fileSize: integer("file_size").notNull(),
    createMissing: integer("create_missing", { mode: "boolean" }).notNull().default(false),
    // checking → checked (preview ready) → importing → imported; failed, expired or cancelled otherwise.
    status: text("status", { enum: ["checking", "checked", "importing", "imported", "failed", "expired", "cancelled"] }).notNull(),
    // Rows done of all rows in the current step.
    processed: integer("processed").notNull().default(0),
    total: integer("total").notNull().default(0),
    // The dry run's and the import's summaries (counts and per-row errors).
    preview: text("preview", { mode: "json" }).$type<Record<string, unknown>>(),
    result: text("result", { mode: "json" }).$type<Record<string, unknown>>(),
    error: text("error"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [index("import_jobs_network_user_idx").on(t.networkId, t.userId), index("import_jobs_updated_idx").on(t.updatedAt)],
);

// ---------------------------------------------------------------------------------------------
// Overlaps (duplicate flags), needs and notifications

/** A pair of offerings flagged as serving the same need in the same neighbourhood, and its decision. */
export const overlapFlags = sqliteTable(
  "overlap_flags",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    neighbourhoodId: integer("neighbourhood_id").references(() => neighbourhoods.id, { onDelete: "set null" }),
    // offeringAId < offeringBId
    offeringAId: integer("offering_a_id")
      .notNull()
      .references(() => offerings.id, { onDelete: "cascade" }),
    offeringBId: integer("offering_b_id")
      .notNull()
      .references(() => offerings.id, { onDelete: "cascade" }),
    score: real("score").notNull(),
    reasons: text("reasons", { mode: "json" }).$type<StoredReason[]>().notNull(),
    status: text("status", { enum: ["open", "duplicate", "intentional", "not-duplicate"] }).notNull().default("open"),
    // For duplicates: how the centres agreed to continue.
    resolution: text("resolution", { enum: ["archive-a", "archive-b", "merge", "coordinate"] }),
    decisionNote: text("decision_note").notNull().default(""),
    decidedBy: integer("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedByName: text("decided_by_name"),
    decidedAt: integer("decided_at", { mode: "number" }),
    // What mattered for detection in both offerings when decided; a material change reopens the flag.
    fingerprintA: text("fingerprint_a"),
    fingerprintB: text("fingerprint_b"),
    // When reopened: which offering changed what, e.g. { "a": { "title": ["old", "new"] } }.
    reopenedChanges: text("reopened_changes", { mode: "json" }).$type<Record<string, Record<string, [unknown, unknown]>>>(),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [
    uniqueIndex("overlap_flags_pair_unique").on(t.offeringAId, t.offeringBId),
    index("overlap_flags_network_status_idx").on(t.networkId, t.status),
    index("overlap_flags_b_idx").on(t.offeringBId),
  ],
);

/**
 * Pairs detection scored just below the flagging threshold: with the open flags just above it, the
 * "Bitte prüfen" list (the pairs the model is least sure about). Replaced whenever their neighbourhood or
 * one of their offerings is scanned again.
 */
export const overlapNearMisses = sqliteTable(
  "overlap_near_misses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    neighbourhoodId: integer("neighbourhood_id").references(() => neighbourhoods.id, { onDelete: "cascade" }),
    // offeringAId < offeringBId
    offeringAId: integer("offering_a_id")
      .notNull()
      .references(() => offerings.id, { onDelete: "cascade" }),
    offeringBId: integer("offering_b_id")
      .notNull()
      .references(() => offerings.id, { onDelete: "cascade" }),
    score: real("score").notNull(),
    reasons: text("reasons", { mode: "json" }).$type<StoredReason[]>().notNull(),
  },
  (t) => [
    uniqueIndex("overlap_near_misses_pair_unique").on(t.offeringAId, t.offeringBId),
    index("overlap_near_misses_network_idx").on(t.networkId, t.neighbourhoodId),
    index("overlap_near_misses_b_idx").on(t.offeringBId),
  ],
);

export const overlapComments = sqliteTable(
  "overlap_comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    flagId: integer("flag_id")
      .notNull()
      .references(() => overlapFlags.id, { onDelete: "cascade" }),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    authorName: text("author_name").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("overlap_comments_flag_idx").on(t.flagId)],
);

/** A need (Bedarf) reported for a neighbourhood. */
export const needs = sqliteTable(
  "needs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    neighbourhoodId: integer("neighbourhood_id")
      .notNull()
      .references(() => neighbourhoods.id, { onDelete: "cascade" }),
    categoryId: integer("category_id").references(() => categories.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    ageFromMonths: integer("age_from_months").notNull().default(0),
    ageToMonths: integer("age_to_months").notNull().default(1199),
    audiences: text("audiences", { mode: "json" }).$type<Audience[]>().notNull().default([]),
    // Where the need became known, e.g. "Elternbefragung 2026".
    source: text("source").notNull().default(""),
    status: text("status", { enum: ["open", "met", "closed"] }).notNull().default("open"),
    reportedBy: integer("reported_by").references(() => users.id, { onDelete: "set null" }),
    centreId: integer("centre_id").references(() => centres.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [index("needs_network_idx").on(t.networkId, t.neighbourhoodId)],
);

/** Offerings that answer a need. */
export const needOfferings = sqliteTable(
  "need_offerings",
  {
    needId: integer("need_id")
      .notNull()
      .references(() => needs.id, { onDelete: "cascade" }),
    offeringId: integer("offering_id")
      .notNull()
      .references(() => offerings.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.needId, t.offeringId] })],
);

/** In-app notifications (also mailed, see app/modules/notifications). */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    networkId: integer("network_id").references(() => networks.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    link: text("link").notNull().default(""),
    createdAt: createdAt(),
    readAt: integer("read_at", { mode: "number" }),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.readAt)],
);

// ---------------------------------------------------------------------------------------------
// Success criteria, review cycles and working-group meetings

/**
 * A measurable sign of a criterion. `computed` ones are derived from the app's own data (see
 * app/modules/criteria/computed.server.ts); `manual` ones are entered per cycle.
 */
export const indicatorMetrics = [
  "meetings-held",
  "meeting-attendance",
  "offerings-focus-share",
  "offerings-answering-needs",
  "partners-with-agreement",
  "flags-decided-30d",
] as const;
export type IndicatorMetric = (typeof indicatorMetrics)[number];

export const indicators = sqliteTable(
  "indicators",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    criterionId: integer("criterion_id")
      .notNull()
      .references(() => criteria.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    source: text("source", { enum: ["computed", "manual"] }).notNull(),
    // For computed indicators: what is measured.
    metric: text("metric", { enum: indicatorMetrics }),
    // number: a count or amount; percent: 0 … 100; boolean: 0/1 (yes/no); scale: 1 … 4.
    valueType: text("value_type", { enum: ["number", "percent", "boolean", "scale"] }).notNull(),
    target: real("target"),
    // Is a higher value better, or a lower one?
    direction: text("direction", { enum: ["higher", "lower"] }).notNull().default("higher"),
    createdAt: createdAt(),
  },
  (t) => [index("indicators_criterion_idx").on(t.criterionId)],
);

/** A review cycle (Überprüfung), e.g. "2. Halbjahr 2026". */
export const reviewCycles = sqliteTable(
  "review_cycles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    periodStart: text("period_start").notNull(),
    periodEnd: text("period_end").notNull(),
    dueOn: text("due_on").notNull(),
    // draft: being prepared; open: centres assess; closed: indicator values frozen, read-only.
    status: text("status", { enum: ["draft", "open", "closed"] }).notNull().default("draft"),
    // Opened by the network's cadence rather than a person.
    automatic: integer("automatic", { mode: "boolean" }).notNull().default(false),
    openedAt: integer("opened_at", { mode: "number" }),
    closedAt: integer("closed_at", { mode: "number" }),
    closedBy: integer("closed_by").references(() => users.id, { onDelete: "set null" }),
    // When the reminder before the due date went out.
    dueReminderSentAt: integer("due_reminder_sent_at", { mode: "number" }),
    createdAt: createdAt(),
  },
  (t) => [index("review_cycles_network_idx").on(t.networkId, t.periodStart)],
);

/** The criteria in scope of a cycle. */
export const reviewCycleCriteria = sqliteTable(
  "review_cycle_criteria",
  {
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => reviewCycles.id, { onDelete: "cascade" }),
    criterionId: integer("criterion_id")
      .notNull()
      .references(() => criteria.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.criterionId] })],
);

/**
 * An indicator's value in a cycle, for the network (centre null) or one centre. Manual values are
 * entered while the cycle is open; computed values are written when the cycle closes (frozen).
 */
export const indicatorValues = sqliteTable(
  "indicator_values",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => reviewCycles.id, { onDelete: "cascade" }),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    centreId: integer("centre_id").references(() => centres.id, { onDelete: "cascade" }),
    value: real("value"),
    // For computed values: the numerator/denominator behind a share, e.g. "5 von 8 Zentren".
    detail: text("detail").notNull().default(""),
    enteredBy: integer("entered_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [
    uniqueIndex("indicator_values_centre_unique").on(t.cycleId, t.indicatorId, t.centreId),
    uniqueIndex("indicator_values_network_unique")
      .on(t.cycleId, t.indicatorId)
      .where(sql`centre_id is null`),
  ],
);

export const assessmentStatuses = ["met", "partly", "not-met"] as const;
export type AssessmentStatus = (typeof assessmentStatuses)[number];

/**
 * One centre's assessment of one criterion in a cycle: the centre's self-assessment and the
 * coordinator's assessment side by side. For network-wide criteria the coordinator's overall
 * assessment is a row with centre null (no self-assessment part).
 */
export const assessments = sqliteTable(
  "assessments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => reviewCycles.id, { onDelete: "cascade" }),
    criterionId: integer("criterion_id")
      .notNull()
      .references(() => criteria.id, { onDelete: "cascade" }),
    centreId: integer("centre_id").references(() => centres.id, { onDelete: "cascade" }),
    selfStatus: text("self_status", { enum: assessmentStatuses }),
    // 1 (unsure) … 4 (very sure)
    selfConfidence: integer("self_confidence"),
    selfChanges: text("self_changes").notNull().default(""),
    selfNextSteps: text("self_next_steps").notNull().default(""),
    selfSubmittedAt: integer("self_submitted_at", { mode: "number" }),
    selfBy: integer("self_by").references(() => users.id, { onDelete: "set null" }),
    coordinatorStatus: text("coordinator_status", { enum: assessmentStatuses }),
    coordinatorComment: text("coordinator_comment").notNull().default(""),
    coordinatorAt: integer("coordinator_at", { mode: "number" }),
    coordinatorBy: integer("coordinator_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [
    uniqueIndex("assessments_centre_unique").on(t.cycleId, t.criterionId, t.centreId),
    uniqueIndex("assessments_network_unique")
      .on(t.cycleId, t.criterionId)
      .where(sql`centre_id is null`),
  ],
);

/** Files uploaded as evidence (reviews, recertification). Stored under the uploads path, members only. */
export const documents = sqliteTable(
  "documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    centreId: integer("centre_id").references(() => centres.id, { onDelete: "cascade" }),
    fileKey: text("file_key").notNull(),
    fileName: text("file_name").notNull(),
    fileType: text("file_type").notNull(),
    fileSize: integer("file_size").notNull(),
    uploadedBy: integer("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("documents_network_idx").on(t.networkId, t.centreId)],
);

export const evidenceKinds = ["offering", "meeting", "agreement", "document", "link"] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

/** Evidence attached to a self-assessment: something the app holds, an uploaded document or a link. */
export const assessmentEvidence = sqliteTable(
  "assessment_evidence",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: evidenceKinds }).notNull(),
    offeringId: integer("offering_id").references(() => offerings.id, { onDelete: "cascade" }),
    meetingId: integer("meeting_id").references(() => meetings.id, { onDelete: "cascade" }),
    agreementId: integer("agreement_id").references(() => agreements.id, { onDelete: "cascade" }),
    documentId: integer("document_id").references(() => documents.id, { onDelete: "cascade" }),
    url: text("url").notNull().default(""),
    label: text("label").notNull().default(""),
    addedBy: integer("added_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("assessment_evidence_assessment_idx").on(t.assessmentId)],
);

/**
 * A working-group meeting (Arbeitskreis). Date, time, place and title live in its calendar event
 * (events.kind = "meeting"), so the meeting shows in the calendar and the feeds; the event's centre
 * is the hosting centre (null: hosted by the network coordination).
 */
export const meetings = sqliteTable(
  "meetings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    // planned → held (attendance and minutes recorded) or cancelled.
    status: text("status", { enum: ["planned", "held", "cancelled"] }).notNull().default("planned"),
    townInvited: integer("town_invited", { mode: "boolean" }).notNull().default(true),
    townAttended: integer("town_attended", { mode: "boolean" }).notNull().default(false),
    // Free-text minutes before/after the agenda items (e.g. general remarks, next meeting).
    notes: text("notes").notNull().default(""),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [uniqueIndex("meetings_event_unique").on(t.eventId), index("meetings_network_idx").on(t.networkId)],
);

/** Centres invited to and attending a meeting. */
export const meetingCentres = sqliteTable(
  "meeting_centres",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    centreId: integer("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "cascade" }),
    invited: integer("invited", { mode: "boolean" }).notNull().default(true),
    attended: integer("attended", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.centreId] })],
);

/** Agenda items (Tagesordnungspunkte) with their minutes and decisions. */
export const meetingItems = sqliteTable(
  "meeting_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    minutes: text("minutes").notNull().default(""),
    decisions: text("decisions").notNull().default(""),
  },
  (t) => [index("meeting_items_meeting_idx").on(t.meetingId, t.position)],
);

export const actionStatuses = ["open", "in-progress", "done", "dropped"] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/**
 * Agreed actions (Maßnahmen), from a review (cycle + criterion) or a meeting (item). One list for both.
 * The centre is whom the action concerns (null: the whole network); the owner is the responsible person.
 */
export const actions = sqliteTable(
  "actions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    centreId: integer("centre_id").references(() => centres.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    ownerId: integer("owner_id").references(() => users.id, { onDelete: "set null" }),
    dueOn: text("due_on"),
    status: text("status", { enum: actionStatuses }).notNull().default("open"),
    cycleId: integer("cycle_id").references(() => reviewCycles.id, { onDelete: "set null" }),
    criterionId: integer("criterion_id").references(() => criteria.id, { onDelete: "set null" }),
    meetingId: integer("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    meetingItemId: integer("meeting_item_id").references(() => meetingItems.id, { onDelete: "set null" }),
    // When the reminder about the passed due date went out.
    overdueReminderSentAt: integer("overdue_reminder_sent_at", { mode: "number" }),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [index("actions_network_idx").on(t.networkId, t.status), index("actions_centre_idx").on(t.centreId)],
);

// ---------------------------------------------------------------------------------------------
// Recertification (Gütesiegel "Familienzentrum NRW")

/** The 8 Gütesiegel areas of a network's checklist (4 performance areas, 4 structure areas). */
export const checklistAreas = sqliteTable(
  "checklist_areas",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    // "1" … "8"
    number: text("number").notNull(),
    kind: text("kind", { enum: ["performance", "structure"] }).notNull(),
    nameDe: text("name_de").notNull(),
    nameEn: text("name_en").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [uniqueIndex("checklist_areas_network_number_unique").on(t.networkId, t.number)],
);

/**
 * Which evidence the app already holds may fit a checklist item (see
 * app/modules/recertification/suggestions.server.ts). All given conditions must hold.
 */
export interface EvidenceSuggestionRule {
  source: "offerings" | "meetings" | "agreements" | "assessments";
  // offerings: category keys of the network's taxonomy
  categoryKeys?: string[];
  // offerings: words (lower case, stems allowed) of which one must occur in title or description
  keywords?: string[];
  // offerings: held at least this often (7: weekly, 31: monthly); "by appointment" never qualifies
  maxIntervalDays?: number;
  // offerings: the target group starts below this age in months (e.g. 36 for "U3")
  ageFromBelowMonths?: number;
  // agreements: partner kinds
  partnerKinds?: string[];
}

/** A network's recertification checklist: the catalogue's criteria, editable since versions differ. */
export const checklistItems = sqliteTable(
  "checklist_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    areaId: integer("area_id")
      .notNull()
      .references(() => checklistAreas.id, { onDelete: "cascade" }),
    // The catalogue's number, e.g. "5.1".
    code: text("code").notNull(),
    text: text("text").notNull(),
    level: text("level", { enum: ["basic", "advanced"] }),
    note: text("note").notNull().default(""),
    position: integer("position").notNull().default(0),
    retired: integer("retired", { mode: "boolean" }).notNull().default(false),
    suggestion: text("suggestion", { mode: "json" }).$type<EvidenceSuggestionRule | null>(),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [uniqueIndex("checklist_items_network_code_unique").on(t.networkId, t.code), index("checklist_items_area_idx").on(t.areaId)],
);

export const recertificationEvidenceKinds = ["document", "link", "offering", "meeting", "agreement", "assessment"] as const;
export type RecertificationEvidenceKind = (typeof recertificationEvidenceKinds)[number];

/** A centre's evidence for one checklist item: an upload, a link, or something the app holds. */
export const recertificationEvidence = sqliteTable(
  "recertification_evidence",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    centreId: integer("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "cascade" }),
    itemId: integer("item_id")
      .notNull()
      .references(() => checklistItems.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: recertificationEvidenceKinds }).notNull(),
    documentId: integer("document_id").references(() => documents.id, { onDelete: "cascade" }),
    url: text("url").notNull().default(""),
    offeringId: integer("offering_id").references(() => offerings.id, { onDelete: "cascade" }),
    meetingId: integer("meeting_id").references(() => meetings.id, { onDelete: "cascade" }),
    agreementId: integer("agreement_id").references(() => agreements.id, { onDelete: "cascade" }),
    assessmentId: integer("assessment_id").references(() => assessments.id, { onDelete: "cascade" }),
    label: text("label").notNull().default(""),
    // The date the evidence is from (e.g. of a training certificate or a parent survey).
    evidenceDate: text("evidence_date"),
    // A training certificate: counts for seven years from its date.
    isTraining: integer("is_training", { mode: "boolean" }).notNull().default(false),
    // Shared with the network as an example (e.g. a good Sozialraumanalyse).
    sharedAt: integer("shared_at", { mode: "number" }),
    addedBy: integer("added_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("recertification_evidence_centre_idx").on(t.centreId, t.itemId),
    index("recertification_evidence_shared_idx").on(t.networkId, t.sharedAt),
  ],
);

/** Certificate expiry warnings already sent (18, 12 and 6 months ahead), once per certificate date. */
export const certificateWarnings = sqliteTable(
  "certificate_warnings",
  {
    centreId: integer("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "cascade" }),
    monthsAhead: integer("months_ahead").notNull(),
    validUntil: text("valid_until").notNull(),
    sentAt: integer("sent_at", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.monthsAhead, t.validUntil] })],
);
