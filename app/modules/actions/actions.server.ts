// Agreed actions (Maßnahmen): one list for actions from reviews (cycle + criterion) and from
// working-group meetings (meeting + agenda item).
//
// Who may do what:
// - every member of the network may read the list and each action ("read:network");
// - "manage:action" on the action's centre edits everything (coordinator: any action; a lead: actions
//   concerning their centre); a network-wide action (centre null) is coordinator-only;
// - the owner of an action may always update its status (canUpdateActionStatus).
//
// The functions take the database (or a transaction) so that other capabilities (reviews, meetings)
// can create actions inside their own transactions.
import { and, asc, eq, inArray, isNotNull, isNull, lt, sql, type SQL } from "drizzle-orm";
import type { Db, DbOrTx } from "@db/client.server";
import {
  actions,
  actionStatuses,
  centres,
  criteria,
  meetingItems,
  meetings,
  memberships,
  events,
  reviewCycles,
  users,
  type ActionStatus,
} from "@db/schema";
import { recordAudit } from "~/modules/audit/audit.server";
import type { FieldErrors } from "~/modules/network/result";
import { can, type Actor } from "~/modules/permissions/permissions";
import { nowMs } from "~/modules/time/clock";

export type ActionRecord = typeof actions.$inferSelect;
export { actionStatuses, type ActionStatus };

/** Statuses in which an action is still to be done (and can be overdue). */
export const openActionStatuses = ["open", "in-progress"] as const satisfies readonly ActionStatus[];

export interface CreateActionInput {
  networkId: number;
  centreId: number | null;
  title: string;
  description?: string;
  ownerId: number | null;
  dueOn: string | null;
  cycleId?: number | null;
  criterionId?: number | null;
  meetingId?: number | null;
  meetingItemId?: number | null;
  createdBy: number;
}

export interface UpdateActionInput {
  title?: string;
  description?: string;
  centreId?: number | null;
  ownerId?: number | null;
  dueOn?: string | null;
  status?: ActionStatus;
}

function auditView(row: ActionRecord) {
  const {
    id: _id,
    networkId: _networkId,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    overdueReminderSentAt: _sent,
    ...rest
  } = row;
  return rest;
}

function auditActor(db: DbOrTx, userId: number | null): { userId: number; name: string } | null {
  if (userId === null) return null;
  const user = db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, userId)).get();
  return user ? { userId: user.id, name: user.name } : null;
}

/**
 * Checks the ids an action refers to: the centre must be the network's own, the owner a member of the
 * network. Returns field errors (i18n keys) or null. Callers validate before createAction/updateAction.
 */
export function checkActionReferences(
  db: DbOrTx,
  networkId: number,
  input: { centreId?: number | null; ownerId?: number | null },
): FieldErrors | null {
  const errors: FieldErrors = {};
  if (input.centreId != null) {
    const centre = db
      .select({ id: centres.id })
      .from(centres)
      .where(and(eq(centres.networkId, networkId), eq(centres.id, input.centreId)))
      .get();
    if (!centre) errors.centreId = ["actions.centreUnknown"];
  }
  if (input.ownerId != null) {
    const member = db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.networkId, networkId), eq(memberships.userId, input.ownerId)))
      .get();
    if (!member) errors.ownerId = ["actions.ownerUnknown"];
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

/**
 * Creates an action and records it in the audit log (as the person in `createdBy`). Throws when the
 * centre or owner do not belong to the network: validate with checkActionReferences first.
 */
