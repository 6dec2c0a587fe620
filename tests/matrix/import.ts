// Matrix cases for offering import and export. An import job belongs to the person who uploaded it:
// everyone else in the network gets 404, as if it did not exist.
import { eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { networks, users } from "@db/schema";
import { createJob, runJob } from "~/modules/offerings/import-jobs.server";
import { expect, type Expectation, type MatrixCase } from "./expect";

const params = { network: "unna" };

/** Members who may edit offerings of some centre: all members of the demo network (staff included). */
const importers = expect.members;

/** Only the coordinator, who owns the job; other members of the network learn nothing about it. */
const jobOwner = (ok: "ok" | "redirect"): Expectation => ({
  anonymous: "login",
  staffA: "notfound",
  leadA: "notfound",
  leadB: "notfound",
  coordinator: ok,
  admin: "notfound",
  otherNetwork: "forbidden",
});

const csv = [
  "ref;centre;neighbourhood;title;description;category;age_from;age_to;weekday;start;end;languages;cost_eur;registration",
  "M1;Familienzentrum Arche;Massen;Matrix-Spielgruppe;;bewegung-kinder;1;3;Di;10:00;11:00;de;0;nein",
].join("\n");

/** A checked preview of the coordinator, waiting for confirmation. */
function coordinatorJob(): Record<string, string> {
  const networkId = getDb().select().from(networks).where(eq(networks.slug, "unna")).get()!.id;
  const user = getDb().select().from(users).where(eq(users.email, "koordination@example.org")).get()!;
  const job = createJob({ networkId, userId: user.id, fileName: "matrix.csv", bytes: new TextEncoder().encode(csv), createMissing: false });
  runJob({ kind: "preview", jobId: job.id, networkId, actor: { userId: user.id, name: user.name }, allowedCentreIds: null, createMissing: false });
  return { ...params, id: job.id };
}

export const importCases: MatrixCase[] = [
  { route: "n.$network.offerings.import._index", kind: "loader", path: "/n/unna/offerings/import", params, expect: importers },
  {
    // Without a file the upload is refused (400); the permission check comes first.
    route: "n.$network.offerings.import._index",
    kind: "action",
    path: "/n/unna/offerings/import (no file)",
    params,
    form: () => ({ createMissing: "on" }),
    expect: { ...importers, staffA: "invalid", leadA: "invalid", leadB: "invalid", coordinator: "invalid", admin: "invalid" },
  },
  { route: "n.$network.offerings.import.$id", kind: "loader", path: "/n/unna/offerings/import/:id", params: coordinatorJob, expect: jobOwner("ok") },
  {
    route: "n.$network.offerings.import.$id",
    kind: "action",
    path: "/n/unna/offerings/import/:id (cancel)",
    params: coordinatorJob,
    form: () => ({ intent: "cancel" }),
    expect: jobOwner("redirect"),
  },
  { route: "n.$network.offerings.export", kind: "loader", path: "/n/unna/offerings/export", params, expect: expect.members },
];
