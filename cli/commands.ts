import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { closeDb, databasePath, getDb, runMigrations } from "../db/client.server";
import { centres, networks, users } from "../db/schema";
import { seedDemo } from "../db/seed/demo";
import { addMembership, createNetwork, createUser } from "../db/seed/factories";
import { hashPassword } from "../app/modules/accounts/password.server";
import { minPasswordLengthValue } from "../app/modules/accounts/password-rules";
import { exportOfferingsCsvChunks } from "../app/modules/offerings/export.server";
import { hsdsServiceIds, hsdsServices, publicBaseUrl } from "../app/modules/guide/hsds.server";
import { importOfferingsCsv, type ImportStep } from "../app/modules/offerings/import.server";
import { openGroups, scanNetwork } from "../app/modules/overlaps/flags.server";
import { afterImport } from "../app/modules/overlaps/hooks.server";
import { runScheduledJobs } from "../app/modules/jobs/run-jobs.server";
import { parseRoleSpec } from "./roles";
import { formatImportError, formatImportSummary } from "./offerings-output";
import { nowDate } from "../app/modules/time/clock";

class CommandError extends Error {}

type Options = Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }>;

export interface Command {
  summary: string;
  usage: string;
  options: Options;
  run(values: Record<string, unknown>, positionals: string[]): Promise<void>;
}

function migratedDb() {
  const db = getDb();
  runMigrations(db);
  return db;
}

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== "string" || value.trim() === "") throw new CommandError(`Missing --${name}`);
  return value.trim();
}

function networkBySlug(db: ReturnType<typeof migratedDb>, slug: string) {
  const network = db.select().from(networks).where(eq(networks.slug, slug)).get();
  if (!network) throw new CommandError(`Unknown network "${slug}"`);
  return network;
}

/** Writes to stdout and waits until the data is handed to the OS (process.exit would cut a pipe short). */
function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
}

