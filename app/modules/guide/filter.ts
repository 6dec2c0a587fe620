// The guide's search as it stands in the URL (pure: the form and the page links use it in the browser too).

/** The search as it stands in the URL (strings, so that the form can show them again). */
export interface GuideFilter {
  q: string;
  neighbourhood: string;
  category: string;
  age: string;
  ageUnit: "years" | "months";
  weekday: string;
  language: string;
  free: boolean;
  page: number;
}

const slugLike = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Reads the search from a query string; anything malformed is ignored rather than refused. */
export function parseGuideFilter(params: URLSearchParams): GuideFilter {
  const get = (name: string) => (params.get(name) ?? "").trim();
  const page = Number(get("page"));
  return {
    q: get("q").slice(0, 200),
    neighbourhood: slugLike.test(get("neighbourhood")) ? get("neighbourhood") : "",
    category: slugLike.test(get("category")) ? get("category") : "",
    age: /^\d{1,3}$/.test(get("age")) ? String(Number(get("age"))) : "",
    ageUnit: get("ageUnit") === "months" ? "months" : "years",
    weekday: /^[1-7]$/.test(get("weekday")) ? get("weekday") : "",
    language: /^[a-z]{2}$/.test(get("language")) ? get("language") : "",
    free: ["1", "on", "true"].includes(get("free")),
    page: Number.isInteger(page) && page >= 1 && page < 10_000 ? page : 1,
  };
}

/** True when the visitor searched for something (otherwise the start page shows no result list). */
export function hasCriteria(filter: GuideFilter): boolean {
  return Boolean(filter.q || filter.neighbourhood || filter.category || filter.age || filter.weekday || filter.language || filter.free);
}

/** The query string of a search (defaults left out), e.g. for the page links. */
export function guideQuery(filter: GuideFilter, changes: Partial<GuideFilter> = {}): string {
  const merged = { ...filter, ...changes };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  for (const key of ["neighbourhood", "category"] as const) if (merged[key]) params.set(key, merged[key]);
  if (merged.age) {
    params.set("age", merged.age);
    params.set("ageUnit", merged.ageUnit);
  }
  if (merged.weekday) params.set("weekday", merged.weekday);
  if (merged.language) params.set("language", merged.language);
  if (merged.free) params.set("free", "1");
  if (merged.page > 1) params.set("page", String(merged.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

