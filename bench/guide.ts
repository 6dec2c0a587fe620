// Benchmark: the public family guide on the production build with 10,000 offerings in one network.
// (a) JavaScript the start page ships: the gzipped sizes of every script it references (module preloads
// and the inline entry's imports), budget 110 KB; (b) latency under load with autocannon, 32 connections:
// the start page (budget p99 ≤ 100 ms), a search with filters, an offering page and an HSDS API page.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import autocannon from "autocannon";
import type { Figure } from "./figures";
import { generateOfferingsCsv } from "./generate-offerings";
import { cli } from "./import-export";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${code})`))));
  });
}

async function startServer(buildDir: string, databasePath: string, dir: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", BUILD_DIR: buildDir, PORT: String(port), HOST: "127.0.0.1", DATABASE_PATH: databasePath, SEED_DEMO: "0", SMTP_URL: "", UPLOADS_PATH: path.join(dir, "uploads"), LOG_FORMAT: "tiny" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr?.on("data", (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited:\n${log}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, child };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Gzipped bytes of every script the page references: <script src>, modulepreload and the inline imports. */
export async function pageJavaScript(url: string): Promise<{ bytes: number; files: number }> {
  const html = await (await fetch(url)).text();
  const origin = new URL(url).origin;
  const scripts = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) scripts.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) scripts.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="modulepreload"/g)) scripts.add(match[1]!);
  for (const match of html.matchAll(/import\s*(?:[^"';]*from\s*)?["'](\/assets\/[^"']+\.js)["']/g)) scripts.add(match[1]!);
  let bytes = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer());
    bytes += zlib.gzipSync(body, { level: 6 }).length;
  }
  return { bytes, files: scripts.size };
}

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: 32, duration: seconds, timeout: 30 });
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} answers other than 2xx`);
  return { p99: result.latency.p99, p50: result.latency.p50, rps: result.requests.average, errors: result.errors + result.timeouts };
}

export async function guideBenchmark(options: { rows?: number; seconds?: number; keep?: boolean; log?: (line: string) => void }): Promise<Figure[]> {
  const log = options.log ?? (() => {});
  const rows = options.rows ?? 10_000;
  const seconds = options.seconds ?? 10;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "familiennetz-bench-guide-"));
  const databasePath = path.join(dir, "bench.db");
  const buildDir = process.env.BUILD_DIR ?? "build";
  let child: ChildProcess | undefined;
  try {
    if (!fs.existsSync(path.resolve(root, buildDir, "server/index.js"))) {
      log("Building the app …");
      await run("npx", ["remix", "vite:build"], { ...process.env, BUILD_DIR: buildDir });
    }
    log(`Generating and importing ${rows.toLocaleString("en-GB")} offerings …`);
    const csv = path.join(dir, "offerings.csv");
    generateOfferingsCsv(csv, rows);
    await cli(dir, databasePath, ["create-network", "--slug", "bench", "--name", "Benchmark"]);
    await cli(dir, databasePath, ["import-offerings", csv, "--network", "bench", "--create-missing"]);

    log("Starting the production server …");
    const server = await startServer(buildDir, databasePath, dir);
    child = server.child;
    const start = `${server.url}/guide/bench`;
    const search = `${server.url}/guide/bench?q=eltern&age=2&ageUnit=years&weekday=2&free=1`;
    const html = await (await fetch(`${server.url}/guide/bench?q=kurs`)).text();
    const offering = /href="(\/guide\/bench\/offerings\/\d+)"/.exec(html)?.[1];
    if (!offering) throw new Error("The search found no offering to open");

    const js = await pageJavaScript(start);
    log(`Start page: ${js.files} scripts, ${(js.bytes / 1024).toFixed(1)} KB gzipped`);
    const name = `public guide, ${rows.toLocaleString("en-GB")} offerings (production build)`;
    const figures: Figure[] = [{ benchmark: name, metric: `start page JavaScript (gzip, ${js.files} files)`, value: js.bytes / 1024, unit: "KB", digits: 1, max: 110 }];
    const cases: [string, string, number | undefined][] = [
      ["start page", start, 100],
      ["search with filters", search, undefined],
      ["offering page", `${server.url}${offering}`, undefined],
      ["HSDS API, 50 services", `${server.url}/feeds/bench/hsds/services?per_page=50&page=3`, undefined],
    ];
    for (const [label, url, max] of cases) {
      await load(url, 2); // warm-up
      log(`Loading ${label} (32 connections, ${seconds} s) …`);
      const result = await load(url, seconds);
      if (result.errors > 0) log(`${label}: ${result.errors} requests failed or timed out`);
      figures.push(
        { benchmark: name, metric: `${label}: p99 latency, 32 connections`, value: result.p99, unit: "ms", max },
        { benchmark: name, metric: `${label}: median latency`, value: result.p50, unit: "ms" },
        { benchmark: name, metric: `${label}: requests/s`, value: result.rps, unit: "req/s" },
      );
    }
    return figures;
  } finally {
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child!.once("exit", r));
    }
    if (options.keep) log(`Kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}
