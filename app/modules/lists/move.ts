// Moving one entry of an ordered list (criteria, indicators, checklist items, agenda items) one place up
// or down. Pure: callers read the siblings in their order and write the new positions.

/**
 * The ids in their new order after moving `id` one place; null when it cannot move (first moved up,
 * last moved down, or not in the list). Positions are then 1 … n, which also mends ties.
 */
export function movedOrder(ids: readonly number[], id: number, direction: "up" | "down"): number[] | null {
  const index = ids.indexOf(id);
  const other = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || other < 0 || other >= ids.length) return null;
  const order = [...ids];
  [order[index], order[other]] = [order[other]!, order[index]!];
  return order;
}
