// Matrix cases for offerings (lists, page, create, edit, versions, stale overview) and the categories page.
// Successful actions run once per allowed persona: they send current values again (nothing changes),
// copy (a new draft each time) or restore version 1 (the first run saves, later runs change nothing).
import { editForm, newForm, offeringByRef } from "../offerings-fixtures";
import { everyoneGets, expect, type Expectation, type MatrixCase } from "./expect";

const redirects = (e: Expectation): Expectation =>
  Object.fromEntries(Object.entries(e).map(([persona, outcome]) => [persona, outcome === "ok" ? "redirect" : outcome])) as Expectation;

/** Whoever may change Arche's offerings: its lead and staff, the coordinator, admins. */
const archeEditors: Expectation = { ...everyoneGets("forbidden"), anonymous: "login", staffA: "ok", leadA: "ok", coordinator: "ok", admin: "ok" };

// An offering of Arche ("Turnen für Kleinkinder mit Mama oder Papa").
const archeRef = "A0023";
const offeringParams = () => ({ network: "unna", id: String(offeringByRef(archeRef).id) });
const unna = { network: "unna" };

export const offeringsCases: MatrixCase[] = [
  { route: "n.$network.offerings._index", kind: "loader", path: "/n/unna/offerings?q=turnen&stale=1", params: unna, expect: expect.members },
  {
    route: "n.$network.centres.$centre.offerings",
    kind: "loader",
    path: "/n/unna/centres/arche/offerings",
    params: { network: "unna", centre: "arche" },
    expect: expect.members,
  },
  { route: "n.$network.offerings.stale", kind: "loader", path: "/n/unna/offerings/stale", params: unna, expect: expect.members },
  { route: "n.$network.offerings.$id._index", kind: "loader", path: "/n/unna/offerings/:id", params: offeringParams, expect: expect.members },
  {
    route: "n.$network.offerings.$id._index",
    kind: "action",
    path: "/n/unna/offerings/:id (verify)",
    params: offeringParams,
    form: () => ({ intent: "verify" }),
    expect: redirects(archeEditors),
  },
  {
    route: "n.$network.offerings.$id._index",
    kind: "action",
    path: "/n/unna/offerings/:id (copy)",
    params: offeringParams,
    form: () => ({ intent: "copy" }),
    expect: redirects(archeEditors),
  },
  {
    route: "n.$network.offerings.$id._index",
    kind: "action",
    path: "/n/unna/offerings/:id (status)",
    params: offeringParams,
    form: () => {
      const offering = offeringByRef(archeRef);
      return { intent: "status", status: offering.status, version: String(offering.version) };
    },
    expect: redirects(archeEditors),
  },
  { route: "n.$network.offerings.new", kind: "loader", path: "/n/unna/offerings/new", params: unna, expect: expect.members },
  {
    route: "n.$network.offerings.new",
    kind: "action",
    path: "/n/unna/offerings/new (centre arche in the form)",
    params: unna,
    form: () => newForm(),
    expect: redirects(archeEditors),
  },
  { route: "n.$network.offerings.$id.edit", kind: "loader", path: "/n/unna/offerings/:id/edit", params: offeringParams, expect: archeEditors },
  {
    route: "n.$network.offerings.$id.edit",
    kind: "action",
    path: "/n/unna/offerings/:id/edit",
    params: offeringParams,
    form: () => editForm(offeringByRef(archeRef).id),
    expect: redirects(archeEditors),
  },
  { route: "n.$network.offerings.$id.versions", kind: "loader", path: "/n/unna/offerings/:id/versions", params: offeringParams, expect: expect.members },
  {
    route: "n.$network.offerings.$id.versions",
    kind: "action",
    path: "/n/unna/offerings/:id/versions (restore 1)",
    params: offeringParams,
    form: () => ({ restore: "1", expected: String(offeringByRef(archeRef).version) }),
    expect: redirects(archeEditors),
  },
  { route: "n.$network.categories", kind: "loader", path: "/n/unna/categories", params: unna, expect: expect.coordinators },
  {
    route: "n.$network.categories",
    kind: "action",
    path: "/n/unna/categories (stale period)",
    params: unna,
    form: () => ({ intent: "stale", staleAfterMonths: "6" }),
    expect: redirects(expect.coordinators),
  },
];
