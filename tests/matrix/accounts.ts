import type { MatrixCase } from "./expect";

export const accountCases: MatrixCase[] = [];
