// General vocabulary of family-centre services: single words (and well-known programme names) that
// name the same need are mapped to one or more concepts, so that "Schuldnerberatung" meets "Geldsorgen"
// and "PEKiP" meets "Spielgruppe fürs erste Lebensjahr". Written from knowledge of the field (not from
// any labelled data set); words are matched by their Snowball stem, compounds by their parts. No phrases:
// multi-word expressions are caught by their words.

/** Concept → words (any inflected form; they are stemmed when the table is built). */
export const concepts: Record<string, string[]> = {
  // who
  baby: ["baby", "babys", "säugling", "neugeborene", "neugeboren", "wickelkind", "lebensjahr", "wochenbett", "newborn"],
  toddler: ["kleinkind", "krippenkind", "krabbelkind", "zweijährige", "dreijährige", "toddler"],
  child: ["kind", "kinder", "kids", "nachwuchs", "sprössling"],
  schoolchild: ["schulkind", "grundschulkind", "grundschüler", "schüler", "vorschulkind", "schulanfänger", "erstklässler"],
  teen: ["jugendliche", "jugend", "teenager", "teens", "pubertät", "heranwachsende"],
  parent: ["eltern", "elternteil", "familie", "erziehende", "erziehungsberechtigte", "parents"],
  mother: ["mutter", "mama", "frau", "mom", "mum", "mütter"],
  father: ["vater", "papa", "mann", "männer", "dad", "väter"],
  pregnant: ["schwanger", "schwangere", "schwangerschaft", "werdende", "geburtsvorbereitung", "entbindung", "geburt", "pregnant"],
  grandparent: ["oma", "opa", "großeltern", "großmutter", "großvater", "enkel", "senioren"],
  single: ["alleinerziehend", "alleinerziehende", "alleinerziehender", "single", "einelternfamilie"],
  migrant: ["migration", "migrant", "migrantin", "zugewandert", "zuwanderung", "geflüchtet", "flüchtling", "asyl", "integration", "neuzugewandert", "interkulturell", "herkunft", "ankommen", "refugee"],
  childminder: ["tagesmutter", "tagesvater", "tagespflege", "tagespflegeperson", "kindertagespflege", "tageseltern"],
  professional: ["fachkraft", "erzieher", "erzieherin", "pädagoge", "pädagogin", "multiplikator"],
  // what
  massage: ["massage", "massieren", "berührung", "leboyer", "streicheln", "streicheleinheit"],
  breastfeeding: ["stillen", "stillzeit", "muttermilch", "abstillen", "stillberatung"],
  midwife: ["hebamme", "familienhebamme", "wochenbett", "nachsorge"],
  postnatal: ["rückbildung", "beckenboden"],
  crying: ["schreien", "schreibaby", "weinen", "quengeln", "unruhig", "regulation"],
  sleep: ["schlaf", "schlafen", "einschlafen", "durchschlafen", "nachtruhe", "müde"],
  nutrition: ["ernährung", "essen", "kochen", "kochkurs", "rezept", "beikost", "brei", "mahlzeit", "backen", "lebensmittel", "mittagstisch"],
  health: ["gesundheit", "gesund", "arzt", "ärztin", "kinderarzt", "impfung", "impfen", "vorsorge", "zahn", "zähne", "zahnpflege", "prävention", "krankheit"],
  firstaid: ["notfall", "unfall", "wiederbelebung", "ersthelfer", "verletzung"],
  development: ["entwicklung", "förderung", "fördern", "frühförderung", "diagnostik", "therapie", "logopädie", "ergotherapie", "motorik", "auffälligkeit", "entwicklungsverzögerung", "delfin"],
  disability: ["behinderung", "inklusion", "inklusiv", "beeinträchtigung", "förderbedarf", "handicap"],
  counselling: ["beratung", "beraten", "berater", "beraterin", "sprechstunde", "rat", "ratgeber", "gespräch", "coaching", "anlaufstelle", "beratungsstelle"],
  parenting: ["erziehung", "erziehen", "grenzen", "trotz", "trotzphase", "wutanfall", "wut", "zoff", "streit", "regeln", "konsequenz", "kess", "triple", "marte", "meo"],
  separation: ["trennung", "scheidung", "umgang", "umgangsrecht", "patchwork", "getrennt", "sorgerecht"],
  stress: ["stress", "erschöpfung", "burnout", "entspannung", "achtsamkeit", "auszeit", "belastung", "psychisch", "seele"],
  protection: ["gewalt", "kinderschutz", "schutz", "missbrauch", "häusliche"],
  debt: ["schulden", "schuldner", "verschuldung", "geld", "geldsorgen", "mahnung", "pfändung", "insolvenz", "budget", "haushaltsbuch", "kredit", "rechnung", "sparen"],
  benefits: ["antrag", "anträge", "formular", "kindergeld", "elterngeld", "wohngeld", "bürgergeld", "kinderzuschlag", "sozialleistung", "leistung", "jobcenter", "behörde", "amt", "bildungspaket", "teilhabe", "but", "unterhaltsvorschuss", "bescheid", "brief", "briefe", "behördenpost", "papierkram", "ausfüllen"],
  housing: ["wohnung", "wohnen", "miete", "wohnungssuche", "obdach", "wohnungslos"],
  german: ["deutsch", "deutschkurs", "sprachkurs", "integrationskurs", "alltagsdeutsch", "german", "deutschlernen"],
  language: ["sprache", "sprachförderung", "sprechen", "wortschatz", "mehrsprachig", "zweisprachig", "sprachentwicklung", "rucksack", "griffbereit", "sprachspiel", "sprachschatz", "sprachkita", "wörter"],
  reading: ["lesen", "vorlesen", "buch", "bücher", "bilderbuch", "geschichte", "erzählen", "bibliothek", "bücherei", "märchen", "lesepate"],
  course: ["kurs", "kurse", "lernen", "unterricht", "kursreihe", "lehrgang", "seminar", "workshop", "training", "schulung", "elternkurs", "vortrag", "elternabend"],
  gathering: ["treff", "treffen", "treffpunkt", "café", "cafe", "kaffee", "frühstück", "begegnung", "austausch", "stammtisch", "brunch", "plausch", "klönen", "kontakt", "runde", "kennenlernen", "meeting", "kaffeeklatsch", "klönschnack"],
  play: ["spiel", "spielen", "spielgruppe", "krabbeln", "krabbelgruppe", "spielkreis", "spielzeug", "play", "playgroup", "pekip"],
  movement: ["turnen", "bewegung", "bewegen", "sport", "psychomotorik", "toben", "gymnastik", "klettern", "fitness", "tanzen", "tanz", "yoga", "pekip"],
  swimming: ["schwimmen", "schwimmkurs", "wassergewöhnung", "wasser", "hallenbad", "schwimmbad", "bad", "planschen", "plantschen", "seepferdchen"],
  creative: ["malen", "basteln", "kreativ", "werken", "gestalten", "kunst", "atelier", "töpfern", "handwerk", "farbe", "zeichnen", "theater"],
  music: ["musik", "musikalisch", "singen", "lied", "lieder", "rhythmus", "instrument", "trommeln", "klang", "musikgarten", "chor"],
  nature: ["natur", "wald", "garten", "draußen", "naturerlebnis", "outdoor", "bauernhof", "tiere"],
  media: ["medien", "mediennutzung", "handy", "smartphone", "bildschirm", "internet", "tablet", "gaming", "computerspiel", "digital"],
  school: ["schule", "schulstart", "einschulung", "schulanfang", "vorschule", "schulreife", "grundschule", "übergang", "schulfähigkeit", "hippy", "vorschulgruppe", "maxigruppe", "wackelzahn"],
  homework: ["hausaufgaben", "nachhilfe", "lernhilfe", "hausaufgabenhilfe", "lernförderung"],
  homevisit: ["hausbesuch", "zuhause", "aufsuchend", "opstapje", "hippy", "wellcome", "willkommensbesuch", "babybesuch", "lotse", "lotsin"],
  care: ["betreuung", "betreut", "betreuen", "aufsicht", "kinderbetreuung", "notbetreuung", "babysitter"],
  offhours: ["randzeit", "randzeiten", "frühbetreuung", "spätbetreuung", "übermittagbetreuung", "frühdienst", "spätdienst", "spätgruppe", "frühgruppe", "schichtdienst", "schichtarbeit"],
  placement: ["vermittlung", "vermitteln", "betreuungsplatz", "platzvergabe", "platzsuche", "kitaplatz"],
  qualification: ["qualifizierung", "qualifikation", "fortbildung", "weiterbildung", "grundqualifizierung", "zertifikat", "zertifizierung"],
  holiday: ["ferien", "ferienbetreuung", "ferienprogramm", "sommerferien", "herbstferien", "osterferien", "winterferien", "ferienspiele", "ferienfreizeit", "stadtranderholung", "schließzeit", "schließtage"],
  work: ["beruf", "beruflich", "job", "arbeit", "wiedereinstieg", "bewerbung", "arbeitsmarkt", "ausbildung", "teilzeit", "vereinbarkeit", "karriere", "erwerbstätig"],
  attachment: ["bindung", "beziehung", "feinfühligkeit", "nähe"],
};

