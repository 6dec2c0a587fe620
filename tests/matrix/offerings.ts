import type { MatrixCase } from "./expect";

export const offeringsCases: MatrixCase[] = [];
