// Matrix cases for the recertification pages. A centre's evidence (Arche here) is for its lead and
// staff, the coordinator and admins; the checklist is edited by coordinators; every member reads the
// checklist and the shared examples. Uploads are served to members only (a centre's own: as above).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { centres, checklistAreas, checklistItems, documents, networks, recertificationEvidence } from "@db/schema";
import { uploadsDir } from "~/modules/uploads/uploads.server";
import { expect, type Expectation, type MatrixCase } from "./expect";

const redirects = (e: Expectation): Expectation =>
  Object.fromEntries(Object.entries(e).map(([persona, outcome]) => [persona, outcome === "ok" ? "redirect" : outcome])) as Expectation;

const unna = { network: "unna" };
const arche = { network: "unna", centre: "arche" };
/** Arche's lead and staff, the coordinator and admins. */
const archeCollectors: Expectation = { ...expect.centreA, staffA: "ok" };

function unnaId(): number {
  return getDb().select().from(networks).where(eq(networks.slug, "unna")).get()!.id;
}

function itemId(code: string): number {
  return getDb().select().from(checklistItems).where(and(eq(checklistItems.networkId, unnaId()), eq(checklistItems.code, code))).get()!.id;
}

/** An uploaded (not shared) document of Arche, stored as a file and a row. */
function archeDocument(): string {
  const db = getDb();
  const centre = db.select().from(centres).where(and(eq(centres.networkId, unnaId()), eq(centres.slug, "arche"))).get()!;
  const key = crypto.randomBytes(16).toString("hex");
  fs.mkdirSync(uploadsDir(), { recursive: true });
  fs.writeFileSync(path.join(uploadsDir(), key), "%PDF-1.4\n% matrix\n");
  const document = db.insert(documents).values({ networkId: unnaId(), centreId: centre.id, fileKey: key, fileName: "matrix.pdf", fileType: "application/pdf", fileSize: 18 }).returning().get();
  const evidence = db
    .insert(recertificationEvidence)
    .values({ networkId: unnaId(), centreId: centre.id, itemId: itemId("5.1"), kind: "document", documentId: document.id, label: "Matrix" })
    .returning()
    .get();
  return String(evidence.id);
}

function area5(): { id: number; nameDe: string; nameEn: string } {
  return getDb().select().from(checklistAreas).where(and(eq(checklistAreas.networkId, unnaId()), eq(checklistAreas.number, "5"))).get()!;
}

export const recertificationCases: MatrixCase[] = [
  { route: "n.$network.recertification._index", kind: "loader", path: "/n/unna/recertification", params: unna, expect: expect.members },
  { route: "n.$network.recertification.examples", kind: "loader", path: "/n/unna/recertification/examples", params: unna, expect: expect.members },
  { route: "n.$network.recertification.checklist", kind: "loader", path: "/n/unna/recertification/checklist", params: unna, expect: expect.members },
  {
    route: "n.$network.recertification.checklist",
    kind: "action",
    path: "/n/unna/recertification/checklist (rename area 5)",
    params: unna,
    form: () => {
      const area = area5();
      return { intent: "rename-area", areaId: String(area.id), nameDe: area.nameDe, nameEn: area.nameEn };
    },
    expect: redirects(expect.coordinators),
  },
  { route: "n.$network.recertification.centres.$centre._index", kind: "loader", path: "/n/unna/recertification/centres/arche", params: arche, expect: archeCollectors },
  { route: "n.$network.recertification.centres.$centre.portfolio", kind: "loader", path: "/n/unna/recertification/centres/arche/portfolio", params: arche, expect: archeCollectors },
  {
    route: "n.$network.recertification.centres.$centre.items.$item",
    kind: "loader",
    path: "/n/unna/recertification/centres/arche/items/:5.1",
    params: () => ({ ...arche, item: String(itemId("5.1")) }),
    expect: archeCollectors,
  },
  {
    route: "n.$network.recertification.centres.$centre.items.$item",
    kind: "action",
    path: "/n/unna/recertification/centres/arche/items/:5.1 (add a link)",
    params: () => ({ ...arche, item: String(itemId("5.1")) }),
    form: () => ({ intent: "link", url: "https://www.example.org/matrix", label: "Matrix-Link" }),
    expect: redirects(archeCollectors),
  },
  {
    route: "n.$network.recertification.evidence.$id.file",
    kind: "loader",
    path: "/n/unna/recertification/evidence/:id/file (Arche's, not shared)",
    params: () => ({ network: "unna", id: archeDocument() }),
    expect: archeCollectors,
  },
];
