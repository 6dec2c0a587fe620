// Demo indicators for the position paper's criteria and an earlier, closed review cycle.
import type { Db } from "../client.server";

/** Seeds indicators and review history; called by seedDemo after meetings. */
export function seedDemoReviews(db: Db, networkId: number): void {
  void db;
  void networkId;
}
