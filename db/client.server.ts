// The single database client: one better-sqlite3 connection per process, opened lazily from DATABASE_PATH.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { nowMs } from "../app/modules/time/clock";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A transaction handle, accepted wherever a function may run inside the caller's transaction. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export function databasePath(): string {
  return process.env.DATABASE_PATH ?? "data/app.db";
}

export function openDatabase(file: string = databasePath()): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // The created_at defaults read SQLite's unixepoch(); it answers from the app's clock instead, so rows
  // stamped by the database agree with everything else when the clock is moved (APP_NOW, tests).
  sqlite.function("unixepoch", { varargs: true, deterministic: false }, (...args: unknown[]) => {
    const [value = "now", ...modifiers] = args;
    if (value !== "now" && value !== "subsec") throw new Error("unixepoch(): only the current time is supported");
    const subsec = value === "subsec" || modifiers.includes("subsec");
    if (modifiers.some((m) => m !== "subsec")) throw new Error("unixepoch(): only the 'subsec' modifier is supported");
    return subsec ? nowMs() / 1000 : Math.floor(nowMs() / 1000);
  });
  const db = drizzle(sqlite, { schema }) as Db;
  // Transactions take the write lock when they begin (BEGIN IMMEDIATE). A deferred transaction that reads
  // and then writes fails at once with SQLITE_BUSY when another process wrote in between (busy_timeout
  // does not help there); an immediate one waits for the lock instead. Savepoints inside are unaffected.
  const deferred = db.transaction.bind(db);
  db.transaction = ((run, config) => deferred(run, { behavior: "immediate", ...config })) as Db["transaction"];
  return db;
}

export function runMigrations(db: Db): void {
  migrate(db, { migrationsFolder: resolveMigrationsFolder() });
}

function resolveMigrationsFolder(): string {
  // In the production server bundle import.meta.url points into build/server; fall back to the project's db/.
  if (fs.existsSync(path.join(migrationsFolder, "meta", "_journal.json"))) return migrationsFolder;
  return path.resolve("db/migrations");
}

let current: Db | undefined;

export function getDb(): Db {
  if (!current) current = openDatabase();
  return current;
}

export function closeDb(): void {
  current?.$client.close();
  current = undefined;
}
