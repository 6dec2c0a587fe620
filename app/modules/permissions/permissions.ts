// The permission model (docs/decisions/004-permission-model.md). Pure: no database, usable anywhere.
export const roles = ["coordinator", "lead", "staff"] as const;
export type Role = (typeof roles)[number];

export interface Membership {
  networkId: number;
  centreId: number | null;
  role: Role;
}

export interface Actor {
  userId: number;
  name: string;
  email: string;
  isAdmin: boolean;
  memberships: Membership[];
}

export type Action =
  | "read:network"
  | "update:centre"
  | "manage:agreement"
  | "manage:network"
  | "manage:members"
  | "read:audit"
  // offerings of a centre: create, edit, copy, archive, verify, import
  | "edit:offering"
  // standalone calendar events: own = the centre's events, any = also the network's own events
  | "manage:event"
  // the network's offering categories and offering settings (stale period)
  | "manage:taxonomy"
  // overlap flags: decide (duplicate / intentional / not a duplicate); own = a lead of one of the two centres
  | "decide:overlap"
  // needs (Bedarfe): report and edit; every member may report, own = needs of one's centre
  | "report:need"
  // success criteria, indicators, review cycles (open, close, cadence) and the coordinator's assessments
  | "manage:review"
  // a centre's self-assessment in a review cycle, with its evidence and manual indicator values
  | "self-assess:centre"
  // agreed actions (from reviews and meetings): own = actions concerning one's centre
  | "manage:action"
  // working-group meetings: agenda, attendance, minutes; own = meetings hosted by one's centre
  | "manage:meeting"
  // the network's recertification checklist (Gütesiegel areas and criteria)
  | "manage:checklist"
  // a centre's recertification: certificate dates, evidence portfolio, sharing examples; own = one's centre
  | "collect:evidence";

/** `own` grants apply to the centre of the membership, `any` to the whole network of the membership. */
export type Permission = `${Action}:${"own" | "any"}` | "admin:instance";

export const roleGrants: Record<Role, readonly Permission[]> = {
  coordinator: [
    "read:network:any",
    "update:centre:any",
    "manage:agreement:any",
    "manage:network:any",
    "manage:members:any",
    "read:audit:any",
    "edit:offering:any",
    "manage:event:any",
    "manage:taxonomy:any",
    "decide:overlap:any",
    "report:need:any",
    "manage:review:any",
    "self-assess:centre:any",
    "manage:action:any",
    "manage:meeting:any",
    "manage:checklist:any",
    "collect:evidence:any",
  ],
  lead: [
    "read:network:any",
    "update:centre:own",
    "manage:agreement:own",
    "edit:offering:own",
    "manage:event:own",
    "decide:overlap:own",
    "report:need:any",
    "self-assess:centre:own",
    "manage:action:own",
    "manage:meeting:own",
    "collect:evidence:own",
  ],
  staff: ["read:network:any", "edit:offering:own", "report:need:any", "collect:evidence:own"],
};

export interface Scope {
  networkId: number;
  /** The centre the data belongs to, when it belongs to one. */
  centreId?: number | null;
}

/** May the actor perform `action` on data in `scope`? Admins may do everything. */
export function can(
  actor: Actor | null,
  action: Action | "admin:instance",
  scope?: Scope
): boolean {
  if (!actor) return false;
  if (actor.isAdmin) return true;
  if (action === "admin:instance" || !scope) return false;
  return actor.memberships.some((m) => {
    if (m.networkId !== scope.networkId) return false;
    return roleGrants[m.role].some((grant) => {
      if (grant === `${action}:any`) return true;
      if (grant === `${action}:own`)
        return scope.centreId != null && m.centreId === scope.centreId;
      return false;
    });
  });
}

/** Centres in a network for which the actor holds `action` (coordinators and admins: all). */
export function centresWith(
  actor: Actor,
  action: Action,
  networkId: number,
  all: number[]
): number[] {
  return all.filter((centreId) => can(actor, action, { networkId, centreId }));
}

export function isMemberOf(actor: Actor | null, networkId: number): boolean {
  return can(actor, "read:network", { networkId });
}
