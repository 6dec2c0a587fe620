// Stored files stay inside UPLOADS_PATH whatever key or name arrives.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { displayName, readUpload, removeUploads, storeUpload, uploadsDir } from "./uploads.server";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "familiennetz-uploads-"));
const previous = process.env.UPLOADS_PATH;
const secret = path.join(root, "secret.txt");

beforeAll(() => {
  process.env.UPLOADS_PATH = path.join(root, "uploads");
  fs.writeFileSync(secret, "nicht für Sie");
});

afterAll(() => {
  process.env.UPLOADS_PATH = previous;
  fs.rmSync(root, { recursive: true, force: true });
});

const pdf = { extension: "pdf", mime: "application/pdf" } as Parameters<typeof displayName>[1];

describe("upload storage", () => {
  it("stores under a random 32-hex-digit key inside the uploads directory, readable by that key", async () => {
    const key = await storeUpload(new TextEncoder().encode("%PDF-1.4 test"));
    expect(key).toMatch(/^[a-f0-9]{32}$/);
    expect(fs.existsSync(path.join(uploadsDir(), key))).toBe(true);
    expect((await readUpload(key))?.toString()).toBe("%PDF-1.4 test");
  });

  it("reads and removes nothing outside the directory, whatever key is asked for", async () => {
    for (const key of ["../secret.txt", "..%2Fsecret.txt", "/etc/passwd", `${"a".repeat(32)}/../../secret.txt`, "", "A".repeat(32)]) {
      expect(await readUpload(key), key).toBeNull();
    }
    await removeUploads(["../secret.txt", "../../secret.txt"]);
    expect(fs.readFileSync(secret, "utf8")).toBe("nicht für Sie");
  });

  it("keeps only a safe base name of the uploaded file's name", () => {
    expect(displayName("../../etc/passwd", pdf)).toBe("passwd.pdf");
    expect(displayName("C:\\Users\\x\\Bericht.pdf", pdf)).toBe("Bericht.pdf");
    expect(displayName('"><script>.pdf', pdf)).toBe("script.pdf");
    expect(displayName("...", pdf)).toBe("datei.pdf");
  });
});
