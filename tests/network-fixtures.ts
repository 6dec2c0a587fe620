// Helpers for the network structure integration tests.
import fs from "node:fs";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { agreements, auditLog, centreNeighbourhoods, centres, neighbourhoods, networks, partners } from "@db/schema";
import { centreFormValues } from "~/modules/network/centres.server";
import { uploadsDir } from "~/modules/uploads/uploads.server";
import { expect } from "vitest";
import { databaseFingerprint, makeRequest, outcomeOf, personas, type Persona } from "./helpers";

type RouteFn = ((args: never) => unknown) | undefined;

export function networkBySlug(slug: string) {
  return getDb().select().from(networks).where(eq(networks.slug, slug)).get()!;
}

export function centreBySlug(slug: string, network = "unna") {
  return getDb()
    .select()
    .from(centres)
    .where(and(eq(centres.networkId, networkBySlug(network).id), eq(centres.slug, slug)))
    .get();
}

export function neighbourhoodByName(name: string, network = "unna") {
  return getDb()
    .select()
    .from(neighbourhoods)
    .where(and(eq(neighbourhoods.networkId, networkBySlug(network).id), eq(neighbourhoods.name, name)))
    .get();
}

export function partnerByName(name: string, network = "unna") {
  return getDb()
    .select()
    .from(partners)
    .where(and(eq(partners.networkId, networkBySlug(network).id), eq(partners.name, name)))
    .get();
}

export function agreementsOf(centreId: number) {
  return getDb().select().from(agreements).where(eq(agreements.centreId, centreId)).orderBy(asc(agreements.id)).all();
}

export function servedIds(centreId: number): number[] {
  return getDb()
    .select({ id: centreNeighbourhoods.neighbourhoodId })
    .from(centreNeighbourhoods)
    .where(eq(centreNeighbourhoods.centreId, centreId))
    .all()
    .map((r) => r.id)
    .sort((a, b) => a - b);
}

export function auditFor(entity: string, entityId: number | string) {
  return getDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, String(entityId))))
    .orderBy(asc(auditLog.id))
    .all();
}

/** File names in the uploads directory. */
export function storedFiles(): string[] {
  return fs.existsSync(uploadsDir()) ? fs.readdirSync(uploadsDir()).sort() : [];
}

/** Calls a loader or action as a persona. */
export async function call(
  fn: RouteFn,
  path: string,
  options: { as: Persona; params: Record<string, string>; form?: Record<string, string | string[]> | FormData },
) {
  const request = makeRequest(path, { as: personas[options.as], method: options.form ? "POST" : "GET", form: options.form });
  return outcomeOf(fn, request, options.params);
}

/** Runs `fn`, expects it to be refused with `outcome`, and that nothing in the database or uploads changed. */
export async function expectUnchanged(outcome: string, fn: () => Promise<{ outcome: string; value: unknown }>) {
  const before = databaseFingerprint();
  const files = storedFiles();
  const result = await fn();
  expect(result.outcome).toBe(outcome);
  expect(databaseFingerprint()).toBe(before);
  expect(storedFiles()).toEqual(files);
  return result.value;
}

/** A form with text fields and files, sent as multipart/form-data. */
export function multipart(fields: Record<string, string | string[]>, files: Record<string, File> = {}): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  }
  for (const [key, file] of Object.entries(files)) form.append(key, file);
  return form;
}

/** A small PDF-like file (the header is what the type check looks at), padded to `size` bytes. */
export function pdfBytes(size = 64): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
  return bytes;
}

export const pdfFile = (name = "vereinbarung.pdf", size = 64) => new File([pdfBytes(size)], name, { type: "application/pdf" });

/** The edit form of a centre with its current values, changed by `changes`. */
export function centreForm(slug: string, changes: Record<string, string | string[]> = {}) {
  return { intent: "update", ...centreFormValues(centreBySlug(slug)!), ...changes };
}

export const square = {
  type: "Polygon",
  coordinates: [
    [
      [7.6, 51.5],
      [7.7, 51.5],
      [7.7, 51.6],
      [7.6, 51.5],
    ],
  ],
};

/** The field errors of an invalid reply (Conform's submission result). */
export function fieldErrors(value: unknown): Record<string, string[]> {
  return ((value as { result?: { error?: Record<string, string[]> } }).result?.error ?? {}) as Record<string, string[]>;
}
