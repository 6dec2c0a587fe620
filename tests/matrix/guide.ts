// Matrix cases for the public family guide and its open data: no sign-in, the same answer for everyone.
import { and, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { networks, offerings } from "@db/schema";
import { entityUuid } from "~/modules/guide/uuid.server";
import { expect, type MatrixCase } from "./expect";

/** A published offering of the demo network. */
function publishedId(): string {
  const unna = getDb().select().from(networks).where(eq(networks.slug, "unna")).get()!;
  const row = getDb()
    .select({ id: offerings.id })
    .from(offerings)
    .where(and(eq(offerings.networkId, unna.id), eq(offerings.status, "published"), eq(offerings.scheduleKind, "weekly")))
    .get()!;
  return String(row.id);
}

export const guideCases: MatrixCase[] = [
  { route: "guide.$network._index", kind: "loader", path: "/guide/unna?q=baby", params: { network: "unna" }, expect: expect.public },
  {
    route: "guide.$network.offerings.$id",
    kind: "loader",
    path: "/guide/unna/offerings/:id",
    params: () => ({ network: "unna", id: publishedId() }),
    expect: expect.public,
  },
  {
    route: "guide.$network.centres.$centre",
    kind: "loader",
    path: "/guide/unna/centres/arche",
    params: { network: "unna", centre: "arche" },
    expect: expect.public,
  },
  {
    route: "guide.$network.neighbourhoods.$neighbourhood",
    kind: "loader",
    path: "/guide/unna/neighbourhoods/massen",
    params: { network: "unna", neighbourhood: "massen" },
    expect: expect.public,
  },
  { route: "guide.$network.map", kind: "loader", path: "/guide/unna/map", params: { network: "unna" }, expect: expect.public },
  {
    route: "feeds.$network.hsds.services._index",
    kind: "loader",
    path: "/feeds/unna/hsds/services?per_page=5",
    params: { network: "unna" },
    expect: expect.public,
  },
  {
    route: "feeds.$network.hsds.services.$id",
    kind: "loader",
    path: "/feeds/unna/hsds/services/:uuid",
    params: () => ({ network: "unna", id: entityUuid("unna", "service", publishedId()) }),
    expect: expect.public,
  },
];
