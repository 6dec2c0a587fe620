// Production server: Express with compression, security headers (CSP with a per-request nonce),
// request logging and the Remix request handler. Migrates and seeds the database before listening.
import crypto from "node:crypto";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import morgan from "morgan";
import { closeDb, getDb, runMigrations } from "./db/client.server";
import { seedDemo } from "./db/seed/demo";
import { sessionCookie, readSessionToken, validateSessionToken } from "./app/modules/accounts/sessions.server";
import { originAllowed } from "./app/modules/security/origin";
import { tileImageSource } from "./app/modules/guide/tiles";
import { guidePageCache } from "./app/modules/guide/page-cache.server";
import { runScheduledJobs } from "./app/modules/jobs/run-jobs.server";
import { nowDate } from "./app/modules/time/clock";

const port = Number(process.env.PORT ?? 3000);
const buildDir = process.env.BUILD_DIR ?? "build";
const host = process.env.HOST ?? "0.0.0.0";
const jobsEveryMs = 60 * 60 * 1000;

/** Scheduled jobs (review cadence, reminders): at start-up and hourly; errors are logged, never fatal. */
function scheduleJobs() {
  const run = () =>
    runScheduledJobs(getDb(), nowDate()).catch((error: unknown) => console.error("scheduled jobs failed:", error instanceof Error ? error.message : error));
  void run();
  setInterval(run, jobsEveryMs).unref();
}

// The guide's tile map (MAP_TILE_URL) loads images from that host only.
const tileSource = tileImageSource(process.env.MAP_TILE_URL);

async function prepareDatabase() {
  const db = getDb();
  runMigrations(db);
  if (process.env.SEED_DEMO !== "0") {
    const seeded = await seedDemo(db);
    if (seeded) console.log("Seeded the demo network (unna).");
  }
}

async function main() {
  process.env.NODE_ENV ??= "production";
  await prepareDatabase();
  const build = (await import(path.resolve(buildDir, "server/index.js"))) as ServerBuild;

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", process.env.TRUST_PROXY === "1" ? 1 : false);
  app.use(compression());

  app.use((_req, res, next) => {
    res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          "script-src": ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
          "style-src": ["'self'"],
          "img-src": ["'self'", "data:", ...(tileSource ? [tileSource] : [])],
          "connect-src": ["'self'"],
          "upgrade-insecure-requests": process.env.NODE_ENV === "production" && process.env.HTTPS === "1" ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
      // Not helmet's "no-referrer": with it, browsers send "Origin: null" on form posts without
      // JavaScript, which the origin check below refuses. "same-origin" still sends nothing to other sites.
      referrerPolicy: { policy: "same-origin" },
      hsts: process.env.HTTPS === "1",
    }),
  );
  app.use(morgan(process.env.LOG_FORMAT ?? "tiny", { skip: (req) => req.path === "/healthz" }));

  app.use("/assets", express.static(path.join(buildDir, "client/assets"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.join(buildDir, "client"), { maxAge: "1h" }));

  // State changes only by POST: forms post, nothing else is needed. Other methods never reach an action.
  app.use((req, res, next) => {
    if (!["GET", "HEAD", "POST"].includes(req.method)) {
      res.status(405).set("Allow", "GET, HEAD, POST").type("text/plain").send("Method not allowed");
      return;
    }
    next();
  });

  // Cross-site state changes are refused: a mutation must come from our own origin.
  app.use((req, res, next) => {
    if (req.method === "POST" && !originAllowed(req.headers.origin, req.headers.host, req.headers["sec-fetch-site"])) {
      res.status(403).type("text/plain").send("Cross-origin request refused");
      return;
    }
    next();
  });

  // Sliding session expiry: when the session was extended, send the cookie again.
  app.use((req, res, next) => {
    const token = readSessionToken(req.headers.cookie ?? null);
    if (token) {
      const result = validateSessionToken(token);
      if (result?.refreshed) res.append("Set-Cookie", sessionCookie(token, result.session.expiresAt));
    }
    next();
  });

  // The public guide's pages for visitors without a session: rendered at most every 10 s per URL and language.
  app.use(guidePageCache({ ttlMs: Number(process.env.GUIDE_CACHE_MS ?? 10_000), maxEntries: 500 }));

  app.all(
    "*",
    createRequestHandler({
      build,
      mode: "production",
      getLoadContext: (req, res) => ({
        cspNonce: res.locals.cspNonce as string,
        clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown",
      }),
    }),
  );

  scheduleJobs();
  const server = app.listen(port, host, () => {
    console.log(`familiennetz listening on http://${host === "0.0.0.0" ? "localhost" : host}:${port}`);
  });
  const shutdown = () => {
    server.close(() => {
      closeDb();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
