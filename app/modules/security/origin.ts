/**
 * CSRF defence in depth (besides SameSite=Lax cookies): a state-changing request that names an
 * Origin must name our own host. Requests without Origin (curl, old browsers) are let through.
 */
export function originAllowed(origin: string | undefined | null, host: string | undefined | null): boolean {
  if (!origin) return true;
  if (origin === "null") return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
