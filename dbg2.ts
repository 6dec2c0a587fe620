import { germanLexicon } from "./app/modules/overlaps/lexicon.server";
import { splitCompound } from "./app/modules/overlaps/german";
const lex = germanLexicon();
console.log(lex.size);
for (const w of ["migration","beratung","migrationsberatung","erziehungsberatung","schuldnerberatung","familienhebamme","stillcafé","elterncafe","krabbelgruppe","schwimmkurs","hallenbad","sprechstunde","vorschulprogramm","musikalische","früherziehung","randzeiten","kindertagespflege","hausaufgabenhilfe","wassergewöhnung","schwangerschaftsgymnastik","rückbildungsgymnastik","integrationskurs"]) console.log(w, lex.has(w), splitCompound(w, lex));
