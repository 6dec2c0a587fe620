// The action list's filters from the query string (unknown values are ignored) and back.
import { actionStatuses, type ActionStatus } from "@db/schema";
import type { ActionFilter, ActionSource } from "./actions.server";

export interface ActionListFilter {
  /** "" (all), "network" or a centre id as text. */
  centre: string;
  status: ActionStatus | "active" | "";
  source: ActionSource | "";
}

export function parseActionListFilter(params: URLSearchParams, centreIds: number[]): ActionListFilter {
  const get = (name: string) => (params.get(name) ?? "").trim();
  const centre = get("centre");
  const status = get("status");
  const source = get("source");
  return {
    centre: centre === "network" || centreIds.map(String).includes(centre) ? centre : "",
    status: status === "active" || (actionStatuses as readonly string[]).includes(status) ? (status as ActionListFilter["status"]) : "",
    source: source === "review" || source === "meeting" ? source : "",
  };
}

export function toActionFilter(filter: ActionListFilter): ActionFilter {
  return {
    centre: filter.centre === "" ? undefined : filter.centre === "network" ? "network" : Number(filter.centre),
    status: filter.status || undefined,
    source: filter.source || undefined,
  };
}
