// Matrix cases for the gap matrix and needs (Bedarfe). The demo need "Babymassage in Alte Heide" was
// reported by team.arche (staffA) for centre Arche: its reporter, Arche's lead, the coordinator and
// admins may edit it; the lead of Regenbogen may not. Offerings are linked by whoever may edit them.
import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { centres, needs, neighbourhoods, networks, offerings, users } from "@db/schema";
import { needFormValues } from "~/modules/needs/needs.server";
import { expect, type Expectation, type MatrixCase } from "./expect";

const redirects = (e: Expectation): Expectation =>
  Object.fromEntries(Object.entries(e).map(([persona, outcome]) => [persona, outcome === "ok" ? "redirect" : outcome])) as Expectation;

const unique = () => crypto.randomBytes(4).toString("hex");
const unna = { network: "unna" };

function unnaId(): number {
  return getDb().select().from(networks).where(eq(networks.slug, "unna")).get()!.id;
}

function hoodId(name: string): number {
  return getDb().select().from(neighbourhoods).where(and(eq(neighbourhoods.networkId, unnaId()), eq(neighbourhoods.name, name))).get()!.id;
}

function babymassage() {
  return getDb().select().from(needs).where(and(eq(needs.networkId, unnaId()), eq(needs.title, "Babymassage in Alte Heide"))).get()!;
}

/** A need reported by Arche's staff member, to be deleted. */
function throwawayNeed(): number {
  const db = getDb();
  const reporter = db.select().from(users).where(eq(users.email, "team.arche@example.org")).get()!;
  const arche = db.select().from(centres).where(and(eq(centres.networkId, unnaId()), eq(centres.slug, "arche"))).get()!;
  return db
    .insert(needs)
    .values({ networkId: unnaId(), neighbourhoodId: hoodId("Afferde"), title: `Wegwerf ${unique()}`, reportedBy: reporter.id, centreId: arche.id, updatedAt: Date.now() })
    .returning()
    .get().id;
}

function archePublishedOffering(): number {
  const arche = getDb().select().from(centres).where(and(eq(centres.networkId, unnaId()), eq(centres.slug, "arche"))).get()!;
  return getDb().select().from(offerings).where(and(eq(offerings.centreId, arche.id), eq(offerings.status, "published"))).get()!.id;
}

/** Arche's staff member, its lead, the coordinator and admins. */
const needEditors: Expectation = { ...expect.centreA, staffA: "ok" };
const needParams = () => ({ network: "unna", id: String(babymassage().id) });

export const needsCases: MatrixCase[] = [
  { route: "n.$network.gaps._index", kind: "loader", path: "/n/unna/gaps?area=LB1&gaps=1", params: unna, expect: expect.members },
  { route: "n.$network.gaps.export", kind: "loader", path: "/n/unna/gaps/export", params: unna, expect: expect.members },
  { route: "n.$network.needs._index", kind: "loader", path: "/n/unna/needs?status=open", params: unna, expect: expect.members },
  { route: "n.$network.needs.export", kind: "loader", path: "/n/unna/needs/export", params: unna, expect: expect.members },
  { route: "n.$network.needs.new", kind: "loader", path: "/n/unna/needs/new", params: unna, expect: expect.members },
  {
    route: "n.$network.needs.new",
    kind: "action",
    path: "/n/unna/needs/new",
    params: unna,
    form: () => ({ neighbourhoodId: String(hoodId("Billmerich")), title: `Matrix-Bedarf ${unique()}`, ageUnit: "years" }),
    expect: redirects(expect.members),
  },
  { route: "n.$network.needs.$id", kind: "loader", path: "/n/unna/needs/:id", params: needParams, expect: expect.members },
  {
    route: "n.$network.needs.$id",
    kind: "action",
    path: "/n/unna/needs/:id (update)",
    params: needParams,
    form: () => ({ intent: "update", ...needFormValues(babymassage()) }),
    expect: redirects(needEditors),
  },
  {
    route: "n.$network.needs.$id",
    kind: "action",
    path: "/n/unna/needs/:throwaway (delete)",
    params: () => ({ network: "unna", id: String(throwawayNeed()) }),
    form: () => ({ intent: "delete", confirm: "yes" }),
    expect: redirects(needEditors),
  },
  {
    route: "n.$network.needs.$id",
    kind: "action",
    path: "/n/unna/needs/:id (link an offering of Arche)",
    params: needParams,
    form: () => ({ intent: "link", offeringId: String(archePublishedOffering()) }),
    expect: redirects(needEditors),
  },
];