/** Concepts that say who an offering is for: they weigh less as topics and feed the audience checks. */
export const audienceConcepts: ReadonlySet<string> = new Set(["baby", "toddler", "child", "schoolchild", "teen", "parent", "mother", "father", "pregnant", "grandparent", "single", "migrant", "childminder", "professional"]);

/**
 * Words about where, when and how an offering takes place rather than what it is: they weigh little.
 * (Disjoint from the concept words; a unit test keeps it so.)
 */
export const minorWords: ReadonlySet<string> = new Set(
  `kita kitas kindertagesstätte kindergarten familienzentrum zentrum ort haus raum räume turnhalle saal stadtteil
  viertel quartier nachbarschaft offen offene vormittag vormittags nachmittag nachmittags morgens wochenende woche
  wöchentlich monatlich täglich 14tägig montag montags dienstag dienstags mittwoch mittwochs donnerstag donnerstags
  freitag freitags samstag samstags sonntag sonntags kostenlos kostenfrei gebühr gebühren euro anmeldung anmelden
  termin termine terminvereinbarung angebot angebote programm reihe gemeinsam zeit uhr jahr jahre alter monat
  monate woche wochen stunde stunden minuten einheit einheiten jeden jede teilnahme teilnehmen
  teilnehmende info infos information informationen kooperation leitung begleitung mitbringen material
  willkommen herzlich eingeladen neu ab bis mo di mi do fr sa`.split(/\s+/),
);
