/**
 * CSRF defence in depth (besides SameSite=Lax cookies): a state-changing request that names an
 * Origin must name our own host. Requests without Origin (curl, old browsers) are let through.
 */
export function originAllowed(
  origin: string | undefined | null,
  host: string | undefined | null,
  fetchSite?: string | string[] | null,
): boolean {
  if (!origin) return true;
  // Browsers send "Origin: null" for form posts from pages with a no-referrer policy; the Fetch
  // Metadata header still tells whether the request comes from our own origin.
  if (origin === "null") return fetchSite === "same-origin";
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
