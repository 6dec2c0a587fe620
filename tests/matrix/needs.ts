import type { MatrixCase } from "./expect";

export const needsCases: MatrixCase[] = [];
