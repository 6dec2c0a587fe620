// Indicator values of one cycle: the frozen rows of a closed cycle; for an open cycle the values as
// the reviews module computes them live (provisional) plus the manual values entered so far.
import { eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { indicatorValues } from "@db/schema";
import { liveIndicatorValues } from "~/modules/reviews/indicators.server";

export interface ValueRow {
  indicatorId: number;
  centreId: number | null;
  value: number | null;
  detail: string;
}

export function cycleValues(cycle: { id: number; status: "open" | "closed" }): ValueRow[] {
  const db = getDb();
  if (cycle.status === "open") return liveIndicatorValues(db, cycle.id);
  return db
    .select({ indicatorId: indicatorValues.indicatorId, centreId: indicatorValues.centreId, value: indicatorValues.value, detail: indicatorValues.detail })
    .from(indicatorValues)
    .where(eq(indicatorValues.cycleId, cycle.id))
    .all();
}
