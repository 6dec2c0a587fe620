// Uploaded files: reading multipart forms within a size limit, checking the type by content, storing
// under UPLOADS_PATH (outside public/) with a random key as file name, and serving them as downloads.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { detectFileType, allowedMimeTypes, type FileType } from "./file-types";

/** Largest file we accept (10 MB). */
export const maxUploadBytes = 10 * 1024 * 1024;
/** Room for the other fields of a form next to its file. */
const formSlackBytes = 4 * 1024 * 1024;

export type UploadError = "upload.tooLarge" | "upload.type" | "upload.empty";

export function uploadsDir(): string {
  return path.resolve(process.env.UPLOADS_PATH ?? "data/uploads");
}

export type FormRead = { ok: true; formData: FormData } | { ok: false; error: "upload.requestTooLarge" };

class BodyTooLarge extends Error {}

/**
 * Reads a (multipart) form. A body larger than `maxFileBytes` plus room for the other fields is refused
 * without reading it all (declared Content-Length) or as soon as it passes the limit (streamed bodies),
 * so one request never holds more than that in memory. Files between `maxFileBytes` and that limit arrive
 * and are refused per field by `checkUpload`, which keeps the other fields' values for the form.
 */
export async function readForm(request: Request, maxFileBytes = maxUploadBytes): Promise<FormRead> {
  const limit = maxFileBytes + formSlackBytes;
  const declared = Number(request.headers.get("Content-Length") ?? "");
  if (Number.isFinite(declared) && declared > limit) return { ok: false, error: "upload.requestTooLarge" };
  if (!request.body) return { ok: true, formData: await request.formData() };
  let total = 0;
  const limited = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (total > limit) controller.error(new BodyTooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  const copy = new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: limited,
    duplex: "half",
  } as RequestInit);
  try {
    return { ok: true, formData: await copy.formData() };
  } catch {
    if (total > limit) return { ok: false, error: "upload.requestTooLarge" };
    throw new Response("Bad Request", { status: 400, statusText: "Bad Request" });
  }
}

/** A form value that is a file the person chose (browsers send an empty, nameless part otherwise). */
export function chosenFile(value: FormDataEntryValue | null | undefined): File | null {
  if (!value || typeof value === "string") return null;
  return value.size === 0 && value.name === "" ? null : value;
}

export interface CheckedUpload {
  bytes: Uint8Array;
  type: FileType;
  /** The person's file name, cleaned, for display and downloads only (never part of a path). */
  name: string;
  size: number;
}

export type UploadCheck = { ok: true; upload: CheckedUpload } | { ok: false; error: UploadError };

/** Checks size and type (by content) of an uploaded file. */
export async function checkUpload(file: File, maxBytes = maxUploadBytes): Promise<UploadCheck> {
  if (file.size > maxBytes) return { ok: false, error: "upload.tooLarge" };
  if (file.size === 0) return { ok: false, error: "upload.empty" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = detectFileType(bytes);
  if (!type) return { ok: false, error: "upload.type" };
  return { ok: true, upload: { bytes, type, name: displayName(file.name, type), size: bytes.byteLength } };
}

/** Base name without control characters, quotes or separators, ending in the detected type's extension. */
export function displayName(original: string, type: FileType): string {
  const base = (original.split(/[/\\]/).pop() ?? "")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"<>|*?:]/g, "")
    .trim()
    .slice(0, 150);
  const name = base.replace(/^\.+/, "") || "datei";
  const extension = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1).toLowerCase() : "";
  const same = extension === type.extension || (type.extension === "jpg" && extension === "jpeg");
  return same ? name : `${name}.${type.extension}`;
}

const keyPattern = /^[a-f0-9]{32}$/;

function pathFor(key: string): string {
  if (!keyPattern.test(key)) throw new Error("Invalid upload key");
  return path.join(uploadsDir(), key);
}

/** Stores the bytes under a new random key and returns the key. */
export async function storeUpload(bytes: Uint8Array): Promise<string> {
  const key = crypto.randomBytes(16).toString("hex");
  await fs.mkdir(uploadsDir(), { recursive: true });
  await fs.writeFile(pathFor(key), bytes, { flag: "wx", mode: 0o600 });
  return key;
}

export async function readUpload(key: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(pathFor(key));
  } catch {
    return null;
  }
}

/** Removes stored files; missing files are fine (best effort after the database change committed). */
export async function removeUploads(keys: (string | null | undefined)[]): Promise<void> {
  for (const key of keys) {
    if (!key || !keyPattern.test(key)) continue;
    await fs.rm(pathFor(key), { force: true });
  }
}

/** RFC 6266 Content-Disposition with an ASCII fallback and the UTF-8 name. */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** A download of a stored file: never rendered inline, never sniffed. */
export function downloadResponse(bytes: Uint8Array, file: { name: string; type: string }): Response {
  const type = allowedMimeTypes.has(file.type) ? file.type : "application/octet-stream";
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      "Content-Type": type,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(file.name),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
