// The actions of an item's evidence page: upload, link, attach app evidence, remove, share/unshare.
// The route has already checked "collect:evidence" for the centre; everything here stays within it.
import { parseWithZod } from "@conform-to/zod";
import { data } from "@remix-run/node";
import type { MessageKey } from "~/modules/i18n/translate";
import type { Centre } from "~/modules/network/structure.server";
import type { Actor } from "~/modules/permissions/permissions";
import { checkUpload, chosenFile } from "~/modules/uploads/uploads.server";
import type { ChecklistItem } from "./checklist.server";
import { addAppEvidence, addLink, addUpload, getEvidence, removeEvidence, setShared } from "./evidence.server";
import { appEvidenceSchema, linkSchema, uploadMetaSchema } from "./schemas";

export type ItemSection = "upload" | "link" | "picker" | "list";

export interface ItemReply {
  section: ItemSection;
  fieldErrors: Record<string, string[]>;
  formError: MessageKey | null;
}

export function replyItemError(section: ItemSection, fieldErrors: Record<string, string[]>, formError: MessageKey | null = null, status = 400) {
  return data<ItemReply>({ section, fieldErrors, formError }, { status });
}

function firstErrors(error: Record<string, string[] | null> | null | undefined): Record<string, string[]> {
  return Object.fromEntries(Object.entries(error ?? {}).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].length > 0));
}

type Outcome = { done: "added" | "removed" | "shared" | "unshared" } | ReturnType<typeof replyItemError>;

export async function handleItemAction(actor: Actor, centre: Centre, item: ChecklistItem, formData: FormData): Promise<Outcome> {
  const intent = String(formData.get("intent") ?? "");
  const target = { centre, itemId: item.id };
  switch (intent) {
    case "upload": {
      const meta = parseWithZod(formData, { schema: uploadMetaSchema });
      const file = chosenFile(formData.get("file"));
      const errors = meta.status === "success" ? {} : firstErrors(meta.error);
      if (!file) errors.file = ["recert.upload.required"];
      else {
        const checked = await checkUpload(file);
        if (!checked.ok) errors.file = [checked.error];
        else if (meta.status === "success") {
          await addUpload(actor, target, checked.upload, meta.value);
          return { done: "added" };
        }
      }
      return replyItemError("upload", errors);
    }
    case "link": {
      const submission = parseWithZod(formData, { schema: linkSchema });
      if (submission.status !== "success") return replyItemError("link", firstErrors(submission.error));
      addLink(actor, target, submission.value);
      return { done: "added" };
    }
    case "attach": {
      const submission = parseWithZod(formData, { schema: appEvidenceSchema });
      if (submission.status !== "success") return replyItemError("picker", firstErrors(submission.error), "recert.evidence.pickRequired");
      const added = addAppEvidence(actor, target, submission.value.kind, submission.value.refId);
      if (!added.ok) return replyItemError("picker", added.fieldErrors, (added.fieldErrors.refId?.[0] as MessageKey | undefined) ?? "recert.evidence.unknown");
      return { done: "added" };
    }
    case "remove":
    case "share":
    case "unshare": {
      const id = Number(formData.get("evidenceId"));
      if (!Number.isInteger(id) || id <= 0) return replyItemError("list", {}, "recert.evidence.unknown");
      const evidence = getEvidence(centre.networkId, id);
      // Evidence of another centre or item is not reachable from this page.
      if (evidence.centreId !== centre.id || evidence.itemId !== item.id) return replyItemError("list", {}, "recert.evidence.unknown", 404);
      if (intent === "remove") {
        await removeEvidence(actor, evidence);
        return { done: "removed" };
      }
      setShared(actor, evidence, intent === "share");
      return { done: intent === "share" ? "shared" : "unshared" };
    }
    default:
      return replyItemError("list", {}, "recert.evidence.unknown");
  }
}
