// Matrix cases for the reviews pages (see tests/permission-matrix.ts).
import type { MatrixCase } from "./expect";

export const reviewsCases: MatrixCase[] = [];
