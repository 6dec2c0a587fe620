// The outcome of a change that can be refused for reasons the person can fix (field errors).
export type FieldErrors = Record<string, string[]>;

export type Mutation<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };

export function refused(field: string, message: string): { ok: false; fieldErrors: FieldErrors } {
  return { ok: false, fieldErrors: { [field]: [message] } };
}

/** True for a UNIQUE constraint failure from SQLite (possibly wrapped by drizzle). */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "SQLITE_CONSTRAINT_UNIQUE") return true;
  }
  return false;
}
