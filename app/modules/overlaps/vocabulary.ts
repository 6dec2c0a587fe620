// Domain vocabulary of family-centre services: words (folded, stemmed) that name the same need are
// grouped into one concept, so that "Schuldnerberatung" and "Hilfe bei Geldsorgen" or "PEKiP" and
// "Prager Eltern-Kind-Programm" meet. General German words of the field, not the wording of one data set.

/** Concept → the word forms (folded: ä→ae …) and word parts that express it. */
export const concepts: Record<string, string[]> = {
  // who
  baby: ["baby", "babys", "babies", "saeugling", "neugeboren", "neugeborene", "lebensjahr", "lebenswoche", "wickelkind"],
  toddler: ["kleinkind", "kleinkinder", "krippenkind", "zweijaehrig", "dreijaehrig"],
  child: ["kind", "kinder", "kids", "kindergartenkind", "kitakind", "die kleinen"],
  schoolchild: ["schulkind", "grundschulkind", "vorschulkind", "vorschul", "schulanfaenger"],
  teen: ["jugendlich", "teenager", "pubertaet"],
  parent: ["eltern", "elternteil", "familie", "familien", "erziehende", "erziehungsberechtigte", "die grossen"],
  mother: ["mama", "mami", "mutter", "muetter", "frau", "frauen"],
  father: ["papa", "papi", "vater", "vaeter", "maenner", "mann"],
  pregnant: ["schwanger", "schwangere", "schwangerschaft", "werdend", "werdende", "geburtsvorbereitung"],
  grandparent: ["oma", "opa", "grosseltern", "senioren"],
  childminder: ["tagesmutter", "tagesmuetter", "tagesvater", "tagesvaeter", "tagespflege", "tagespflegeperson", "kindertagespflege"],
  professional: ["fachkraft", "fachkraefte", "erzieher", "erzieherin", "paedagog", "multiplikator"],
  single: ["alleinerziehend", "alleinerziehende"],
  migrant: ["zugewandert", "zugewanderte", "zuwanderung", "migration", "migrant", "migranten", "gefluechtet", "fluechtling", "integration", "neuzugewandert", "herkunft", "interkulturell"],
  // what
  massage: ["massage", "massier", "massieren", "beruehrung"],
  pekip: ["pekip", "prager eltern kind programm"],
  breastfeeding: ["still", "stillen", "stillberatung", "stilltreff", "stillcafe", "muttermilch", "stillgruppe"],
  midwife: ["hebamme", "hebammen", "familienhebamme", "wochenbett"],
  postnatal: ["rueckbildung", "rueckbildungsgymnastik", "beckenboden"],
  birth: ["geburt", "entbindung", "nach der geburt"],
  debt: ["schulden", "schuldner", "schuldnerberatung", "insolvenz", "geldsorgen", "pfaendung", "mahnung", "verschuldung", "budget", "haushaltsgeld"],
  benefits: ["antrag", "antraege", "kindergeld", "wohngeld", "buergergeld", "kinderzuschlag", "leistung", "sozialleistung", "elterngeld", "bildung und teilhabe", "but", "behoerde", "behoerden", "formular"],
  counselling: ["beratung", "berat", "beraten", "sprechstunde", "beratungsstelle", "gespraech", "gespraeche", "sorgen", "rat"],
  parenting: ["erziehung", "erzieh", "trotzphase", "grenzen", "geschwisterstreit", "familienberatung", "erziehungsberatung"],
  strongparents: ["starke eltern starke kinder", "triple p", "kess", "elterntraining"],
  german: ["deutsch", "deutschkurs", "sprachkurs", "alltagsdeutsch", "integrationskurs", "deutschlernen"],
  language: ["sprache", "sprach", "sprachfoerderung", "wortschatz", "sprechen", "mehrsprachig", "zweisprachig"],
  reading: ["lesen", "vorlesen", "vorlese", "buch", "buecher", "bilderbuch", "bibliothek", "geschichte", "geschichten"],
  course: ["kurs", "kurse", "lernen", "lernt", "unterricht", "kursreihe", "lehrgang", "seminar", "workshop", "training", "schulung", "elternkurs"],
  gathering: ["treff", "treffen", "treffpunkt", "gruppe", "runde", "cafe", "kaffee", "fruehstueck", "begegnung", "austausch", "stammtisch", "brunch"],
  play: ["spiel", "spielen", "spielgruppe", "krabbel", "krabbeln", "krabbelgruppe", "fingerspiel", "spielkreis"],
  movement: ["turnen", "bewegung", "bewegungsstunde", "sport", "psychomotorik", "toben", "bewegungslandschaft", "gymnastik", "yoga"],
  swimming: ["schwimmen", "wassergewoehnung", "schwimmkurs", "planschen"],
  creative: ["malen", "basteln", "werken", "kreativ", "kreativwerkstatt", "ton", "farbe", "farben", "gestalten", "handwerk"],
  music: ["musik", "musikalisch", "musikalische frueherziehung", "klang", "klaenge", "singen", "lied", "lieder", "rhythmus", "instrument", "instrumente", "musikgarten", "tanzen"],
  cooking: ["kochen", "koch", "kochkurs", "ernaehrung", "rezept", "rezepte", "gericht", "gerichte", "backen", "gesund"],
  nature: ["natur", "wald", "garten", "draussen", "naturerlebnis"],
  placement: ["vermittlung", "vermitteln", "platzvergabe", "betreuungsplatz"],
  care: ["betreuung", "betreut", "kinderbetreuung", "notfallbetreuung", "notbetreuung"],
  offhours: ["randzeit", "randzeiten", "randzeitenbetreuung", "fruehdienst", "spaetdienst", "uhr"],
  holiday: ["ferien", "sommerferien", "ferienbetreuung", "ferienprogramm"],
  development: ["entwicklung", "entwicklungsberatung", "foerderung", "foerdern", "diagnostik", "therapie", "logopaedie", "ergotherapie", "motorik", "auffaelligkeit"],
  school: ["schule", "einschulung", "schulanfang", "schulstart", "uebergang", "schulreife"],
  work: ["beruf", "wiedereinstieg", "arbeit", "job", "bewerbung", "vereinbarkeit", "teilzeit"],
  health: ["gesundheit", "arzt", "kinderarzt", "impfung", "zahn", "zahngesundheit", "vorsorge"],
  sleep: ["schlaf", "schlafen", "schlafproblem"],
  media: ["medien", "handy", "smartphone", "bildschirm", "internet"],
};

