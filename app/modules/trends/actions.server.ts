// Agreed actions (Maßnahmen) as the trend pages and the committee report show them: title, centre,
// owner, due date, status and where they were agreed (a review or a working-group meeting).
import { and, asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { actions, centres, users, type ActionStatus } from "@db/schema";

export interface TrendAction {
  id: number;
  title: string;
  centreName: string | null;
  ownerName: string | null;
  dueOn: string | null;
  status: ActionStatus;
  source: "review" | "meeting" | "other";
  /** Still to be done and its due date has passed. */
  overdue: boolean;
}

const statusOrder: Record<ActionStatus, number> = { open: 0, "in-progress": 1, done: 2, dropped: 3 };

function list(networkId: number, where: SQL | undefined, today: string): TrendAction[] {
  return getDb()
    .select({
      id: actions.id,
      title: actions.title,
      centreName: centres.name,
      ownerName: users.name,
      dueOn: actions.dueOn,
      status: actions.status,
      cycleId: actions.cycleId,
      meetingId: actions.meetingId,
    })
    .from(actions)
    .leftJoin(centres, eq(centres.id, actions.centreId))
    .leftJoin(users, eq(users.id, actions.ownerId))
    .where(and(eq(actions.networkId, networkId), where))
    .orderBy(sql`${actions.dueOn} is null`, asc(actions.dueOn), asc(actions.id))
    .all()
    .map((a) => ({
      id: a.id,
      title: a.title,
      centreName: a.centreName,
      ownerName: a.ownerName,
      dueOn: a.dueOn,
      status: a.status,
      source: a.cycleId !== null ? "review" : a.meetingId !== null ? "meeting" : "other",
      overdue: (a.status === "open" || a.status === "in-progress") && a.dueOn !== null && a.dueOn < today,
    }))
    .sort((a, b) => statusOrder[a.status] - statusOrder[b.status]) as TrendAction[];
}

/** The actions concerning one centre: open ones first, each by due date. */
export function centreActions(networkId: number, centreId: number, today: string): TrendAction[] {
  return list(networkId, eq(actions.centreId, centreId), today);
}

/** Actions agreed in a cycle's review or in the given meetings (those held in its period). */
export function agreedActions(networkId: number, cycleId: number, meetingIds: number[], today: string): TrendAction[] {
  const fromMeetings = meetingIds.length ? inArray(actions.meetingId, meetingIds) : undefined;
  return list(networkId, fromMeetings ? or(eq(actions.cycleId, cycleId), fromMeetings) : eq(actions.cycleId, cycleId), today);
}

