// Demo recertification data: review years for the demo centres and some evidence, so the overview,
// the readiness and the shared examples have something to show. Familienzentrum Arche (the browser
// test's lead) starts with little evidence so its readiness visibly moves.
import { and, eq } from "drizzle-orm";
import type { Db } from "../client.server";
import type { DemoCalendar } from "./demo-calendar";
import { agreements, centres, checklistItems, documents, offerings, partners, recertificationEvidence } from "../schema";
import { ensureChecklist } from "../../app/modules/recertification/checklist-seed.server";
import { reviewYear } from "../../app/modules/recertification/countdown";
import { storeUpload } from "../../app/modules/uploads/uploads.server";
import { nowMs } from "../../app/modules/time/clock";

/** A one-page PDF with a few lines of text (Helvetica, WinAnsi), enough to open and print. */
export function simplePdf(lines: string[]): Uint8Array {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = ["BT", "/F1 14 Tf", "72 770 Td", "18 TL", ...lines.map((line) => `(${escape(line)}) Tj T*`), "ET"].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, "latin1"));
}

export async function seedDemoRecertification(db: Db, networkId: number, calendar: DemoCalendar): Promise<void> {
  const { evidence } = calendar;
  const year = (iso: string) => iso.slice(0, 4);
  ensureChecklist(db, networkId);
  const centreRows = db.select().from(centres).where(eq(centres.networkId, networkId)).all();
  const centre = new Map(centreRows.map((c) => [c.slug, c]));
  // Every demo centre reviews the year before its certificate runs out (set explicitly, as a coordinator would).
  for (const c of centreRows) {
    db.update(centres).set({ recertificationYear: reviewYear(c.certificateValidUntil, null) }).where(eq(centres.id, c.id)).run();
  }
  const item = (code: string) => db.select().from(checklistItems).where(and(eq(checklistItems.networkId, networkId), eq(checklistItems.code, code))).get()!.id;
  const now = nowMs();
  const add = (slug: string, code: string, values: Partial<typeof recertificationEvidence.$inferInsert> & Pick<typeof recertificationEvidence.$inferInsert, "kind">) =>
    db
      .insert(recertificationEvidence)
      .values({ networkId, centreId: centre.get(slug)!.id, itemId: item(code), createdAt: now, ...values })
      .returning()
      .get();
  const agreementOf = (slug: string, partner: string) =>
    db
      .select({ id: agreements.id, name: partners.name })
      .from(agreements)
      .innerJoin(partners, eq(partners.id, agreements.partnerId))
      .where(and(eq(agreements.centreId, centre.get(slug)!.id), eq(partners.name, partner)))
      .get()!;
  const offeringOf = (slug: string, title: string) =>
    db.select({ id: offerings.id, title: offerings.title }).from(offerings).where(and(eq(offerings.centreId, centre.get(slug)!.id), eq(offerings.title, title))).get();

  // Regenbogen: a Sozialraumanalyse shared with the network as an example, a parent survey, its agreements.
  const bytes = simplePdf([`Sozialraumanalyse Koenigsborn ${year(evidence.socialSpace)}`, "Familienzentrum Regenbogen", "Bevoelkerung, Kitas, Angebote und Bedarfe im Stadtteil."]);
  const key = await storeUpload(bytes);
  const document = db
    .insert(documents)
    .values({ networkId, centreId: centre.get("regenbogen")!.id, fileKey: key, fileName: `sozialraumanalyse-koenigsborn-${year(evidence.socialSpace)}.pdf`, fileType: "application/pdf", fileSize: bytes.byteLength, createdAt: now })
    .returning()
    .get();
  add("regenbogen", "5.1", { kind: "document", documentId: document.id, label: `Sozialraumanalyse Königsborn ${year(evidence.socialSpace)}`, evidenceDate: evidence.socialSpace, sharedAt: now });
  add("regenbogen", "7.4", { kind: "link", url: `https://www.example.org/regenbogen/elternbefragung-${year(evidence.survey)}`, label: `Elternbefragung ${year(evidence.survey)} (Auswertung)`, evidenceDate: evidence.survey });
  for (const partner of ["Hebammenpraxis Lebensanfang", "Jugendamt Unna – Frühe Hilfen"]) {
    const a = agreementOf("regenbogen", partner);
    add("regenbogen", "6.1", { kind: "agreement", agreementId: a.id, label: a.name });
  }

  // Pusteblume (certificate ends soon): links, an old training certificate and an offering.
  add("pusteblume", "5.1", { kind: "link", url: "https://www.example.org/pusteblume/sozialraum", label: "Sozialraumanalyse Uelzen", evidenceDate: evidence.pusteblumeSocialSpace });
  add("pusteblume", "5.2", { kind: "link", url: "https://www.example.org/pusteblume/konzept", label: `Konzept mit Zielen ${year(evidence.concept)}`, evidenceDate: evidence.concept });
  add("pusteblume", "1.2", { kind: "link", url: "https://www.example.org/pusteblume/fortbildung-interkulturell", label: "Fortbildung Interkulturelle Öffnung", evidenceDate: evidence.training, isTraining: true });
  const pusteblumeOffering = db.select({ id: offerings.id, title: offerings.title }).from(offerings).where(and(eq(offerings.centreId, centre.get("pusteblume")!.id), eq(offerings.status, "published"))).get();
  if (pusteblumeOffering) add("pusteblume", "2.1", { kind: "offering", offeringId: pusteblumeOffering.id, label: pusteblumeOffering.title });

  // Arche: only two items covered so far.
  const sonnenschein = agreementOf("arche", "Kita Sonnenschein");
  add("arche", "6.1", { kind: "agreement", agreementId: sonnenschein.id, label: sonnenschein.name });
  const musikgarten = offeringOf("arche", "Musikgarten");
  if (musikgarten) add("arche", "2.1", { kind: "offering", offeringId: musikgarten.id, label: musikgarten.title });
}
