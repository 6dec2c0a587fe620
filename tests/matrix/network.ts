// Matrix cases for the network's structure: neighbourhoods, centres, partners, agreements.
// Successful actions run once per allowed persona, so creating cases use unique names, updating cases
// send the current values again, and deleting cases delete a throwaway row made by `params`.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { agreements, centres, neighbourhoods, networks, partners } from "@db/schema";
import { createAgreement, createCentre, createNeighbourhood, createPartner } from "@db/seed/factories";
import { centreFormValues } from "~/modules/network/centres.server";
import { partnerFormValues } from "~/modules/network/partners.server";
import { uploadsDir } from "~/modules/uploads/uploads.server";
import { expect, type Expectation, type MatrixCase } from "./expect";

/** The same personas are allowed, and a successful action redirects. */
const redirects = (e: Expectation): Expectation =>
  Object.fromEntries(Object.entries(e).map(([persona, outcome]) => [persona, outcome === "ok" ? "redirect" : outcome])) as Expectation;

const unique = () => crypto.randomBytes(4).toString("hex");

function unnaId(): number {
  return getDb().select().from(networks).where(eq(networks.slug, "unna")).get()!.id;
}

function centreBySlug(slug: string) {
  return getDb().select().from(centres).where(and(eq(centres.networkId, unnaId()), eq(centres.slug, slug))).get()!;
}

function neighbourhoodId(name: string): number {
  return getDb().select().from(neighbourhoods).where(and(eq(neighbourhoods.networkId, unnaId()), eq(neighbourhoods.name, name))).get()!.id;
}

function partnerByName(name: string) {
  return getDb().select().from(partners).where(and(eq(partners.networkId, unnaId()), eq(partners.name, name))).get()!;
}

function firstArcheAgreement() {
  return getDb().select().from(agreements).where(eq(agreements.centreId, centreBySlug("arche").id)).orderBy(asc(agreements.id)).get()!;
}

/** An agreement of Arche with a stored file (made once, reused). */
function archeAgreementWithFile(): number {
  const arche = centreBySlug("arche");
  const existing = getDb().select().from(agreements).where(and(eq(agreements.centreId, arche.id), isNotNull(agreements.fileKey))).get();
  if (existing) return existing.id;
  const key = crypto.randomBytes(16).toString("hex");
  fs.mkdirSync(uploadsDir(), { recursive: true });
  fs.writeFileSync(path.join(uploadsDir(), key), "%PDF-1.4\n%matrix\n");
  return createAgreement(getDb(), {
    centreId: arche.id,
    partnerId: partnerByName("Stadtbibliothek Unna").id,
    startsOn: "2025-01-01",
    endsOn: null,
    fileKey: key,
    fileName: "vereinbarung.pdf",
    fileType: "application/pdf",
    fileSize: 17,
  }).id;
}

const archeParams = { network: "unna", centre: "arche" };
const deleteForm = () => ({ intent: "delete", confirm: "yes" });

