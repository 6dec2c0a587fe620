// Each integration test file gets its own fresh, migrated SQLite file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { closeDb, getDb, runMigrations } from "@db/client.server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "familiennetz-test-"));
process.env.DATABASE_PATH = path.join(dir, "test.db");
process.env.UPLOADS_PATH = path.join(dir, "uploads");
delete process.env.SMTP_URL;
runMigrations(getDb());

afterAll(() => {
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});
