// Tells the people concerned about opened and reopened overlap flags (in-app and by mail).
// Implemented with the overlap pages; the detection side calls it after every sync.

export interface FlagChanges {
  /** Flags created as open by this sync. */
  opened: number[];
  /** Decided flags reopened because one side changed materially. */
  reopened: number[];
}

export async function notifyFlagChanges(_changes: FlagChanges): Promise<void> {
  // Filled in by the overlap pages work (notifications to the coordinator and the leads of both centres).
}
