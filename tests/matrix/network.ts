import type { MatrixCase } from "./expect";

export const networkCases: MatrixCase[] = [];
