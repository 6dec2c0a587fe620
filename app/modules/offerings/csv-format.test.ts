import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { readOfferingsCsv, writeOfferingsCsv } from "./csv-format";

const taxonomy = JSON.parse(fs.readFileSync(new URL("../../../../shared/data/taxonomy.json", import.meta.url), "utf8")) as {
  categories: { id: string }[];
};
const categories = new Set(taxonomy.categories.map((c) => c.id));
const header = "ref;centre;neighbourhood;title;description;category;age_from;age_to;weekday;start;end;languages;cost_eur;registration";

describe("readOfferingsCsv", () => {
  it("reads the shared development sets without errors", () => {
    for (const name of ["offerings-dev-a.csv", "offerings-dev-d.csv"]) {
      const file = fs.readFileSync(new URL(`../../../../shared/data/${name}`, import.meta.url));
      const { rows, errors } = readOfferingsCsv(file, categories);
      expect(errors).toEqual([]);
      expect(rows.length).toBeGreaterThan(50);
    }
  });

  it("accepts commas as delimiter and decimal commas in quoted fields", () => {
    const csv = `${header.replace(/;/g, ",")}\nX1,FZ A,Mitte,"Babymassage, sanft",,gesundheit,0,1,Di,09:30,10:30,"de,tr","12,50",ja\n`;
    const { rows, errors } = readOfferingsCsv(csv, categories);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ title: "Babymassage, sanft", weekday: 2, languages: ["de", "tr"], costCents: 1250, ageFromMonths: 0, ageToMonths: 23, registrationRequired: true });
  });

  it("reports every bad cell with row, column and a German message", () => {
    const csv = [
      header,
      ";FZ A;Mitte;;x;unbekannt;5;3;Xy;9:30;10:30;deutsch;abc;vielleicht",
      "R2;FZ A;Mitte;<b>Fett</b>;;gesundheit;1;2;Mo;10:00;09:00;de;0;nein",
    ].join("\n");
    const { rows, errors } = readOfferingsCsv(csv, categories);
    expect(rows).toEqual([]);
    const cells = errors.map((e) => `${e.row}:${e.column}`);
    expect(cells).toEqual(expect.arrayContaining(["2:title", "2:category", "2:age_to", "2:weekday", "2:start", "2:languages", "2:cost_eur", "2:registration", "3:title", "3:end"]));
    expect(errors.find((e) => e.column === "category")?.message).toBe("Unbekannte Kategorie „unbekannt“.");
  });

  it("refuses a file without the required columns or with duplicate refs", () => {
    expect(readOfferingsCsv("ref;title\nA;B", categories).errors[0]!.message).toMatch(/Es fehlen Spalten: centre/);
    const dup = `${header}\nA;FZ;M;T;;gesundheit;0;3;;;;de;0;nein\nA;FZ;M;T2;;gesundheit;0;3;;;;de;0;nein`;
    expect(readOfferingsCsv(dup, categories).errors).toMatchObject([{ row: 3, column: "ref", message: "Die Referenz A steht schon in Zeile 2.", key: "import.error.refDuplicate" }]);
  });
});

describe("writeOfferingsCsv", () => {
  it("round-trips through the reader with a BOM and semicolons", () => {
    const original = readOfferingsCsv(fs.readFileSync(new URL("../../../../shared/data/offerings-dev-a.csv", import.meta.url)), categories).rows;
    const written = writeOfferingsCsv(original.map((r) => ({ ...r, ref: r.ref! })));
    expect(written.startsWith("\uFEFFref;centre;")).toBe(true);
    const again = readOfferingsCsv(written, categories);
    expect(again.errors).toEqual([]);
    expect(again.rows.map(({ row: _row, ...rest }) => rest)).toEqual(original.map(({ row: _row, ...rest }) => rest));
  });
});

describe("spreadsheet formulas", () => {
  it("exports text that starts like a formula with an apostrophe and reads it back unchanged", () => {
    const row = {
      ref: "F1",
      centre: "FZ A",
      neighbourhood: "Mitte",
      title: "=HYPERLINK(\"http://example.org\";\"Klick\")",
      description: "-50 % für Geschwister",
      category: "gesundheit",
      ageFromMonths: 0,
      ageToMonths: 35,
      weekday: null,
      start: null,
      end: null,
      languages: ["de"],
      costCents: 0,
      registrationRequired: false,
    };
    const written = writeOfferingsCsv([row]);
    expect(written).toContain(`"'=HYPERLINK(""http://example.org"";""Klick"")";'-50 % für Geschwister;`);
    const { rows, errors } = readOfferingsCsv(written, categories);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ title: row.title, description: row.description });
  });
});
