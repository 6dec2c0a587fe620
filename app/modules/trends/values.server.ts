// Indicator values of one cycle: the frozen rows of a closed cycle; for an open cycle the values
// known so far (provisional).
import { eq } from "drizzle-orm";
import { getDb } from "@db/client.server";
import { indicatorValues } from "@db/schema";

export interface ValueRow {
  indicatorId: number;
  centreId: number | null;
  value: number | null;
  detail: string;
}

export function cycleValues(cycle: { id: number; status: "open" | "closed" }): ValueRow[] {
  return getDb()
    .select({ indicatorId: indicatorValues.indicatorId, centreId: indicatorValues.centreId, value: indicatorValues.value, detail: indicatorValues.detail })
    .from(indicatorValues)
    .where(eq(indicatorValues.cycleId, cycle.id))
    .all();
}