/**
 * Words about where, when and how an offering takes place rather than what it is: they say little
 * about the need it serves, so they weigh little.
 */
export const minorWords = new Set(
  `kita kitas kindertagesstaette familienzentrum familienzentren zentrum ort vor haus raum raeume turnhalle
  stadtteil viertel quartier nachbarschaft offen offene offenes vormittag vormittags nachmittag nachmittags
  abend abends morgen wochenende woche woechentlich monatlich taeglich samstag samstags sonntag montag dienstag
  mittwoch donnerstag freitag kostenlos kostenfrei gebuehr anmeldung ohne mit termin termine angebot angebote
  programm reihe gemeinsam gemeinsame zeit uhr jahre jahr alter ab bis unter ueber monat monate`.split(/\s+/),
);

/** Concepts that say who an offering is for (used for audience checks, weighted lower as topics). */
export const audienceConcepts = new Set(["baby", "toddler", "child", "schoolchild", "teen", "parent", "mother", "father", "pregnant", "grandparent", "childminder", "professional", "single", "migrant"]);

/** Phrases (folded, single spaces) that must be matched before splitting into words. */
export const phrases: [string, string][] = Object.entries(concepts).flatMap(([concept, forms]) =>
  forms.filter((form) => form.includes(" ")).map((form) => [form, concept] as [string, string]),
);

/** Word form → concept. */
export const formToConcept: ReadonlyMap<string, string> = new Map(
  Object.entries(concepts).flatMap(([concept, forms]) => forms.filter((f) => !f.includes(" ")).map((form) => [form, concept] as [string, string])),
);

/** Category relatedness beyond "same category": pairs of categories that often hold the same service. */
const relatedCategoryPairs: [string, string][] = [
  ["fruehe-hilfen", "eltern-kind-gruppe"],
  ["fruehe-hilfen", "gesundheit"],
  ["erziehungsberatung", "sozialberatung"],
  ["erziehungsberatung", "elternbildung"],
  ["erziehungsberatung", "foerderung-diagnostik"],
  ["sozialberatung", "migrationsberatung"],
  ["migrationsberatung", "sprachfoerderung"],
  ["eltern-kind-gruppe", "offener-treff"],
  ["kreativ-kultur", "gesundheit"],
  ["kreativ-kultur", "eltern-kind-gruppe"],
  ["bewegung-kinder", "gesundheit"],
  ["tagespflege-vermittlung", "randzeitenbetreuung"],
  ["tagespflege-vermittlung", "tagespflege-qualifizierung"],
  ["ferienbetreuung", "kreativ-kultur"],
  ["sprachfoerderung", "foerderung-diagnostik"],
  ["beruf-wiedereinstieg", "sozialberatung"],
];
const related = new Set(relatedCategoryPairs.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));

/** 1 for the same category, 0.6 for known related ones, 0.3 within the same performance area, else 0. */
export function categoryRelatedness(a: { key: string; area: string }, b: { key: string; area: string }): number {
  if (a.key === b.key) return 1;
  if (related.has(`${a.key}|${b.key}`)) return 0.6;
  if (a.area && a.area === b.area) return 0.3;
  return 0;
}