export const commands: Record<string, Command> = {
  migrate: {
    summary: "Apply pending database migrations.",
    usage: "",
    options: {},
    async run() {
      migratedDb();
      console.log(`Migrated ${databasePath()}`);
    },
  },
  "create-network": {
    summary: "Create an empty network.",
    usage: "--slug SLUG --name NAME",
    options: { slug: { type: "string" }, name: { type: "string" } },
    async run(values) {
      const slug = required(values, "slug");
      const name = required(values, "name");
      if (!/^[a-z0-9][a-z0-9-]{0,59}$/.test(slug)) {
        throw new CommandError("--slug must be lower-case letters, digits and hyphens");
      }
      const db = migratedDb();
      if (db.select().from(networks).where(eq(networks.slug, slug)).get()) {
        throw new CommandError(`A network with slug "${slug}" already exists`);
      }
      createNetwork(db, { slug, name });
      console.log(`Created network ${slug}`);
    },
  },
  "create-user": {
    summary: "Create a user with roles (coordinator@NETWORK, lead@NETWORK/CENTRE, staff@NETWORK/CENTRE).",
    usage: "--email EMAIL --name NAME --password PASSWORD [--admin] [--role ROLE ...]",
    options: {
      email: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
      admin: { type: "boolean" },
      role: { type: "string", multiple: true },
    },
    async run(values) {
      const email = required(values, "email").toLowerCase();
      const name = required(values, "name");
      const password = required(values, "password");
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new CommandError(`"${email}" is not an e-mail address`);
      if (password.length < minPasswordLengthValue) {
        throw new CommandError(`The password must be at least ${minPasswordLengthValue} characters long`);
      }
      const db = migratedDb();
      if (db.select().from(users).where(eq(users.email, email)).get()) {
        throw new CommandError(`A user with e-mail ${email} already exists`);
      }
      const roles = ((values.role as string[] | undefined) ?? []).map((spec) => {
        const role = parseRoleSpec(spec);
        const network = db.select().from(networks).where(eq(networks.slug, role.network)).get();
        if (!network) throw new CommandError(`Unknown network "${role.network}" in --role ${spec}`);
        let centreId: number | null = null;
        if (role.centre) {
          const centre = db.select().from(centres).where(eq(centres.slug, role.centre)).all().find((c) => c.networkId === network.id);
          if (!centre) throw new CommandError(`Unknown centre "${role.centre}" in network ${role.network}`);
          centreId = centre.id;
        }
        return { networkId: network.id, centreId, role: role.role };
      });
      const passwordHash = await hashPassword(password);
      db.transaction((tx) => {
        const user = createUser(tx, { email, name, passwordHash, isAdmin: values.admin === true });
        for (const role of roles) addMembership(tx, { userId: user.id, ...role });
      });
      console.log(`Created user ${email}`);
    },
  },
  "seed-demo": {
    summary: "Seed the demo network (slug unna) with demo accounts.",
    usage: "",
    options: {},
    async run() {
      const seeded = await seedDemo(migratedDb());
      console.log(seeded ? "Seeded the demo network unna" : "The demo network unna already exists");
    },
  },
  "run-jobs": {
    summary: "Run the scheduled jobs once (review cadence, reminders before due dates, overdue actions); for cron.",
    usage: "",
    options: {},
    async run() {
      const summary = await runScheduledJobs(migratedDb(), nowDate());
      console.log(
        `Review cycles opened: ${summary.cyclesOpened}; due reminders: ${summary.dueReminders}; overdue action reminders: ${summary.overdueActionReminders}`,
      );
    },
  },
  "import-offerings": {
    summary: "Import offerings from a CSV file: all rows or none; a known ref updates its offering.",
    usage: "FILE --network SLUG [--create-missing] [--dry-run]",
    options: { network: { type: "string" }, "create-missing": { type: "boolean" }, "dry-run": { type: "boolean" } },
    async run(values, positionals) {
      const file = positionals[0];
      if (!file) throw new CommandError("Missing FILE: npm run cli -- import-offerings FILE --network SLUG");
      const slug = required(values, "network");
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CommandError(`No such file: ${file}`);
      const network = networkBySlug(migratedDb(), slug);
      const dryRun = values["dry-run"] === true;
      const progress = process.stderr.isTTY
        ? (done: number, total: number, step: ImportStep) => process.stderr.write(`\r${step === "checking" ? "Checking" : "Writing"} ${done}/${total} rows `)
        : undefined;
      const summary = importOfferingsCsv(fs.readFileSync(file), {
        networkId: network.id,
        actor: null,
        createMissing: values["create-missing"] === true,
        dryRun,
        onProgress: progress,
        progressEvery: 5000,
      });
      if (progress) process.stderr.write("\r\x1b[K");
      if (!summary.ok) {
        for (const error of summary.errors) console.error(formatImportError(error));
        const rows = new Set(summary.errors.map((e) => e.row)).size;
        throw new CommandError(`${summary.errors.length} error(s) in ${rows} row(s) of ${file}; nothing was imported`);
      }
      console.log(formatImportSummary(summary, network.slug));
      if (dryRun || summary.created + summary.updated === 0) return;
      // Flags follow the import, after its transaction (timed separately for the benchmark).
      const started = performance.now();
      const changes = afterImport(network.id);
      console.log(`Overlap scan: ${changes.opened.length} new, ${changes.reopened.length} reopened flag(s) in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    },
  },
  overlaps: {
    summary:
      "Detect duplicate offerings per neighbourhood and print the open duplicate groups (--json: a JSON array of { neighbourhood, members, score, reasons }, streamed).",
    usage: "--network SLUG [--json]",
    options: { network: { type: "string" }, json: { type: "boolean" } },
    async run(values) {
      const network = networkBySlug(migratedDb(), required(values, "network"));
      scanNetwork(network.id);
      let count = 0;
      if (values.json === true) await writeOut("[");
      for (const group of openGroups(network.id)) {
        if (values.json === true) await writeOut(`${count > 0 ? "," : ""}\n${JSON.stringify(group)}`);
        else await writeOut(`${group.neighbourhood}: ${group.members.join(", ")}  ${group.score.toFixed(2)}  ${group.reasons.join("; ")}\n`);
        count++;
      }
      if (values.json === true) await writeOut("\n]\n");
      else await writeOut(count === 0 ? `No open duplicate groups in ${network.slug}\n` : `${count} open duplicate group(s)\n`);
    },
  },
  "export-offerings": {
    summary: "Write the network's offerings (not archived ones) as CSV to stdout, in the import format.",
    usage: "--network SLUG",
    options: { network: { type: "string" } },
    async run(values) {
      const network = networkBySlug(migratedDb(), required(values, "network"));
      for (const chunk of exportOfferingsCsvChunks(network.id)) await writeOut(chunk);
    },
  },
  "export-hsds": {
    summary: "Write the network's public offerings as a JSON array of HSDS 3.0 service records to stdout (links use APP_URL).",
    usage: "--network SLUG",
    options: { network: { type: "string" } },
    async run(values) {
      const network = networkBySlug(migratedDb(), required(values, "network"));
      const context = { network: { id: network.id, slug: network.slug, name: network.name }, baseUrl: publicBaseUrl() };
      const ids = hsdsServiceIds(network.id);
      await writeOut("[");
      for (let i = 0; i < ids.length; i += 500) {
        const records = hsdsServices(context, ids.slice(i, i + 500)).map((record) => JSON.stringify(record));
        await writeOut(`${i > 0 ? ",\n" : "\n"}${records.join(",\n")}`);
      }
      await writeOut("\n]\n");
    },
  },
  backup: {
    summary: "Write a consistent copy of the database to FILE (safe while the server runs).",
    usage: "FILE",
    options: {},
    async run(_values, positionals) {
      const target = positionals[0];
      if (!target) throw new CommandError("Missing FILE: npm run cli -- backup FILE");
      if (!fs.existsSync(databasePath())) throw new CommandError(`No database at ${databasePath()}`);
      fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
      const db = getDb();
      await db.$client.backup(target);
      closeDb();
      console.log(`Backed up ${databasePath()} to ${target}`);
    },
  },
  restore: {
    summary: "Replace the database with the backup FILE (stop the server first).",
    usage: "FILE",
    options: {},
    async run(_values, positionals) {
      const source = positionals[0];
      if (!source) throw new CommandError("Missing FILE: npm run cli -- restore FILE");
      if (!fs.existsSync(source)) throw new CommandError(`No such file: ${source}`);
      let backup: Database.Database;
      try {
        backup = new Database(source, { readonly: true, fileMustExist: true });
        const check = backup.pragma("integrity_check", { simple: true });
        if (check !== "ok") throw new CommandError(`${source} failed the integrity check: ${String(check)}`);
      } catch (error) {
        if (error instanceof CommandError) throw error;
        throw new CommandError(`${source} is not a readable SQLite database`);
      }
      fs.mkdirSync(path.dirname(path.resolve(databasePath())), { recursive: true });
      await backup.backup(databasePath());
      backup.close();
      console.log(`Restored ${databasePath()} from ${source}`);
    },
  },
};
