// An import that opens many overlap flags sends one digest per person instead of a message per flag.
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@db/client.server";
import { networks, notifications, outboxMessages, overlapFlags, users } from "@db/schema";
import { addMembership } from "@db/seed/factories";
import { importOfferingsCsv } from "~/modules/offerings/import.server";
import { afterImport } from "~/modules/overlaps/hooks.server";
import { seedTwoNetworks } from "./helpers";

let networkId: number;
let coordinatorId: number;

beforeAll(async () => {
  await seedTwoNetworks();
  const db = getDb();
  networkId = db.select().from(networks).where(eq(networks.slug, "dortmund")).get()!.id;
  coordinatorId = db.select().from(users).where(eq(users.email, "leitung.hoerde@example.net")).get()!.id;
  addMembership(db, { userId: coordinatorId, networkId, role: "coordinator" });
});

describe("overlap notifications after an import", () => {
  it("gives the coordinator one digest with the number of new flags", async () => {
    const csv = fs.readFileSync(new URL("../../shared/data/offerings-dev-d.csv", import.meta.url));
    const result = importOfferingsCsv(csv, { networkId, actor: null, createMissing: true, dryRun: false });
    expect(result.ok).toBe(true);
    const outboxBefore = getDb().select().from(outboxMessages).all().length;
    const changes = afterImport(networkId);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const flags = getDb().select().from(overlapFlags).where(eq(overlapFlags.networkId, networkId)).all().length;
    expect(changes.opened).toHaveLength(flags);
    expect(flags).toBeGreaterThan(20);
    const mine = getDb().select().from(notifications).where(eq(notifications.userId, coordinatorId)).all();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: "overlap.digest", title: `${flags} neue oder wieder geöffnete Überschneidungen`, link: "/n/dortmund/overlaps" });
    expect(getDb().select().from(outboxMessages).all().length - outboxBefore).toBe(1);
  });
});
