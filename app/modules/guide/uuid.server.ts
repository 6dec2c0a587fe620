// Stable UUIDs for the open-data export: UUIDv5 (RFC 9562, SHA-1, name-based) of "network:kind:id", so
// that a record keeps its id across exports without a column of its own.
import crypto from "node:crypto";

/** Our namespace for name-based UUIDs (a random UUID fixed once). */
export const familiennetzNamespace = "6f1c2b8e-3d4a-4e7f-9a51-2c8d0b7e4f13";

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ""), "hex");
}

/** UUID version 5 of `name` in `namespace`. */
export function uuidV5(name: string, namespace = familiennetzNamespace): string {
  const hash = crypto.createHash("sha1").update(uuidBytes(namespace)).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The stable id of one entity of a network, e.g. entityUuid("unna", "service", 12). */
export function entityUuid(networkSlug: string, kind: string, id: number | string): string {
  return uuidV5(`${networkSlug}:${kind}:${id}`);
}
