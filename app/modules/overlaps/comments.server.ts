// Comments on overlap flags: every member of the network may read and write them.
import { asc, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { overlapComments } from "@db/schema";
import { recordAudit } from "~/modules/audit/audit.server";
import type { MessageKey } from "~/modules/i18n/translate";
import type { Actor } from "~/modules/permissions/permissions";
import type { Flag } from "./queries.server";

export const maxCommentLength = 2000;

export function listComments(flagId: number) {
  return getDb().select().from(overlapComments).where(eq(overlapComments.flagId, flagId)).orderBy(asc(overlapComments.id)).all();
}

export type CommentResult = { ok: true; id: number } | { ok: false; error: MessageKey };

export function addComment(actor: Actor, flag: Pick<Flag, "id" | "networkId">, raw: unknown): CommentResult {
  const body = typeof raw === "string" ? raw.trim() : "";
  if (body === "" || body.length > maxCommentLength) return { ok: false, error: "overlaps.error.comment" };
  const id = getDb().transaction((tx) => {
    const row = tx.insert(overlapComments).values({ flagId: flag.id, authorId: actor.userId, authorName: actor.name, body }).returning({ id: overlapComments.id }).get();
    recordAudit({ actor, networkId: flag.networkId, entity: "overlap", entityId: flag.id, action: "create", after: { comment: body } }, tx);
    return row.id;
  });
  return { ok: true, id };
}