export const networkCases: MatrixCase[] = [
  // Neighbourhoods
  { route: "n.$network.neighbourhoods.new", kind: "loader", path: "/n/unna/neighbourhoods/new", params: { network: "unna" }, expect: expect.coordinators },
  {
    route: "n.$network.neighbourhoods.new",
    kind: "action",
    path: "/n/unna/neighbourhoods/new",
    params: { network: "unna" },
    form: () => ({ name: `Matrix-Stadtteil ${unique()}`, population: "100" }),
    expect: redirects(expect.coordinators),
  },
  {
    route: "n.$network.neighbourhoods.$id",
    kind: "loader",
    path: "/n/unna/neighbourhoods/:id",
    params: () => ({ network: "unna", id: String(neighbourhoodId("Stockum")) }),
    expect: expect.coordinators,
  },
  {
    route: "n.$network.neighbourhoods.$id",
    kind: "action",
    path: "/n/unna/neighbourhoods/:id (update)",
    params: () => ({ network: "unna", id: String(neighbourhoodId("Stockum")) }),
    form: () => ({ intent: "update", name: "Stockum", population: "1600" }),
    expect: redirects(expect.coordinators),
  },
  {
    route: "n.$network.neighbourhoods.$id",
    kind: "action",
    path: "/n/unna/neighbourhoods/:id (delete)",
    params: () => ({ network: "unna", id: String(createNeighbourhood(getDb(), { networkId: unnaId(), name: `Wegwerf ${unique()}` }).id) }),
    form: deleteForm,
    expect: redirects(expect.coordinators),
  },

  // Centres
  { route: "n.$network.centres.new", kind: "loader", path: "/n/unna/centres/new", params: { network: "unna" }, expect: expect.coordinators },
  {
    route: "n.$network.centres.new",
    kind: "action",
    path: "/n/unna/centres/new",
    params: { network: "unna" },
    form: () => ({ name: `Familienzentrum Matrix ${unique()}`, provider: "Matrix e. V." }),
    expect: redirects(expect.coordinators),
  },
  { route: "n.$network.centres.$centre._index", kind: "loader", path: "/n/unna/centres/arche", params: archeParams, expect: expect.members },
  { route: "n.$network.centres.$centre.edit", kind: "loader", path: "/n/unna/centres/arche/edit", params: archeParams, expect: expect.centreA },
  {
    route: "n.$network.centres.$centre.edit",
    kind: "action",
    path: "/n/unna/centres/arche/edit (update)",
    params: archeParams,
    form: () => ({ intent: "update", ...centreFormValues(centreBySlug("arche")) }),
    expect: redirects(expect.centreA),
  },
  {
    // Deleting needs manage:network: the lead of the centre may edit it but not delete it.
    route: "n.$network.centres.$centre.edit",
    kind: "action",
    path: "/n/unna/centres/:throwaway/edit (delete)",
    params: () => ({ network: "unna", centre: createCentre(getDb(), { networkId: unnaId(), name: `Familienzentrum Wegwerf ${unique()}` }).slug }),
    form: deleteForm,
    expect: redirects(expect.coordinators),
  },

  // Partners
  { route: "n.$network.partners.new", kind: "loader", path: "/n/unna/partners/new", params: { network: "unna" }, expect: expect.coordinators },
  {
    route: "n.$network.partners.new",
    kind: "action",
    path: "/n/unna/partners/new",
    params: { network: "unna" },
    form: () => ({ name: `Matrix-Partner ${unique()}`, kind: "Verein" }),
    expect: redirects(expect.coordinators),
  },
  {
    route: "n.$network.partners.$id",
    kind: "loader",
    path: "/n/unna/partners/:id",
    params: () => ({ network: "unna", id: String(partnerByName("Kita Sonnenschein").id) }),
    expect: expect.members,
  },
  {
    route: "n.$network.partners.$id",
    kind: "action",
    path: "/n/unna/partners/:id (update)",
    params: () => ({ network: "unna", id: String(partnerByName("Kita Sonnenschein").id) }),
    form: () => ({ intent: "update", ...partnerFormValues(partnerByName("Kita Sonnenschein")) }),
    expect: redirects(expect.coordinators),
  },
  {
    route: "n.$network.partners.$id",
    kind: "action",
    path: "/n/unna/partners/:id (delete)",
    params: () => ({ network: "unna", id: String(createPartner(getDb(), { networkId: unnaId(), name: `Wegwerf ${unique()}`, kind: "Verein" }).id) }),
    form: deleteForm,
    expect: redirects(expect.coordinators),
  },

  // Agreements of centre A (Arche): its lead, the coordinator and admins manage them; members download files.
  {
    route: "n.$network.centres.$centre.agreements.new",
    kind: "loader",
    path: "/n/unna/centres/arche/agreements/new",
    params: archeParams,
    expect: expect.centreA,
  },
  {
    route: "n.$network.centres.$centre.agreements.new",
    kind: "action",
    path: "/n/unna/centres/arche/agreements/new",
    params: archeParams,
    form: () => ({ partnerId: String(partnerByName("Grundschule Königsborn").id), startsOn: "2026-01-01" }),
    expect: redirects(expect.centreA),
  },
  {
    route: "n.$network.centres.$centre.agreements.$id",
    kind: "loader",
    path: "/n/unna/centres/arche/agreements/:id",
    params: () => ({ ...archeParams, id: String(firstArcheAgreement().id) }),
    expect: expect.centreA,
  },
  {
    route: "n.$network.centres.$centre.agreements.$id",
    kind: "action",
    path: "/n/unna/centres/arche/agreements/:id (update)",
    params: () => ({ ...archeParams, id: String(firstArcheAgreement().id) }),
    form: () => {
      const a = firstArcheAgreement();
      return { intent: "update", partnerId: String(a.partnerId), startsOn: a.startsOn, endsOn: a.endsOn ?? "" };
    },
    expect: redirects(expect.centreA),
  },
  {
    route: "n.$network.centres.$centre.agreements.$id",
    kind: "action",
    path: "/n/unna/centres/arche/agreements/:id (delete)",
    params: () => {
      const created = createAgreement(getDb(), {
        centreId: centreBySlug("arche").id,
        partnerId: partnerByName("Kita Sonnenschein").id,
        startsOn: "2020-01-01",
      });
      return { ...archeParams, id: String(created.id) };
    },
    form: deleteForm,
    expect: redirects(expect.centreA),
  },
  {
    route: "n.$network.centres.$centre.agreements.$id.file",
    kind: "loader",
    path: "/n/unna/centres/arche/agreements/:id/file",
    params: () => ({ ...archeParams, id: String(archeAgreementWithFile()) }),
    expect: expect.members,
  },
];
