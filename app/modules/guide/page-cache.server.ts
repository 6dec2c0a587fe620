// A short-lived cache of the public guide's pages for visitors without a session (Express middleware in
// server.ts). Every anonymous visitor of a URL in one language gets the same page, so rendering it once
// every few seconds is enough; that keeps the guide fast under load (p99 budget in `npm run bench`).
// Each response still gets its own CSP nonce: the cached body stores a placeholder instead.
import type { NextFunction, Request, Response } from "express";
import { readSessionToken } from "~/modules/accounts/sessions.server";

interface Entry {
  storedAt: number;
  status: number;
  headers: [string, string][];
  body: string;
}

/** Headers of the page itself; the security headers are set anew for every response. */
const keptHeaders = ["content-type", "cache-control", "vary", "content-language", "x-remix-response"];
const noncePlaceholder = "\u0000nonce\u0000";

export function isCachedGuidePath(pathname: string): boolean {
  return pathname === "/" || pathname === "/_root.data" || /^\/guide\/[a-z0-9-]+(\/|\.data$|$)/.test(pathname);
}

export function guidePageCache(options: { ttlMs: number; maxEntries: number; now?: () => number }) {
  const cache = new Map<string, Entry>();
  const now = options.now ?? (() => performance.now());

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET" || !isCachedGuidePath(req.path) || readSessionToken(req.headers.cookie ?? null)) return next();
    const nonce = String(res.locals.cspNonce ?? "");
    const key = `${req.originalUrl}\n${req.headers.cookie ?? ""}\n${req.headers["accept-language"] ?? ""}`;
    const hit = cache.get(key);
    if (hit && now() - hit.storedAt < options.ttlMs) {
      res.status(hit.status);
      for (const [name, value] of hit.headers) res.setHeader(name, value);
      res.setHeader("X-Guide-Cache", "hit");
      res.end(hit.body.split(noncePlaceholder).join(nonce));
      return;
    }
    if (hit) cache.delete(key);

    // Record what the page writes while it goes out as usual.
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    };
    res.setHeader("X-Guide-Cache", "miss");
    res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
      keep(chunk, encoding);
      return write(chunk, encoding, callback);
    }) as Response["write"];
    res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
      keep(chunk, encoding);
      const result = end(chunk, encoding, callback);
      if (res.statusCode === 200 && !res.getHeader("set-cookie")) {
        const body = Buffer.concat(chunks).toString("utf8");
        if (cache.size >= options.maxEntries) cache.delete(cache.keys().next().value!);
        cache.set(key, {
          storedAt: now(),
          status: res.statusCode,
          headers: keptHeaders.flatMap((name) => {
            const value = res.getHeader(name);
            return value === undefined ? [] : [[name, String(value)] as [string, string]];
          }),
          body: nonce ? body.split(nonce).join(noncePlaceholder) : body,
        });
      }
      return result;
    }) as Response["end"];
    next();
  };
}
