// Matrix cases for the trends pages (see tests/permission-matrix.ts).
import type { MatrixCase } from "./expect";

export const trendsCases: MatrixCase[] = [];
