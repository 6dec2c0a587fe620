// The route × persona matrix: what each persona gets from every loader and action.
// tests/permissions.test.ts fails when a route exists that these tables do not cover.
// Each area keeps its cases in tests/matrix/<area>.ts.
import { accountCases } from "./matrix/accounts";
import { coreCases } from "./matrix/core";
import type { MatrixCase } from "./matrix/expect";
import { calendarCases } from "./matrix/calendar";
import { guideCases } from "./matrix/guide";
import { importCases } from "./matrix/import";
import { needsCases } from "./matrix/needs";
import { networkCases } from "./matrix/network";
import { offeringsCases } from "./matrix/offerings";
import { meetingsCases } from "./matrix/meetings";
import { overlapsCases } from "./matrix/overlaps";
import { recertificationCases } from "./matrix/recertification";
import { reviewsCases } from "./matrix/reviews";
import { trendsCases } from "./matrix/trends";

export const matrix: MatrixCase[] = [...coreCases, ...networkCases, ...accountCases, ...offeringsCases, ...importCases, ...calendarCases, ...overlapsCases, ...needsCases, ...meetingsCases, ...reviewsCases, ...trendsCases, ...recertificationCases, ...guideCases];

/**
 * Actions that sign out or switch language act on the caller's own session only; they are covered
 * by their own tests (tests/accounts.test.ts) because running them here would end the personas' sessions.
 */
export const coveredElsewhere = new Set(["logout:action", "language:action"]);
