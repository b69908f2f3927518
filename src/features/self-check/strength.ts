// The passphrase rule and the four-word suggestion. Loaded only when the visitor opens the save panel
// (SavePanel imports it dynamically), so neither list weighs on any page until then; it is a few KB
// in the offline copy. docs/DECISIONS.md, "A passphrase rule of our own".
//
// What it refuses: a passphrase that, once lower-cased, with look-alike digits read as letters
// (w4chtw00rd) and digits and signs at the ends taken off, is a common password, a keyboard or number
// run, one character repeated, or made only of this site's own words (its name, its pages, the
// organisations it names): those are the first guesses of anyone who finds a saved record.
import { organisationIds } from '../../logic/organisations.ts';

/** Common passwords and their Dutch favourites, in the form the rule compares (letters only). */
const COMMON = new Set(
  (
    'password passwort wachtwoord wachtwoorden paswoord geheim geheimpje welkom welkom wachten letmein ' +
    'qwerty qwertyuiop azerty asdf asdfgh asdfghjkl zxcvbn qazwsx abc abcdef abcdefgh abcd iloveyou ' +
    'ikhouvanjou liefde schatje lieverd monkey dragon master admin administrator login welcome sunshine ' +
    'princess football voetbal ajax feyenoord psv soccer baseball shadow superman batman michael jordan ' +
    'hello hallo doei test testen trustno daniel thomas jessica charlie computer internet samsung apple ' +
    'google whatever freedom starwars pokemon minecraft fortnite secret changeme default nederland ' +
    'holland amsterdam rotterdam utrecht oranje zomer winter lente herfst januari februari maart ' +
    'april mei juni juli augustus september oktober november december maandag dinsdag woensdag ' +
    'donderdag vrijdag zaterdag zondag mamma pappa mama papa kindje familie jezus jesus god gods ' +
    'hemel amen geloof bijbel kerk blessed angel engel'
  ).split(' '),
);

/** The site's own words: its name and pages, and every word of the organisations it names. */
const SITE_WORDS = [
  ...'hulpwijzer hulp wijzer zelfcheck check kenmerken naasten professionals samen kijken veilig gebruiken snel weg alles wissen groep groepen dwang sekte controle onder bewaren antwoorden'.split(
    ' ',
  ),
  ...organisationIds.flatMap((id) => id.split('-')),
]
  .filter((w) => /^[a-z]{2,}$/.test(w))
  .sort((a, b) => b.length - a.length); // longest first, so "hulpwijzer" is taken before "hulp"

const LOOK_ALIKES: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};
const RUNS = ['abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm', 'azertyuiopqsdfghjklmwxcvbn', '01234567890'];

/** Only the site's words, possibly more than once ("veiligthuisfier")? */
function onlySiteWords(letters: string): boolean {
  if (!letters) return true;
  return SITE_WORDS.some((word) => letters.startsWith(word) && onlySiteWords(letters.slice(word.length)));
}

/** True when the passphrase is among the first guesses (see above). Length is checked elsewhere. */
export function isGuessable(passphrase: string): boolean {
  const lower = passphrase.toLowerCase().replace(/\s+/g, '');
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, ''); // "wachtwoord1!" → "wachtwoord"
  const read = lower.replace(/[013457@$!]/g, (c) => LOOK_ALIKES[c]!).replace(/[^a-z]/g, '');
  if (!core || new Set(lower).size < 4) return true; // only digits or signs; "aaaaaaaa"; "abababab"
  if (RUNS.some((run) => run.includes(lower) || run.includes(core))) return true;
  return [core.replace(/[^a-z]/g, ''), read].some((letters) => COMMON.has(letters) || onlySiteWords(letters));
}

/** Short, common, neutral Dutch words for the suggestion: nothing about the app or its subject. */
export const WORDS = [
  ...new Set(
    (
      'appel bakker balkon banaan beker berg bloem boom boot brood brug bureau bus dak deur dijk doos ' +
      'draak duin eend emmer fiets fluit gitaar glas gras haven heuvel hoed honing horloge huis jas ' +
      'kaars kaas kameel kast katoen kers kever kikker klok knoop koffie konijn kopje kraan krant ' +
      'kussen laars lamp lepel lint lucht maan mand markt meloen melk molen mos muis mus noot ' +
      'oven paard pan papier park pen peper piano plant plein pompoen pot raam regen riet rivier ' +
      'rots schaap schelp schip schoen sjaal sla slak sleutel sneeuw sok soep spiegel spin stoel ' +
      'storm strand stroop suiker tafel tak tas tegel tent tijger toren trein trui tuin ui uil vaas ' +
      'veer vijver vis vlag vlinder vogel vork vos vuur wagen water wiel wind wolk wortel zand zeep ' +
      'zeil zon zout zwaan ananas anker arend baai beuk bever bij blad boter bril citroen dadel das ' +
      'deken dolfijn duif ezel fazant garnaal geit gember gieter hamer haring hert hooi ijzer inkt ' +
      'jurk kaart kabel kano karton kastanje kip klaver kompas kool korf kreeft kruik kurk ladder ' +
      'lelie linde mango mantel marmer meeuw mier mossel nagel narcis olijf orgel otter pad palm ' +
      'peer pijl pinguin plank pluim pruim radijs reiger ring roos rups salie schaar schors slee ' +
      'slinger specht sperzie spons staart steen ster stok stro tegel tomaat tulp turf vijg vink ' +
      'vlieger walnoot wesp wilg wol zalm zebra zeef zegel zwam'
    ).split(' '),
  ),
];

/** A random whole number below `below`, without the bias of a plain remainder. */
function randomBelow(below: number): number {
  const limit = Math.floor(0x1_0000_0000 / below) * below;
  const one = new Uint32Array(1);
  do crypto.getRandomValues(one);
  while (one[0]! >= limit);
  return one[0]! % below;
}

/** Four words picked at random from WORDS, joined by dashes ("kikker-toren-soep-wilg"). */
export function suggestPassphrase(): string {
  return Array.from({ length: 4 }, () => WORDS[randomBelow(WORDS.length)]!).join('-');
}
