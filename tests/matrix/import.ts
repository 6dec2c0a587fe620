import type { MatrixCase } from "./expect";

export const importCases: MatrixCase[] = [];
