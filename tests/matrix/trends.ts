// Matrix cases for the trends pages (see tests/permission-matrix.ts): every member of the network reads
// them; members of other networks are refused, visitors sent to sign in. Centre Arche's trend page is
// readable by all members too (read:network); a centre of another network would be 404.
import { expect, type MatrixCase } from "./expect";

const unna = { network: "unna" };

export const trendsCases: MatrixCase[] = [
  { route: "n.$network.trends._index", kind: "loader", path: "/n/unna/trends", params: unna, expect: expect.members },
  { route: "n.$network.trends.overview", kind: "loader", path: "/n/unna/trends/overview?cycle=1", params: unna, expect: expect.members },
  {
    route: "n.$network.trends.centres.$centre",
    kind: "loader",
    path: "/n/unna/trends/centres/arche",
    params: { network: "unna", centre: "arche" },
    expect: expect.members,
  },
  { route: "n.$network.trends.report", kind: "loader", path: "/n/unna/trends/report", params: unna, expect: expect.members },
];
