// Matrix cases for the criteria and review pages and evidence downloads. Everyone in the network reads;
// the coordinator (manage:review) changes criteria and cycles and assesses; a centre's lead (and the
// coordinator) self-assess that centre; staff only read.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { assessmentEvidence, assessments, centres, criteria, documents, networks, reviewCycleCriteria, reviewCycles } from "@db/schema";
import { dueDateFor, periodAfter } from "~/modules/reviews/periods";
import { uploadsDir } from "~/modules/uploads/uploads.server";
import { demoDates } from "../helpers";
import { expect, type Expectation, type MatrixCase } from "./expect";

const redirects = (e: Expectation): Expectation =>
  Object.fromEntries(Object.entries(e).map(([persona, outcome]) => [persona, outcome === "ok" ? "redirect" : outcome])) as Expectation;

const unique = () => crypto.randomBytes(4).toString("hex");

function unnaId(): number {
  return getDb().select().from(networks).where(eq(networks.slug, "unna")).get()!.id;
}

function unnaCriteria() {
  return getDb().select().from(criteria).where(eq(criteria.networkId, unnaId())).orderBy(asc(criteria.position)).all();
}

/** The demo's latest closed cycle. */
function closedCycle(): number {
  return getDb().select().from(reviewCycles).where(and(eq(reviewCycles.networkId, unnaId()), eq(reviewCycles.title, demoDates().cycles.closed[1].title))).get()!.id;
}

/** The half-year after the one the coordinator opens next, with its due date. */
function halfYearAfterNext(): { start: string; end: string; due: string } {
  const period = periodAfter("half-yearly", demoDates().cycles.next.end);
  return { ...period, due: dueDateFor(period) };
}

/** A cycle of the demo network in the given status (created once per status). */
function cycleIn(status: "draft" | "open", fresh = false): number {
  const db = getDb();
  const title = `Matrix ${status}${fresh ? ` ${unique()}` : ""}`;
  const existing = db.select().from(reviewCycles).where(and(eq(reviewCycles.networkId, unnaId()), eq(reviewCycles.title, title))).get();
  if (existing) return existing.id;
  const { next } = demoDates().cycles;
  const cycle = db
    .insert(reviewCycles)
    .values({ networkId: unnaId(), title, periodStart: next.start, periodEnd: next.end, dueOn: next.due, status, openedAt: status === "open" ? Date.now() : null })
    .returning()
    .get();
  for (const c of unnaCriteria()) db.insert(reviewCycleCriteria).values({ cycleId: cycle.id, criterionId: c.id }).run();
  return cycle.id;
}

/** A stored PDF document of Arche. */
/** A document attached as evidence to one of Arche's self-assessments (the route serves only those). */
function archeDocument(): number {
  const db = getDb();
  const arche = db.select().from(centres).where(and(eq(centres.networkId, unnaId()), eq(centres.slug, "arche"))).get()!;
  const existing = db
    .select({ id: documents.id })
    .from(documents)
    .innerJoin(assessmentEvidence, eq(assessmentEvidence.documentId, documents.id))
    .where(eq(documents.centreId, arche.id))
    .get();
  if (existing) return existing.id;
  const key = crypto.randomBytes(16).toString("hex");
  fs.mkdirSync(uploadsDir(), { recursive: true });
  fs.writeFileSync(path.join(uploadsDir(), key), "%PDF-1.7\nMatrix");
  const document = db
    .insert(documents)
    .values({ networkId: unnaId(), centreId: arche.id, fileKey: key, fileName: "nachweis.pdf", fileType: "application/pdf", fileSize: 15 })
    .returning()
    .get();
  const assessment = db.select().from(assessments).where(eq(assessments.centreId, arche.id)).get()!;
  db.insert(assessmentEvidence).values({ assessmentId: assessment.id, kind: "document", documentId: document.id, label: "Nachweis" }).run();
  return document.id;
}

/** Arche's lead, the coordinator and admins (self-assessment of Arche). */
const archeSelf: Expectation = { ...expect.centreA };

export const reviewsCases: MatrixCase[] = [
  { route: "n.$network.criteria._index", kind: "loader", path: "/n/unna/criteria", params: { network: "unna" }, expect: expect.members },
  {
    route: "n.$network.criteria._index",
    kind: "action",
    path: "/n/unna/criteria (create)",
    params: { network: "unna" },
    form: () => ({ intent: "create", title: `Matrix-Kriterium ${unique()}`, scope: "centre" }),
    expect: redirects(expect.coordinators),
  },
  { route: "n.$network.criteria.$id", kind: "loader", path: "/n/unna/criteria/:id", params: () => ({ network: "unna", id: String(unnaCriteria()[0]!.id) }), expect: expect.coordinators },
  {
    route: "n.$network.criteria.$id",
    kind: "action",
    path: "/n/unna/criteria/:id (update)",
    params: () => ({ network: "unna", id: String(unnaCriteria()[0]!.id) }),
    form: () => {
      const c = unnaCriteria()[0]!;
      return { intent: "update", title: c.title, description: c.description, scope: c.scope };
    },
    expect: redirects(expect.coordinators),
  },
  { route: "n.$network.reviews._index", kind: "loader", path: "/n/unna/reviews", params: { network: "unna" }, expect: expect.members },
  {
    route: "n.$network.reviews._index",
    kind: "action",
    path: "/n/unna/reviews (new cycle)",
    params: { network: "unna" },
    form: () => {
      const period = halfYearAfterNext();
      return { intent: "create", title: `Matrix ${unique()}`, periodStart: period.start, periodEnd: period.end, dueOn: period.due, criterionIds: unnaCriteria().map((c) => String(c.id)) };
    },
    expect: redirects(expect.coordinators),
  },
  { route: "n.$network.reviews.$id._index", kind: "loader", path: "/n/unna/reviews/:closed", params: () => ({ network: "unna", id: String(closedCycle()) }), expect: expect.members },
  {
    route: "n.$network.reviews.$id._index",
    kind: "action",
    path: "/n/unna/reviews/:draft (open)",
    params: () => ({ network: "unna", id: String(cycleIn("draft", true)) }),
    form: () => ({ intent: "open" }),
    expect: redirects(expect.coordinators),
  },
  {
    route: "n.$network.reviews.$id.centres.$centre",
    kind: "loader",
    path: "/n/unna/reviews/:closed/centres/arche",
    params: () => ({ network: "unna", id: String(closedCycle()), centre: "arche" }),
    expect: expect.members,
  },
  {
    route: "n.$network.reviews.$id.centres.$centre",
    kind: "action",
    path: "/n/unna/reviews/:open/centres/arche (self-assessment draft)",
    params: () => ({ network: "unna", id: String(cycleIn("open")), centre: "arche" }),
    form: () => ({ intent: "self", criterionId: String(unnaCriteria()[1]!.id), mode: "draft", status: "partly", changes: `Matrix ${unique()}` }),
    expect: redirects(archeSelf),
  },
  {
    route: "n.$network.reviews.$id.centres.$centre",
    kind: "action",
    path: "/n/unna/reviews/:open/centres/arche (coordinator's assessment)",
    params: () => ({ network: "unna", id: String(cycleIn("open")), centre: "arche" }),
    form: () => ({ intent: "assess", criterionId: String(unnaCriteria()[1]!.id), status: "met", comment: `Matrix ${unique()}` }),
    expect: redirects(expect.coordinators),
  },
  { route: "n.$network.documents.$id", kind: "loader", path: "/n/unna/documents/:id", params: () => ({ network: "unna", id: String(archeDocument()) }), expect: expect.members },
];
