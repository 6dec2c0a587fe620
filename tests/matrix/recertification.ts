// Matrix cases for the recertification pages (see tests/permission-matrix.ts).
import type { MatrixCase } from "./expect";

export const recertificationCases: MatrixCase[] = [];
