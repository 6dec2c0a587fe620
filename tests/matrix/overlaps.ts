import type { MatrixCase } from "./expect";

export const overlapsCases: MatrixCase[] = [];
