// What the offering pages do: find an offering with the right permission, save form input (refusing
// saves based on an older version), change status, confirm, copy, restore. Routes stay thin.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { categories, centres, offeringVersions } from "@db/schema";
import { formatDateTime } from "~/modules/accounts/format";
import { forbidden, notFound, requirePermission } from "~/modules/accounts/actor.server";
import type { Locale, Translate } from "~/modules/i18n/translate";
import { idParam } from "~/modules/network/access.server";
import { requireNetwork, type Network } from "~/modules/network/networks.server";
import type { FieldErrors } from "~/modules/network/result";
import { listCentres, type Centre } from "~/modules/network/structure.server";
import { afterOfferingChange } from "~/modules/overlaps/hooks.server";
import { can, centresWith, type Actor } from "~/modules/permissions/permissions";
import { describeChanges, lookupsFor, type ChangeLine } from "./changes.server";
import { checkAgainstNetwork, formChoices } from "./form.server";
import {
  applyUpdate,
  contentOf,
  copyOffering,
  createOffering,
  findOffering,
  loadOffering,
  setOfferingStatus,
  updateOffering,
  verifyOffering,
  type Offering,
  type OfferingContent,
  type UpdateResult,
} from "./offerings.server";
import type { OfferingStatus } from "./options";
import type { OfferingInput } from "./schemas";

type Params = LoaderFunctionArgs["params"];

/** The network, the actor (a member) and the offering in the URL; offerings of other networks are 404. */
export function offeringAccess(request: Request, params: Params) {
  const network = requireNetwork(params.network);
  const actor = requirePermission(request, "read:network", { networkId: network.id });
  const offering = findOffering(network.id, idParam(params.id)) ?? notFound();
  return { network, actor, offering };
}

/** As offeringAccess, and the actor must be allowed to change offerings of the offering's centre. */
export function offeringEditAccess(request: Request, params: Params) {
  const { network, offering } = offeringAccess(request, params);
  const actor = requirePermission(request, "edit:offering", { networkId: network.id, centreId: offering.centreId });
  return { network, actor, offering };
}

export function canEdit(actor: Actor, offering: Pick<Offering, "networkId" | "centreId">): boolean {
  return can(actor, "edit:offering", { networkId: offering.networkId, centreId: offering.centreId });
}

export function centreById(id: number): Centre {
  return getDb().select().from(centres).where(eq(centres.id, id)).get() ?? notFound();
}

/** The centres of the network whose offerings the actor may create and change. */
export function editableCentres(actor: Actor, networkId: number): Centre[] {
  const all = listCentres(networkId);
  const allowed = new Set(centresWith(actor, "edit:offering", networkId, all.map((c) => c.id)));
  return all.filter((c) => allowed.has(c.id));
}

/**
 * The centre a new offering is for, by slug (from the URL or the form). It must be a centre of the network
 * that the actor may edit; anything else is refused, so a forged field cannot reach another centre.
 */
export function centreForNewOffering(actor: Actor, network: Network, slug: string | null | undefined): Centre | null {
  const editable = editableCentres(actor, network.id);
  if (!slug) return editable.length === 1 ? editable[0]! : null;
  const centre = listCentres(network.id).find((c) => c.slug === slug);
  if (!centre) notFound();
  if (!editable.some((c) => c.id === centre.id)) forbidden();
  return centre;
}

export interface Conflict {
  /** The offering's current version: a new save goes on top of it. */
  version: number;
  by: string;
  at: number;
  changes: Record<string, [unknown, unknown]>;
}

export type SaveResult =
  | { ok: true; id: number; changed: boolean }
  | { ok: false; fieldErrors: FieldErrors }
  | { ok: false; conflict: Conflict };

function fromUpdate(id: number, result: UpdateResult): SaveResult {
  if (result.ok) {
    if (result.changed) afterOfferingChange(id);
    return { ok: true, id, changed: result.changed };
  }
  if (result.reason === "missing") notFound();
  return { ok: false, conflict: { version: result.current.version, by: result.by, at: result.at, changes: result.changes } };
}

export function createFromInput(actor: Actor, network: Network, centre: Centre, input: OfferingInput): SaveResult {
  const checked = checkAgainstNetwork(input, formChoices(network.id, centre));
  if (!checked.ok) return checked;
  const id = createOffering(actor, { networkId: network.id, centreId: centre.id }, checked.content);
  afterOfferingChange(id);
  return { ok: true, id, changed: true };
}

/** Saves the form on top of `input.version`; a save based on an older version is refused as a conflict. */
export function saveFromInput(actor: Actor, network: Network, offering: Offering, input: OfferingInput): SaveResult {
  const checked = checkAgainstNetwork(input, formChoices(network.id, centreById(offering.centreId), offering));
  if (!checked.ok) return checked;
  return fromUpdate(offering.id, updateOffering(actor, offering.id, input.version ?? 0, checked.content));
}

export function changeStatus(actor: Actor, offering: Offering, expectedVersion: number, status: OfferingStatus): SaveResult {
  return fromUpdate(offering.id, setOfferingStatus(actor, offering.id, expectedVersion, status));
}

export function confirmCurrent(actor: Actor, offering: Offering): void {
  verifyOffering(actor, offering.id);
}

/** A draft copy titled "Kopie von …" in the same centre. */
export function copyOf(actor: Actor, offering: Offering, t: Translate): number {
  const id = copyOffering(actor, offering.id, (title) => t("offerings.copyTitle", { title })) ?? notFound();
  afterOfferingChange(id);
  return id;
}

/**
 * Restores a version's content as a new version. Things deleted since (partners, neighbourhoods) are
 * left out, and a category that no longer exists keeps the current one, so a restore always saves.
 */
export function restoreFromVersion(actor: Actor, network: Network, offering: Offering, version: number, expectedVersion: number): SaveResult {
  const result = getDb().transaction((tx) => {
    const old = tx
      .select()
      .from(offeringVersions)
      .where(and(eq(offeringVersions.offeringId, offering.id), eq(offeringVersions.version, version)))
      .get();
    const current = loadOffering(tx, offering.id);
    if (!old || !current) notFound();
    const lookups = lookupsFor(network.id);
    const snapshot = { ...contentOf(current), ...(old.snapshot as Partial<OfferingContent>) };
    const categoryExists = tx.select({ id: categories.id }).from(categories).where(and(eq(categories.id, snapshot.categoryId), eq(categories.networkId, network.id))).get();
    const content: OfferingContent = {
      ...snapshot,
      categoryId: categoryExists ? snapshot.categoryId : current.categoryId,
      neighbourhoodId: snapshot.neighbourhoodId !== null && lookups.neighbourhoods.has(snapshot.neighbourhoodId) ? snapshot.neighbourhoodId : null,
      partnerIds: snapshot.partnerIds.filter((id) => lookups.partners.has(id)),
    };
    return applyUpdate(tx, actor, offering.id, expectedVersion, content);
  });
  return fromUpdate(offering.id, result);
}

export interface ConflictView {
  version: number;
  by: string;
  at: string;
  lines: ChangeLine[];
}

/** A conflict as the page shows it: who, when, and what changed since the person's version. */
export function conflictView(conflict: Conflict, networkId: number, t: Translate, locale: Locale): ConflictView {
  return {
    version: conflict.version,
    by: conflict.by,
    at: formatDateTime(conflict.at, locale),
    lines: describeChanges(conflict.changes, lookupsFor(networkId), t, locale),
  };
}
