import type { MatrixCase } from "./expect";

export const calendarCases: MatrixCase[] = [];
