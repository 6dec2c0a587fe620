// Matrix cases for the meetings pages (see tests/permission-matrix.ts).
import type { MatrixCase } from "./expect";

export const meetingsCases: MatrixCase[] = [];