export function createAction(db: DbOrTx, input: CreateActionInput, now = nowMs()): { id: number } {
  const errors = checkActionReferences(db, input.networkId, input);
  if (errors) throw new Error(`createAction: invalid references ${JSON.stringify(errors)}`);
  const row = db
    .insert(actions)
    .values({
      networkId: input.networkId,
      centreId: input.centreId,
      title: input.title.trim(),
      description: (input.description ?? "").trim(),
      ownerId: input.ownerId,
      dueOn: input.dueOn,
      status: "open",
      cycleId: input.cycleId ?? null,
      criterionId: input.criterionId ?? null,
      meetingId: input.meetingId ?? null,
      meetingItemId: input.meetingItemId ?? null,
      createdBy: input.createdBy,
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  recordAudit(
    { actor: auditActor(db, input.createdBy), networkId: input.networkId, entity: "action", entityId: row.id, action: "create", after: auditView(row) },
    db,
  );
  return { id: row.id };
}

/**
 * Saves changes to an action and records them in the audit log. A changed due date resets the overdue
 * reminder so that it can go out again for the new date. Throws for invalid references (see createAction).
 */
export function updateAction(db: DbOrTx, actor: Pick<Actor, "userId" | "name">, action: ActionRecord, input: UpdateActionInput, now = nowMs()): ActionRecord {
  const errors = checkActionReferences(db, action.networkId, input);
  if (errors) throw new Error(`updateAction: invalid references ${JSON.stringify(errors)}`);
  const next: Partial<ActionRecord> = {};
  if (input.title !== undefined) next.title = input.title.trim();
  if (input.description !== undefined) next.description = input.description.trim();
  if (input.centreId !== undefined) next.centreId = input.centreId;
  if (input.ownerId !== undefined) next.ownerId = input.ownerId;
  if (input.status !== undefined) next.status = input.status;
  if (input.dueOn !== undefined) {
    next.dueOn = input.dueOn;
    if (input.dueOn !== action.dueOn) next.overdueReminderSentAt = null;
  }
  const changed = Object.entries(next).some(([key, value]) => action[key as keyof ActionRecord] !== value);
  if (!changed) return action;
  const row = db
    .update(actions)
    .set({ ...next, updatedAt: now })
    .where(eq(actions.id, action.id))
    .returning()
    .get();
  recordAudit(
    { actor, networkId: action.networkId, entity: "action", entityId: action.id, action: "update", before: auditView(action), after: auditView(row) },
    db,
  );
  return row;
}

/** The action of this network, or undefined. */
export function findAction(db: DbOrTx, networkId: number, id: number): ActionRecord | undefined {
  return db.select().from(actions).where(and(eq(actions.networkId, networkId), eq(actions.id, id))).get();
}

/** May the actor edit everything of the action (title, centre, owner, due date, description, status)? */
export function canManageAction(actor: Actor | null, action: Pick<ActionRecord, "networkId" | "centreId">): boolean {
  return can(actor, "manage:action", { networkId: action.networkId, centreId: action.centreId });
}

/** May the actor change the status? Whoever manages the action, and its owner while a member of the network. */
export function canUpdateActionStatus(actor: Actor | null, action: Pick<ActionRecord, "networkId" | "centreId" | "ownerId">): boolean {
  if (canManageAction(actor, action)) return true;
  return (
    actor !== null &&
    action.ownerId !== null &&
    action.ownerId === actor.userId &&
    can(actor, "read:network", { networkId: action.networkId })
  );
}

/** Overdue: still open or in progress and the due date lies before today (YYYY-MM-DD, Berlin). */
export function isOverdue(action: Pick<ActionRecord, "status" | "dueOn">, today: string): boolean {
  return action.dueOn !== null && action.dueOn < today && (openActionStatuses as readonly string[]).includes(action.status);
}

export type ActionSource = "review" | "meeting";

export interface ActionFilter {
  /** A centre id, "network" for network-wide actions, or undefined for all. */
  centre?: number | "network";
  status?: ActionStatus | "active";
  source?: ActionSource;
  ownerId?: number;
  meetingId?: number;
  cycleId?: number;
  /** Only actions overdue on this day (YYYY-MM-DD). */
  overdueOn?: string;
}

export interface ActionRow {
  id: number;
  title: string;
  description: string;
  status: ActionStatus;
  dueOn: string | null;
  centreId: number | null;
  centreName: string | null;
  ownerId: number | null;
  ownerName: string | null;
  source: ActionSource | null;
  meetingId: number | null;
  meetingTitle: string | null;
  meetingDate: string | null;
  meetingItemId: number | null;
  meetingItemTitle: string | null;
  cycleId: number | null;
  cycleTitle: string | null;
  criterionId: number | null;
  criterionTitle: string | null;
  updatedAt: number;
}

/** The network's actions for the filter, sorted by due date (none last), then by id. */
export function listActions(db: DbOrTx, networkId: number, filter: ActionFilter = {}): ActionRow[] {
  const conditions: SQL[] = [eq(actions.networkId, networkId)];
  if (filter.centre === "network") conditions.push(isNull(actions.centreId));
  else if (filter.centre !== undefined) conditions.push(eq(actions.centreId, filter.centre));
  if (filter.status === "active") conditions.push(inArray(actions.status, [...openActionStatuses]));
  else if (filter.status) conditions.push(eq(actions.status, filter.status));
  if (filter.source === "meeting") conditions.push(isNotNull(actions.meetingId));
  if (filter.source === "review") conditions.push(and(isNull(actions.meetingId), isNotNull(actions.cycleId))!);
  if (filter.ownerId !== undefined) conditions.push(eq(actions.ownerId, filter.ownerId));
  if (filter.meetingId !== undefined) conditions.push(eq(actions.meetingId, filter.meetingId));
  if (filter.cycleId !== undefined) conditions.push(eq(actions.cycleId, filter.cycleId));
  if (filter.overdueOn) {
    conditions.push(isNotNull(actions.dueOn), lt(actions.dueOn, filter.overdueOn), inArray(actions.status, [...openActionStatuses]));
  }
  const rows = db
    .select({
      id: actions.id,
      title: actions.title,
      description: actions.description,
      status: actions.status,
      dueOn: actions.dueOn,
      centreId: actions.centreId,
      centreName: centres.name,
      ownerId: actions.ownerId,
      ownerName: users.name,
      meetingId: actions.meetingId,
      meetingTitle: events.title,
      meetingDate: events.date,
      meetingItemId: actions.meetingItemId,
      meetingItemTitle: meetingItems.title,
      cycleId: actions.cycleId,
      cycleTitle: reviewCycles.title,
      criterionId: actions.criterionId,
      criterionTitle: criteria.title,
      updatedAt: actions.updatedAt,
    })
    .from(actions)
    .leftJoin(centres, eq(centres.id, actions.centreId))
    .leftJoin(users, eq(users.id, actions.ownerId))
    .leftJoin(meetings, eq(meetings.id, actions.meetingId))
    .leftJoin(events, eq(events.id, meetings.eventId))
    .leftJoin(meetingItems, eq(meetingItems.id, actions.meetingItemId))
    .leftJoin(reviewCycles, eq(reviewCycles.id, actions.cycleId))
    .leftJoin(criteria, eq(criteria.id, actions.criterionId))
    .where(and(...conditions))
    .orderBy(sql`${actions.dueOn} is null`, asc(actions.dueOn), asc(actions.id))
    .all();
  return rows.map((row) => ({
    ...row,
    source: row.meetingId !== null ? "meeting" : row.cycleId !== null || row.criterionId !== null ? "review" : null,
  }));
}

export interface OwnerOption {
  id: number;
  name: string;
  /** The centre the person belongs to (null: network coordination). */
  centreName: string | null;
}

/**
 * People who may own an action concerning `centreId` (null: the whole network): every member of the
 * network, the members of that centre first, then the coordination, then everyone else by name.
 */
export function actionOwnerOptions(db: DbOrTx, networkId: number, centreId: number | null): OwnerOption[] {
  const rows = db
    .select({ id: users.id, name: users.name, centreId: memberships.centreId, centreName: centres.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(centres, eq(centres.id, memberships.centreId))
    .where(eq(memberships.networkId, networkId))
    .orderBy(asc(users.name), asc(users.id))
    .all();
  const byUser = new Map<number, { option: OwnerOption; rank: number }>();
  for (const row of rows) {
    const rank = centreId !== null && row.centreId === centreId ? 0 : row.role === "coordinator" ? 1 : 2;
    const current = byUser.get(row.id);
    if (!current || rank < current.rank) byUser.set(row.id, { option: { id: row.id, name: row.name, centreName: row.centreName }, rank });
  }
  return [...byUser.values()]
    .sort((a, b) => a.rank - b.rank || a.option.name.localeCompare(b.option.name, "de") || a.option.id - b.option.id)
    .map((entry) => entry.option);
}

/**
 * Saves an action from its edit form (the caller checked canManageAction, or canUpdateActionStatus when
 * only the status is given). Unknown owners are field errors; nothing is written then.
 */
export function saveActionForm(
  db: Db,
  actor: Pick<Actor, "userId" | "name">,
  action: ActionRecord,
  input: UpdateActionInput,
): { ok: true; value: ActionRecord } | { ok: false; fieldErrors: FieldErrors } {
  const errors = checkActionReferences(db, action.networkId, input);
  if (errors) return { ok: false, fieldErrors: errors };
  return { ok: true, value: db.transaction((tx) => updateAction(tx, actor, action, input)) };
}
