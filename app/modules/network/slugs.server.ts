// Unique URL slugs within a network.
import { slugify } from "./slug";

/** Path segments used by routes next to slugs; an entity must not be named like them. */
const reserved = new Set(["new", "edit"]);

/** `slugify(name)` (or `fallback`), with -2, -3 … appended until it is not in `taken`. */
export function uniqueSlug(name: string, taken: Set<string>, fallback: string): string {
  const base = slugify(name) || fallback;
  let candidate = base;
  for (let n = 2; taken.has(candidate) || reserved.has(candidate); n++) candidate = `${base.slice(0, 55)}-${n}`;
  return candidate;
}
