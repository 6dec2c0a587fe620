// Flags follow changes: the offering save paths and the imports call these after their transaction has
// committed. Detection problems are logged and never undo or fail the save itself.
import { scanNetwork, syncFlagsForOffering } from "./flags.server";
import { notifyFlagChanges, type FlagChanges } from "./notify.server";

const none: FlagChanges = { opened: [], reopened: [] };

function notify(changes: FlagChanges, networkId?: number): void {
  if (changes.opened.length === 0 && changes.reopened.length === 0) return;
  notifyFlagChanges(changes, networkId).catch((error: unknown) => console.error("Overlap notifications failed:", error));
}

/** After an offering was created, edited, copied, restored or changed status: its flags only. */
export function afterOfferingChange(offeringId: number): FlagChanges {
  try {
    const changes = syncFlagsForOffering(offeringId);
    notify(changes);
    return changes;
  } catch (error) {
    console.error(`Overlap sync for offering ${offeringId} failed:`, error);
    return none;
  }
}

/** After an import: the affected neighbourhoods (all of the network's when not known). */
export function afterImport(networkId: number, neighbourhoodIds?: number[]): FlagChanges {
  try {
    const changes = scanNetwork(networkId, neighbourhoodIds);
    // Imports can open many flags at once: a digest per person instead of one message per flag.
    notify(changes, networkId);
    return changes;
  } catch (error) {
    console.error(`Overlap scan for network ${networkId} failed:`, error);
    return none;
  }
}

/**
 * After a decision: offerings decided to duplicate each other now lend each other their words (learning
 * from decisions, see refreshRelated), so the neighbourhood is scanned again.
 */
export function afterDecision(networkId: number, neighbourhoodId: number | null): FlagChanges {
  if (neighbourhoodId === null) return none;
  try {
    const changes = scanNetwork(networkId, [neighbourhoodId]);
    notify(changes);
    return changes;
  } catch (error) {
    console.error(`Overlap scan after a decision in network ${networkId} failed:`, error);
    return none;
  }
}
