// Validates records against the HSDS 3.0 JSON schemas in ../shared/data/hsds-3.0 with Ajv (draft 2020-12,
// formats on). The schemas allow extra properties; here every object schema forbids them, so a
// misspelled or invented field fails too.
import fs from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsImport from "ajv-formats";

const addFormats = addFormatsImport as unknown as (ajv: Ajv2020) => Ajv2020;

export const hsdsDir = path.resolve("../shared/data/hsds-3.0");

/** Sets additionalProperties: false on every schema object that lists properties. */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(closeObjects);
    return;
  }
  if (!node || typeof node !== "object") return;
  const object = node as Record<string, unknown>;
  if (object.properties && typeof object.properties === "object") object.additionalProperties = false;
  for (const value of Object.values(object)) closeObjects(value);
}

export function hsdsValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of fs.readdirSync(hsdsDir).filter((f) => f.endsWith(".json") && f !== "openapi.json")) {
    const schema = JSON.parse(fs.readFileSync(path.join(hsdsDir, file), "utf8")) as Record<string, unknown>;
    closeObjects(schema);
    ajv.addSchema(schema, file);
  }
  const validate = ajv.getSchema("service.json")!;
  /** The errors of one service record ([] when it is valid). */
  return (record: unknown): string[] => {
    if (validate(record)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
  };
}
