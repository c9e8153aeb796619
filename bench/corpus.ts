/**
 * A deterministic synthetic corpus for the build benchmark: N articles, a glossary of 60 actors,
 * N/20 explainers, N/10 events, 20 places and the counts file, all in the formats of
 * `src/schemas/*.ts`, and all passing the real build's checks (every quote is in its paragraph,
 * every reference resolves, no alias is claimed twice).
 *
 * `buildCorpus` is pure: the same options always give byte-identical files. Each article draws
 * from its own random stream (`article:<i>`), so the first 1,000 articles of a 5,000-article
 * corpus are the 1,000 articles of the 1,000-article corpus, and `addedArticle` is the article a
 * larger corpus would add next (the rebuild measure writes it).
 *
 * The text is pseudo-news built from sentence templates: it names actors by name, by alias
 * (spellings, translations, abbreviations) and sometimes by their Arabic name, places by name and
 * variant, and villages and people that are not in the glossary (so the search index's vocabulary
 * grows with N, as a real one would). Nothing in it is MDX or Markdown syntax: no braces, angle
 * brackets, straight double quotes, asterisks, underscores or leading digits.
 */
import { createHash } from 'node:crypto';
import { termKey } from '../src/lib/glossary/variants.ts';
import { slugify } from '../src/lib/slug.ts';
import { createRng, type Rng } from './prng.ts';

/** What to generate. */
export interface CorpusOptions {
  /** The number of articles. */
  n: number;
  /** The seed: the same seed gives the same corpus. */
  seed: number;
}

/** One generated file, its path relative to the project root. */
export interface CorpusFile {
  path: string;
  content: string;
}

/** What the corpus holds. */
export interface CorpusStats {
  articles: number;
  actors: number;
  explainers: number;
  events: number;
  places: number;
  counts: number;
  /** Outside sources (`content/sources/`). */
  sources: number;
  /** Numbered paragraphs over all articles. */
  paragraphs: number;
  /** `<Cite>` elements over all explainer and actor bodies. */
  cites: number;
  /** Words of article text. */
  words: number;
}

/** The corpus: its files, sorted by path, and what they hold. */
export interface Corpus {
  files: CorpusFile[];
  stats: CorpusStats;
  /** Search queries a reader might type, for the first-query measure: the same for every n. */
  queries: string[];
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const CORE_START = ['Zar', 'Nas', 'Had', 'Qab', 'Far', 'Jal', 'Tam', 'Sab', 'Mah', 'Rad', 'Kas', 'Bad', 'Lat', 'Wah', 'Dar', 'Sal', 'Ham', 'Naj', 'Rab', 'Taw', 'Ghaz', 'Shar', 'Khal', 'Yas', 'Muq', 'Thab'];
const CORE_END = ['qan', 'rawi', 'id', 'ran', 'adi', 'ir', 'un', 'abi', 'iya', 'ani', 'ush', 'ara', 'im', 'ayn', 'aj', 'ul', 'ith', 'ah'];
const FIRST_NAMES = ['Hamid', 'Karim', 'Yusuf', 'Salim', 'Tariq', 'Nabil', 'Faris', 'Walid', 'Ziyad', 'Anwar', 'Bashir', 'Qasim', 'Jawad', 'Raed', 'Mazen', 'Adnan'];
const VOICE_FIRST = ['Renata', 'Malcolm', 'Laura', 'Tomas', 'Hannah', 'Dmitri', 'Sarah', 'Jonah', 'Ingrid', 'Colin'];
const VOICE_LAST = ['Whitfield', 'Marlowe', 'Okonkwo', 'Lindqvist', 'Bauer', 'Castellan', 'Moreau', 'Haddon', 'Ferreira', 'Ashby'];
const LOCAL_FIRST = ['Abbas', 'Mustafa', 'Jamal', 'Layla', 'Huda', 'Samir', 'Rania', 'Omar', 'Nour', 'Khalil', 'Amal', 'Fadi', 'Ruqaya', 'Basim', 'Dalia', 'Imad', 'Suha', 'Hisham', 'Maha', 'Wael'];
const LOCAL_SYL = ['ja', 'bu', 'ri', 'ha', 'ma', 'lo', 'qu', 'sa', 'di', 'ne', 'fa', 'to', 'ki', 'wa', 'zu', 'ye', 'sha', 'kha', 'dra', 'mir'];
const VILLAGE_PREFIX = ['Tal', 'Ain', 'Umm', 'Hay', 'Kafr', 'Bayt', 'Ras', 'Qaryat'];
const PUBLISHERS = ['The Gulf Ledger', 'Levant Daily', 'The Northern Courier', 'The Desert Post', 'Meridian Wire', 'Two Rivers Review', 'The Crescent Times', 'Harbour Telegraph', 'Eastern Observer', 'The Frontier Journal', 'Basin Report', 'The Coastal Herald'];
const AGENCIES = ['Reuters', 'AP', 'AFP'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEAPONS = ['drone', 'rocket', 'missile', 'mortar', 'one-way attack drone', 'roadside bomb', 'ballistic missile', 'rocket salvo'];
const TARGETS = ['base', 'outpost', 'convoy', 'airfield', 'logistics hub', 'patrol', 'checkpoint', 'embassy compound', 'supply route', 'garrison', 'radar station', 'fuel depot'];
const FACILITIES = ['weapons depots', 'command centres', 'training camps', 'storage sites', 'headquarters buildings', 'drone launch sites', 'ammunition stores', 'communication nodes', 'logistics warehouses', 'missile workshops'];
const PEOPLE = ['fighters', 'civilians', 'soldiers', 'service members', 'contractors', 'members of the group', 'guards', 'recruits'];
const ADJECTIVES = ['precise', 'retaliatory', 'deliberate', 'limited', 'proportionate', 'unprecedented', 'sustained', 'coordinated', 'punishing', 'symbolic', 'calibrated'];
const SOURCES = ['local sources', 'a security official', 'hospital officials', 'a monitoring group', 'a militia official', 'provincial authorities', 'medical workers', 'two residents'];
const LOCAL_ROLES = ['shopkeeper', 'farmer', 'teacher', 'council member', 'nurse', 'taxi driver', 'tribal elder', 'student', 'mechanic', 'pharmacist'];
const DAMAGE = ['a fire that burned for hours', 'damage to two hangars', 'minor damage to a perimeter wall', 'the collapse of a storage shed', 'power cuts across the district', 'damage to several vehicles'];
const STRUCTURES = ['buildings', 'vehicles', 'warehouses', 'launch pads', 'trucks', 'bunkers'];
const INJURIES = ['traumatic brain injuries', 'minor injuries', 'shrapnel wounds', 'concussions', 'burns'];
const COUNTRIES_IN_TEXT = ['Iraq', 'Syria', 'the region', 'eastern Syria', 'western Iraq'];
const QUOTE_CLAUSES = [
  'This is a message that the rules of the game have changed',
  'Nobody wants a wider war, but nobody wants to look weak either',
  'The strikes were designed to hurt without provoking a bigger response',
  'Every attack invites a response, and every response invites another attack',
  'They will answer through rhetoric and the media, because a military answer would cost them more',
  'The government is caught between its partners and its neighbours',
  'We have heard this warning many times, and the attacks have not stopped',
  'It is a calculated escalation, not a change of strategy',
  'The groups are testing how far they can go before the response becomes severe',
  'For the people who live here, each round of strikes means another night without sleep',
  'Deterrence only works when both sides believe the threat',
  'The question is not whether there will be another attack, but when',
];
const VOICE_ROLES = ['director of the Iraq programme at the Levant Policy Centre', 'a senior fellow at the Gulf Studies Forum', 'a researcher at the Institute for Border Security', 'a former defence official', 'an analyst at the Two Rivers Institute', 'a professor of international relations'];
const HEADINGS = ['What the sources say', 'Background', 'The attacks', 'The response', 'Who is behind it', 'What remains unclear', 'The wider conflict', 'What happened next'];

// ---------------------------------------------------------------------------------------------
// Dates

/** Days since 1970-01-01 for a `YYYY-MM-DD` date. */
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86400000;
/** `YYYY-MM-DD` for a day number. */
const isoOf = (day: number): string => new Date(day * 86400000).toISOString().slice(0, 10);
/** "15 November 2023". */
function dayLabel(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}
const START = dayOf('2019-07-01');
const END = dayOf('2024-09-30');
const SURGE_START = dayOf('2023-10-07');
const SURGE_END = dayOf('2024-02-28');

/** A publication date: a third in the surge of October 2023 to February 2024, the rest spread out. */
function randomDate(rng: Rng): string {
  return isoOf(rng.chance(0.35) ? rng.int(SURGE_START, SURGE_END) : rng.int(START, END));
}

// ---------------------------------------------------------------------------------------------
// Names

/** Claims glossary keys, so no alias is claimed by two actors or places (the build would stop). */
class KeyRegistry {
  private readonly owners = new Map<string, string>();

  /** True when `text` is free or already `owner`'s; claims it. */
  claim(text: string, owner: string): boolean {
    const key = termKey(text);
    if (key === '') return false;
    const taken = this.owners.get(key);
    if (taken !== undefined && taken !== owner) return false;
    this.owners.set(key, owner);
    return true;
  }
}

const ARABIC: Readonly<Record<string, string>> = {
  a: 'ا', b: 'ب', c: 'ك', d: 'د', e: 'ي', f: 'ف', g: 'غ', h: 'ه', i: 'ي', j: 'ج', k: 'ك', l: 'ل', m: 'م', n: 'ن', o: 'و', p: 'ب', q: 'ق', r: 'ر', s: 'س', t: 'ت', u: 'و', v: 'ف', w: 'و', x: 'كس', y: 'ي', z: 'ز', "'": 'ع',
};

/** A rough Arabic-script spelling of a Latin name (letters only; the article al- becomes ال). */
export function toArabic(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => {
      let w = word.toLowerCase();
      let prefix = '';
      if (w.startsWith('al-')) {
        prefix = 'ال';
        w = w.slice(3);
      }
      return prefix + [...w].map((c) => ARABIC[c] ?? '').join('');
    })
    .join(' ');
}

const ABBREVIATION_STOPLIST = new Set(['US', 'UN', 'AP', 'UK', 'EU', 'IS', 'PM', 'MP', 'TV', 'AM', 'AFP', 'ID', 'OK', 'IT']);

/** An alias of an actor, as written in its file. */
interface Alias {
  text: string;
  type: 'transliteration' | 'spelling' | 'translation' | 'abbreviation' | 'short-name' | 'title' | 'real-name' | 'former-name' | 'front-name' | 'native-script' | 'metonym';
  lang?: string;
  ambiguous?: boolean;
}

type ActorKind = 'armed-group' | 'umbrella' | 'state' | 'state-body' | 'government' | 'organisation' | 'person' | 'quoted-voice';

/** A synthetic actor. */
interface ActorDef {
  slug: string;
  name: string;
  kind: ActorKind;
  description: string;
  aliases: Alias[];
  /** The Latin-script names text may use for it, name first (ambiguous ones excluded). */
  forms: string[];
  /** Its abbreviation, if it has one. */
  abbreviation?: string;
  /** Its Arabic-script alias, if it has one. */
  arabic?: string;
  /** Its translated name, if it has one. */
  translation?: string;
}

/** A synthetic place. */
interface PlaceDef {
  slug: string;
  name: string;
  variants: { text: string; lang?: string }[];
  country: 'Iraq' | 'Syria' | 'Jordan';
  lat: number;
  lon: number;
  precision: 'site' | 'town' | 'area' | 'region';
  description: string;
}

/** A synthetic outside source (`content/sources/`): a statement, briefing or report with a few facts. */
interface SourceDef {
  slug: string;
  facts: string[];
  content: string;
}

/** The outside sources every corpus has, whatever its size: the ones article corrections cite. */
const BASE_SOURCES = 8;
const SOURCE_PUBLISHERS: readonly (readonly [string, 'official-statement' | 'briefing' | 'casualty-release' | 'news-report', string])[] = [
  ['US Central Command', 'official-statement', 'Statement on US strikes'],
  ['US Department of Defense', 'briefing', 'Press briefing on attacks on US forces'],
  ['US Department of Defense', 'casualty-release', 'Release on US casualties'],
  ['Joint Staff', 'briefing', 'Briefing on US strikes'],
  ['AP', 'news-report', 'Report on US strikes'],
  ['Reuters', 'news-report', 'Report on the attacks and the US response'],
  ['AFP', 'news-report', 'Report on strikes'],
];

/** Outside source `k`, from its own stream, so the first sources of a larger corpus are those of a smaller one. */
function buildSource(k: number, seed: number, places: readonly PlaceDef[], slugs: Map<string, number>): SourceDef {
  const r = createRng(seed).fork(`source:${k}`);
  const [publisher, kind, title] = r.pick(SOURCE_PUBLISHERS);
  const date = randomDate(r);
  const place = r.pick(places);
  const facts: [string, string][] = [
    ['strikes', `On ${dayLabel(date)} US forces struck ${r.int(2, 9)} ${r.pick(FACILITIES)} near ${place.name}.`],
    ['attack', `The strikes followed ${aa(r.pick(WEAPONS))} attack on ${aa(r.pick(TARGETS))} near ${r.pick(places).name}.`],
    ['killed', `${r.int(2, 30)} ${r.pick(PEOPLE)} were killed, according to ${publisher}.`],
    ['injured', `${r.int(2, 40)} US service members suffered ${r.pick(INJURIES)}.`],
  ];
  const kept = [facts[0] as [string, string], ...r.sample(facts.slice(1), r.int(1, 3))];
  const slug = uniqueSlug(`${slugify(publisher)}-${kind}-${date}`, slugs);
  const content = [
    `# Synthetic outside source for the benchmark corpus.`,
    `publisher: ${q(publisher)}`,
    `title: ${q(`${title} near ${place.name}`)}`,
    `kind: ${kind}`,
    `date: ${q(date)}`,
    `origin: ${q("Editor's facts, benchmark corpus")}`,
    'facts:',
    ...kept.flatMap(([key, text]) => [`  - key: ${key}`, `    text: ${q(text)}`]),
    '',
  ].join('\n');
  return { slug, facts: kept.map(([key]) => key), content };
}

/** A YAML flow mapping citing a fact of an outside source. */
const sourceCite = (r: Rng, source: SourceDef): string => `{ source: ${source.slug}, fact: ${r.pick(source.facts)} }`;

/** Points well inside each country's outline, so every marker lands on the map. */
const PLACE_POINTS: readonly (readonly [PlaceDef['country'], number, number])[] = [
  ['Iraq', 33.31, 44.36], ['Iraq', 36.34, 43.13], ['Iraq', 30.51, 47.78], ['Iraq', 35.47, 44.39], ['Iraq', 36.19, 44.01], ['Iraq', 33.42, 43.3], ['Iraq', 32.0, 44.33], ['Iraq', 34.6, 43.68], ['Iraq', 34.37, 41.09],
  ['Syria', 33.51, 36.29], ['Syria', 36.2, 37.13], ['Syria', 34.73, 36.72], ['Syria', 35.34, 40.14], ['Syria', 35.95, 39.01], ['Syria', 34.55, 38.27], ['Syria', 36.5, 40.75], ['Syria', 35.01, 40.45],
  ['Jordan', 31.95, 35.93], ['Jordan', 32.34, 36.21], ['Jordan', 32.07, 36.09],
];
const PLACE_PREFIX: readonly (readonly [string, string])[] = [['Tal', 'Tell'], ['Qasr', 'Kasr'], ['Jisr', 'Jisir'], ['Wadi', 'Wady'], ['Bir', 'Beer'], ['Deir', 'Dayr'], ['Khirbat', 'Khirbet'], ['Hawsh', 'Housh'], ['Ayn', 'Ein'], ['Suq', 'Souk']];

/** Unique core words ("Zarqan", "Hadrawi") for names, in a seeded order. */
function coreWords(rng: Rng): string[] {
  const all: string[] = [];
  for (const a of CORE_START) for (const b of CORE_END) all.push(a + b);
  return rng.shuffle(all);
}

/** The glossary (60 actors) and the places (20). */
function buildGlossary(rng: Rng): { actors: ActorDef[]; places: PlaceDef[] } {
  const cores = coreWords(rng);
  let next = 0;
  const core = (): string => cores[next++] as string;
  const keys = new KeyRegistry();
  const actors: ActorDef[] = [];
  const slugs = new Set<string>();

  const add = (name: string, kind: ActorKind, description: string, aliases: Alias[]): ActorDef => {
    let slug: string = slugify(name);
    for (let k = 2; slugs.has(slug); k++) slug = `${slugify(name)}-${k}`;
    slugs.add(slug);
    if (!keys.claim(name, slug)) throw new Error(`corpus: the name ${name} is taken`);
    const kept = aliases.filter((a) => (a.ambiguous ? true : keys.claim(a.text, slug)));
    const actor: ActorDef = {
      slug,
      name,
      kind,
      description,
      aliases: kept,
      forms: [name, ...kept.filter((a) => !a.ambiguous && a.type !== 'native-script').map((a) => a.text)],
    };
    const abbreviation = kept.find((a) => a.type === 'abbreviation');
    if (abbreviation) actor.abbreviation = abbreviation.text;
    const arabic = kept.find((a) => a.type === 'native-script');
    if (arabic) actor.arabic = arabic.text;
    const translation = kept.find((a) => a.type === 'translation');
    if (translation) actor.translation = translation.text;
    actors.push(actor);
    return actor;
  };

  /** An abbreviation from initials, lengthened until it is free and not a common capitalised word. */
  const abbreviate = (words: string[], owner: string): string | undefined => {
    const letters = words.filter((w) => !/^al$/i.test(w)).map((w) => w[0]!.toUpperCase());
    const extra = words.join('').replace(/[^A-Za-z]/g, '').toUpperCase().slice(1);
    for (let len = letters.length; len <= letters.length + 3; len++) {
      const candidate = (letters.join('') + extra).slice(0, Math.max(2, len));
      if (!ABBREVIATION_STOPLIST.has(candidate) && candidate.length >= 2 && keys.claim(candidate, owner)) return candidate;
    }
    return undefined;
  };

  // States: the United States and a patron, as the real glossary has them, and four more.
  add('United States', 'state', 'The state whose forces in the region are attacked by armed groups, and which strikes those groups in return.', [
    { text: 'US', type: 'abbreviation' },
    { text: 'U.S.', type: 'abbreviation' },
    { text: 'United States of America', type: 'title' },
    { text: 'Washington', type: 'metonym', ambiguous: true },
  ]);
  add('Iran', 'state', 'The state that backs most of the armed groups that attack US forces in Iraq and Syria.', [
    { text: 'Islamic Republic of Iran', type: 'title' },
    { text: 'ایران', type: 'native-script', lang: 'fa' },
    { text: 'إيران', type: 'native-script', lang: 'ar' },
  ]);
  for (let i = 0; i < 4; i++) {
    const c = core();
    add(`Republic of ${c}`, 'state', `A state in the region whose government both hosts foreign troops and tolerates the groups that attack them.`, [
      { text: c, type: 'short-name' },
      { text: toArabic(c), type: 'native-script', lang: 'ar' },
    ]);
  }

  // State bodies.
  add('US Central Command', 'state-body', 'The US military command for the Middle East, which announces and carries out US strikes in Iraq and Syria.', [
    { text: 'CENTCOM', type: 'abbreviation' },
    { text: 'Central Command', type: 'short-name' },
  ]);
  add('US Department of Defense', 'state-body', 'The US ministry of defence, which reports attacks on US forces and casualty figures.', [
    { text: 'Pentagon', type: 'metonym' },
    { text: 'DoD', type: 'abbreviation' },
  ]);
  for (const body of ['Guard Corps', 'Intelligence Directorate', 'Border Command', 'Interior Ministry']) {
    const c = core();
    const name = `${c} ${body}`;
    const abbr = abbreviate(name.split(' '), slugify(name));
    add(name, 'state-body', `A state body of ${c} that the sources describe as arming, training or policing the armed groups.`, [
      ...(abbr ? [{ text: abbr, type: 'abbreviation' as const }] : []),
      { text: `${body} of ${c}`, type: 'spelling' },
    ]);
  }

  // Governments and organisations.
  for (let i = 0; i < 4; i++) {
    const c = core();
    add(`Government of ${c}`, 'government', `The government of ${c}, which condemns strikes on its territory and tries to restrain the armed groups.`, [
      { text: `${c} cabinet`, type: 'short-name' },
      { text: `${c}i government`, type: 'spelling' },
    ]);
  }
  for (const org of ['Relief Council', 'Observatory for Human Rights', 'Red Crescent Committee', 'Monitoring Network']) {
    const c = core();
    const name = `${c} ${org}`;
    const abbr = abbreviate(name.split(' '), slugify(name));
    add(name, 'organisation', `A monitoring or relief organisation whose casualty counts the sources quote.`, abbr ? [{ text: abbr, type: 'abbreviation' }] : []);
  }

  // Umbrellas and armed groups.
  for (let i = 0; i < 3; i++) {
    const c = core();
    const name = `${c} Mobilisation Front`;
    const abbr = abbreviate([c, 'Mobilisation', 'Front'], slugify(name));
    add(name, 'umbrella', `An umbrella of armed factions, formally part of the state's forces, under which several of the groups operate.`, [
        { text: `Hashd al-${c}`, type: 'transliteration' },
        { text: `${c} Mobilization Front`, type: 'spelling' },
        ...(abbr ? [{ text: abbr, type: 'abbreviation' as const }] : []),
      { text: toArabic(`Hashd al-${c}`), type: 'native-script', lang: 'ar' },
    ]);
  }
  const PREFIXES: readonly (readonly [string, string, string])[] = [
    ['Kataib', 'Kataeb', 'Brigades'], ['Harakat', 'Haraka', 'Movement'], ['Liwa', 'Liwaa', 'Brigade'], ['Saraya', 'Sarayat', 'Companies'],
    ['Asaib', 'Asayib', 'League'], ['Jaish', 'Jaysh', 'Army'], ['Quwat', 'Quwwat', 'Forces'], ['Firqat', 'Firqa', 'Division'],
  ];
  for (let i = 0; i < 22; i++) {
    const [prefix, variant, translation] = PREFIXES[i % PREFIXES.length] as readonly [string, string, string];
    const c = core();
    const name = `${prefix} ${c}`;
    const slug = slugify(name);
    const abbr = abbreviate([prefix, c], slug);
    add(name, 'armed-group', `An armed group in the region, backed by a foreign state, that the sources link to attacks on US forces and that US strikes have hit.`, [
        { text: `${variant} ${c}`, type: 'transliteration' },
        { text: `${c} ${translation}`, type: 'translation' },
        ...(abbr ? [{ text: abbr, type: 'abbreviation' as const }] : []),
      { text: toArabic(name), type: 'native-script', lang: 'ar' },
    ]);
  }

  // People: leaders, and analysts the sources quote.
  const firstNames = rng.shuffle(FIRST_NAMES);
  for (let i = 0; i < 12; i++) {
    const c = core();
    const first = firstNames[i % firstNames.length] as string;
    const name = `${first} al-${c}`;
    add(name, 'person', `A commander or official whom the sources name in connection with the armed groups and the strikes on them.`, [
      { text: `${first} Al ${c}`, type: 'spelling' },
      { text: `Abu ${c}`, type: 'front-name' },
      { text: `Sheikh ${first} al-${c}`, type: 'title' },
      { text: toArabic(name), type: 'native-script', lang: 'ar' },
    ]);
  }
  const voiceNames = rng.sample(VOICE_FIRST.flatMap((f) => VOICE_LAST.map((l) => `${f} ${l}`)), 3);
  for (const name of voiceNames) {
    add(name, 'quoted-voice', `An analyst whom the sources quote on the strikes and on the armed groups.`, []);
  }

  // Places.
  const places: PlaceDef[] = [];
  const prefixes = rng.shuffle(PLACE_PREFIX);
  PLACE_POINTS.forEach(([country, lat, lon], i) => {
    const [prefix, alt] = prefixes[i % prefixes.length] as readonly [string, string];
    const c = core();
    const name = `${prefix} ${c}`;
    const slug = slugify(name);
    const owner = `place:${slug}`;
    if (!keys.claim(name, owner)) throw new Error(`corpus: the place name ${name} is taken`);
    const variants: PlaceDef['variants'] = [];
    if (keys.claim(`${alt} ${c}`, owner)) variants.push({ text: `${alt} ${c}` });
    const arabic = toArabic(name);
    if (keys.claim(arabic, owner)) variants.push({ text: arabic, lang: 'ar' });
    const precision = (['site', 'town', 'town', 'area', 'region'] as const)[i % 5] as PlaceDef['precision'];
    places.push({ slug, name, variants, country, lat, lon, precision, description: `A ${precision === 'site' ? 'military site' : precision === 'town' ? 'town' : 'district'} in ${country} where the sources report attacks and strikes.` });
  });
  return { actors, places };
}

// ---------------------------------------------------------------------------------------------
// Articles

/** A sentence of an article, with the actors and places it names. */
interface Sentence {
  text: string;
  actors: string[];
}

/** A numbered (citable) paragraph: a paragraph or a list item. */
interface Paragraph {
  n: number;
  sentences: Sentence[];
  text: string;
  /** True for a list item. */
  item: boolean;
}

/** A generated article. */
interface ArticleDef {
  slug: string;
  date: string;
  publisher: string;
  paragraphs: Paragraph[];
  content: string;
  words: number;
  /** It has a correction: nothing cites it, since corrected words may only be cited as the article's claim. */
  corrected: boolean;
}

/** A citable passage: an article paragraph and a sentence of it. */
interface Passage {
  article: string;
  paragraph: number;
  sentence: string;
  date: string;
  publisher: string;
}

/** The actors an article is about, by role. */
interface Cast {
  group: ActorDef;
  group2: ActorDef;
  umbrella: ActorDef;
  us: ActorDef;
  patron: ActorDef;
  body: ActorDef;
  person: ActorDef;
  voice: ActorDef;
  government: ActorDef;
  organisation: ActorDef;
  place: PlaceDef;
  place2: PlaceDef;
}

/** Writes one sentence: the text, and the actors named in it. */
class SentenceWriter {
  private readonly seen = new Set<string>();
  private named: string[] = [];
  private readonly rng: Rng;

  constructor(rng: Rng) {
    this.rng = rng;
  }

  /** The actor under a name text may use: its name first, then any of its forms. */
  a(actor: ActorDef): string {
    this.named.push(actor.slug);
    const first = !this.seen.has(actor.slug);
    this.seen.add(actor.slug);
    if (first && this.rng.chance(0.75)) return actor.name;
    return this.rng.pick(actor.forms);
  }

  /** A place under its name or a Latin-script variant. */
  p(place: PlaceDef): string {
    const latin = place.variants.filter((v) => v.lang === undefined).map((v) => v.text);
    return latin.length > 0 && this.rng.chance(0.3) ? this.rng.pick(latin) : place.name;
  }

  /** Records an actor named by a fixed text. */
  record(actor: ActorDef): void {
    this.named.push(actor.slug);
    this.seen.add(actor.slug);
  }

  /** Ends a sentence: its text and the actors named in it. */
  done(text: string): Sentence {
    const out = { text, actors: [...new Set(this.named)] };
    this.named = [];
    return out;
  }
}

/** A name of someone or somewhere outside the glossary: the vocabulary grows with the corpus. */
function localName(rng: Rng): string {
  const syl = (k: number): string => Array.from({ length: k }, () => rng.pick(LOCAL_SYL)).join('');
  const last = syl(rng.int(2, 3));
  return `${rng.pick(LOCAL_FIRST)} ${last[0]!.toUpperCase()}${last.slice(1)}`;
}
function villageName(rng: Rng): string {
  const syl = Array.from({ length: rng.int(2, 3) }, () => rng.pick(LOCAL_SYL)).join('');
  return `${rng.pick(VILLAGE_PREFIX)} ${syl[0]!.toUpperCase()}${syl.slice(1)}`;
}

/** The word with its indefinite article: "a drone", "an outpost". */
const aa = (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
/** The text with a capital first letter. */
const cap = (text: string): string => `${text[0]!.toUpperCase()}${text.slice(1)}`;

type Template = (w: SentenceWriter, c: Cast, r: Rng, pub: string) => string;

/** The sentence templates of article bodies. */
const TEMPLATES: readonly Template[] = [
  (w, c, r) => `${w.a(c.group)} claimed responsibility for ${aa(r.pick(WEAPONS))} attack on ${aa(r.pick(TARGETS))} near ${w.p(c.place)} on ${r.pick(WEEKDAYS)}.`,
  (w, c, r) => `US forces struck ${r.int(2, 9)} ${r.pick(FACILITIES)} used by ${w.a(c.group)} and affiliated groups near ${w.p(c.place)}, ${w.a(c.body)} said in a statement.`,
  (_w, _c, r) => `${r.pick(['At least', 'More than'])} ${r.int(2, 40)} ${r.pick(PEOPLE)} were killed and ${r.int(2, 60)} injured in the strikes, according to ${r.pick(SOURCES)}.`,
  (w, c, r) => `“${r.pick(QUOTE_CLAUSES)},” said ${w.a(c.voice)}, ${r.pick(VOICE_ROLES)}.`,
  (w, c, r) => `${w.a(c.person)}, who leads ${w.a(c.group)}, warned of ${aa(r.pick(ADJECTIVES))} response against US forces.`,
  (w, c, r) => `${w.a(c.group)} falls under ${w.a(c.umbrella)}, an umbrella of ${r.int(5, 60)} armed factions backed by ${w.a(c.patron)}.`,
  (w, c) => `Officials of the ${w.a(c.government)} said they had not been told of the strikes in advance.`,
  (w, c, r) => `${w.a(c.group2)} denied any involvement in the attack, which came ${r.int(2, 20)} days after ${aa(r.pick(WEAPONS))} struck ${w.p(c.place2)}.`,
  (w, c, r) => `The ${r.pick(ADJECTIVES)} exchange is part of a series of retaliations between ${w.a(c.us)} and ${w.a(c.patron)}, analysts say.`,
  (_w, _c, r) => `Residents of ${villageName(r)} said they heard ${r.int(2, 12)} explosions shortly after midnight.`,
  (_w, _c, r, pub) => `${localName(r)}, ${aa(r.pick(LOCAL_ROLES))} in ${villageName(r)}, told ${pub} that families had left the area after the strikes.`,
  (w, c, r) => `${w.a(c.body)} said the strikes were ${r.pick(ADJECTIVES)} and designed to avoid a wider escalation.`,
  (w, c, r) => `The ${w.a(c.organisation)} said ${r.int(2, 30)} civilians were among the dead, a figure officials dispute.`,
  (w, c, r) => `The ${w.a(c.us)} keeps about ${r.int(9, 25)}00 troops in ${r.pick(COUNTRIES_IN_TEXT)} as part of a coalition against the remnants of the insurgency.`,
  (w, c) => {
    w.record(c.group);
    return `The group, also known as ${c.group.translation ?? c.group.name}, has been designated a terrorist organisation by Washington.`;
  },
  (w, c, r) => `Since ${r.pick(MONTHS)} ${r.int(2019, 2024)}, ${w.a(c.group)} and other groups have carried out at least ${r.int(10, 170)} attacks on bases housing US personnel.`,
  (w, c, r) => `${w.a(c.voice)} said the ${r.pick(ADJECTIVES)} strikes were meant to reinforce the unwritten rules of the conflict.`,
  (w, c) => `The ${w.a(c.government)} condemned the strikes as a violation of its sovereignty.`,
  (w, c, r) => `A spokesman for ${w.a(c.group)} said the group would continue its operations until foreign forces leave ${r.pick(COUNTRIES_IN_TEXT)}.`,
  (w, c) => `${w.a(c.patron)} denied directing the attacks but said its allies had the right to respond.`,
  (w, c, r) => `${w.a(c.person)} was seen at a funeral in ${w.p(c.place)} on ${r.pick(WEEKDAYS)}, according to ${r.pick(SOURCES)}.`,
  (w, c, r) => `The ${r.pick(WEAPONS)} hit ${aa(r.pick(TARGETS))} at ${w.p(c.place)} shortly before dawn, causing ${r.pick(DAMAGE)}.`,
  (w, c, r, pub) => `Satellite images reviewed by ${pub} showed ${r.int(2, 14)} destroyed ${r.pick(STRUCTURES)} at the site near ${w.p(c.place)}.`,
  (w, c, r) => {
    if (!c.group.abbreviation) return `${w.a(c.group)} has long attacked US forces and sent fighters to ${r.pick(COUNTRIES_IN_TEXT)}.`;
    w.record(c.group);
    return `${c.group.abbreviation}, as ${c.group.name} is known, has long attacked US forces and sent fighters to ${r.pick(COUNTRIES_IN_TEXT)}.`;
  },
  (w, c, r) => `${w.a(c.group)}${c.group.arabic ? ` (${c.group.arabic})` : ''} said in a statement that ${r.int(2, 12)} of its members were killed.`,
  (w, c, r) => `Officials at the ${w.a(c.body)} said ${r.int(2, 40)} service members suffered ${r.pick(INJURIES)} in the attack on ${w.p(c.place2)}.`,
  (w, c, r) => `Some officials say little-known groups that claim the attacks are a front for ${w.a(c.group)} and ${w.a(c.group2)}.${r.chance(0.3) ? ' Washington has not commented.' : ''}`,
  (w, c, r) => `Talks between the ${w.a(c.government)} and ${w.a(c.us)} on the future of the coalition resumed in ${r.pick(MONTHS)}.`,
];

/** The lead sentence and the title of an article. */
const LEADS: readonly ((w: SentenceWriter, c: Cast, r: Rng) => { lead: string; title: string })[] = [
  (w, c, r) => {
    const weapon = r.pick(WEAPONS);
    return {
      lead: `The US carried out ${r.pick(ADJECTIVES)} strikes on ${w.a(c.group)} in ${w.p(c.place)} after ${aa(weapon)} attack on its forces, officials said.`,
      title: `US strikes ${c.group.name} near ${c.place.name} after ${weapon} attack on ${r.pick(TARGETS)}`,
    };
  },
  (w, c, r) => ({
    lead: `${w.a(c.group)} vowed to respond after strikes on its positions near ${w.p(c.place)} killed ${r.int(2, 30)} of its fighters.`,
    title: `${c.group.name} vows response after strikes near ${c.place.name}`,
  }),
  (w, c, r) => ({
    lead: `${cap(aa(r.pick(WEAPONS)))} attack on ${aa(r.pick(TARGETS))} at ${w.p(c.place)} raised fears of a wider war between ${w.a(c.us)} and ${w.a(c.patron)}.`,
    title: `What the attack on ${c.place.name} means for the US and its rivals`,
  }),
  (w, c, r) => {
    const village = villageName(r);
    return {
      lead: `The latest exchange between US forces and ${w.a(c.umbrella)} near ${village} shows how narrow the room for restraint has become.`,
      title: `Analysis: ${c.umbrella.name}, ${village} and the cost of escalation`,
    };
  },
  (w, c, r) => {
    const local = localName(r);
    return {
      lead: `${local} was at home in ${villageName(r)} when ${aa(r.pick(WEAPONS))} struck a building used by ${w.a(c.group)}, ${r.pick(SOURCES)} said.`,
      title: `${local}: a night of strikes on ${c.group.name}`,
    };
  },
  (w, c, r) => ({
    lead: `${w.a(c.government)} summoned diplomats after ${r.int(2, 9)} strikes hit ${w.p(c.place)} overnight.`,
    title: `${c.government.name} protests strikes on ${c.place.name}`,
  }),
];

/** One article, drawn from its own stream. */
function buildArticle(i: number, seed: number, glossary: { actors: ActorDef[]; places: PlaceDef[] }, sources: readonly SourceDef[], slugs: Map<string, number>): ArticleDef & { frontmatter: string } {
  const r = createRng(seed).fork(`article:${i}`);
  const byKind = (kind: ActorKind): ActorDef[] => glossary.actors.filter((a) => a.kind === kind);
  const groups = byKind('armed-group');
  const states = byKind('state');
  const us = states.find((a) => a.slug === 'united-states') as ActorDef;
  const bodies = byKind('state-body');
  const cast: Cast = {
    // Round-robin, so every group is the subject of some article.
    group: groups[i % groups.length] as ActorDef,
    group2: r.pick(groups),
    umbrella: r.pick(byKind('umbrella')),
    us,
    patron: r.chance(0.6) ? (states.find((a) => a.slug === 'iran') as ActorDef) : r.pick(states.filter((s) => s !== us)),
    body: r.chance(0.7) ? r.pick(bodies.slice(0, 2)) : r.pick(bodies),
    person: r.pick(byKind('person')),
    voice: r.pick(byKind('quoted-voice')),
    government: r.pick(byKind('government')),
    organisation: r.pick(byKind('organisation')),
    place: r.pick(glossary.places),
    place2: r.pick(glossary.places),
  };
  const date = i === 0 ? '2023-11-15' : i === 1 ? '2023-12-26' : randomDate(r);
  const publisher = r.pick(PUBLISHERS);
  const w = new SentenceWriter(r);
  const { lead, title } = r.pick(LEADS)(w, cast, r);
  const blocks: { sentences: Sentence[]; item: boolean }[] = [{ sentences: [w.done(lead)], item: false }];
  const count = r.int(10, 25);
  const listAt = r.chance(0.08) ? r.int(3, Math.max(3, count - 3)) : -1;
  while (blocks.length < count) {
    if (blocks.length === listAt) {
      for (let k = 0; k < 3; k++) blocks.push({ sentences: [w.done(r.pick(TEMPLATES)(w, cast, r, publisher))], item: true });
      continue;
    }
    const sentences: Sentence[] = [];
    const k = r.weighted([[1, 3], [2, 4], [3, 2], [4, 1]] as const);
    for (let s = 0; s < k; s++) sentences.push(w.done(r.pick(TEMPLATES)(w, cast, r, publisher)));
    blocks.push({ sentences, item: false });
  }
  // Two articles carry the counts the timeline chart draws, in their second paragraph.
  if (i === 0) blocks[1] = { sentences: [{ text: 'Militants backed by Iran have launched 61 attacks on bases housing US personnel in Iraq and Syria since Oct. 17, the Pentagon said.', actors: [] }], item: false };
  if (i === 1) blocks[1] = { sentences: [{ text: 'The US military has struck back just 3 times since the attacks began, officials said.', actors: [] }], item: false };

  const paragraphs: Paragraph[] = blocks.map((b, k) => ({ n: k + 1, sentences: b.sentences, text: b.sentences.map((s) => s.text).join(' '), item: b.item }));
  const body = paragraphs
    .map((p, k) => {
      const line = p.item ? `- ${p.text}` : p.text;
      const nextIsItem = paragraphs[k + 1]?.item === true;
      return p.item && nextIsItem ? `${line}\n` : `${line}\n\n`;
    })
    .join('')
    .trimEnd();

  const slug = uniqueSlug(slugify(title, 70), slugs);

  const kind = r.weighted([['news-report', 70], ['analysis', 18], ['opinion', 8], ['ai-generated', 4]] as const);
  const level = kind === 'ai-generated' ? 'low' : r.weighted([['high', 60], ['medium', 32], ['low', 8]] as const);
  const precision = r.chance(0.9) ? 'day' : 'month';
  const publishedDate = precision === 'day' ? date : date.slice(0, 7);
  const inferred = r.chance(0.3);
  const via = r.chance(0.15) ? r.pick(AGENCIES) : undefined;
  const unknown = r.chance(0.03);

  const lines: string[] = ['---'];
  lines.push(`title: ${q(title)}`, 'titleSource: first-line');
  if (r.chance(0.6)) lines.push(`standfirst: ${q(`${cast.group.name} and ${cast.umbrella.name} weigh their response as strikes continue near ${cast.place.name}`)}`);
  lines.push('draft: false', 'published:', `  date: ${q(publishedDate)}`, `  precision: ${precision}`);
  if (precision === 'month') lines.push(`  label: ${q(`${r.pick(['Early', 'Mid', 'Late'])} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`)}`);
  lines.push(`  inferred: ${inferred}`, `  basis: ${q(inferred ? 'The text states no date; it reports events of the previous days, and its photo caption is dated.' : 'The dateline of the article.')}`);
  lines.push('publisher:', `  name: ${q(unknown ? 'unknown' : publisher)}`);
  if (via) lines.push(`  via: ${q(via)}`);
  lines.push(`  evidence: ${q(unknown ? 'The copy carries no masthead and no byline.' : `The text says “told ${publisher}” and carries its masthead.`)}`);
  lines.push(`kind: ${kind}`, 'reliability:', `  level: ${level}`, '  reasons:');
  lines.push(`    - ${q(level === 'high' ? 'A news report that names its sources and can be checked.' : level === 'medium' ? 'An analysis that does not always say where its figures come from.' : 'Official sources contradict its account of the attack.')}`);
  if (r.chance(0.5)) lines.push(`    - ${q('It does not say who gave its casualty figures.')}`);
  if (r.chance(0.3)) {
    lines.push('images:', `  - caption: ${q(`Smoke rises over ${cast.place.name} after the strikes, ${dayLabel(date)}.`)}`, `    credit: ${q(`${r.pick(AGENCIES)}/Stringer`)}`);
  } else lines.push('images: []');
  if (r.chance(0.15)) {
    const p = r.int(2, Math.min(5, paragraphs.length));
    lines.push('notes:', `  - text: ${q(`The paragraph gives a casualty figure that no other source confirms.`)}`, '    paragraphs:', `      - ${p}`);
  } else lines.push('notes: []');
  const corrected = i >= 2 && r.chance(0.06);
  if (corrected) {
    // A correction marks words of the article, sometimes with what is right beside them; a "wrong" or
    // "clarified" one cites the outside record that shows it (one of the sources every corpus has).
    const para = r.pick(paragraphs.slice(2));
    const words = quoteWindow(r, r.pick(para.sentences).text, 4, 8);
    const status = r.weighted([['wrong', 60], ['unconfirmed', 30], ['clarified', 10]] as const);
    const quote = r.chance(0.5) ? `{ text: ${q(words)}, correct: ${q(r.pick(['in Iraq', 'in Syria', `near ${cast.place2.name}`, 'three', 'more than 40']))} }` : q(words);
    const texts = { wrong: 'Official statements give a different place and a different number of casualties.', unconfirmed: 'No other source confirms this.', clarified: 'The date is local time; US statements give the day before.' };
    lines.push('corrections:', '  - quotes:', `      - ${quote}`, `    status: ${status}`, `    text: ${q(texts[status])}`);
    if (status !== 'unconfirmed') lines.push('    evidence:', ...r.sample(sources.slice(0, BASE_SOURCES), r.int(1, 2)).map((src) => `      - ${sourceCite(r, src)}`));
  } else lines.push('corrections: []');
  const seedText = [title, ...paragraphs.map((p) => p.text)].join('\n');
  lines.push('ingest:', `  seed: ${String(i).padStart(5, '0')}_${sha256(`seed:${seedText}`).slice(0, 16)}.txt`, '  part: 1', '  parts: 1', `  seedSha256: ${sha256(seedText)}`);
  // A byline on some, as ingest records it; from a stream of its own, so the rest of the article does not change with it.
  const by = r.fork('byline');
  if (by.chance(0.4)) {
    const byline = localName(by);
    lines.push(`  byline: ${q(byline)}`, `  sources: { byline: ${q(`line 2: “By ${byline}”`)} }`);
  }
  lines.push(`  draftSha256: ${sha256(`draft:${body}`)}`, '---', '');
  const frontmatter = lines.join('\n');
  return { slug, date, publisher, paragraphs, frontmatter, content: `${frontmatter}\n${body}\n`, words: seedText.split(/\s+/).length, corrected };
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** `base`, or `base-2`, `base-3`… the first one not yet taken. `taken` maps each slug to the next suffix to try. */
function uniqueSlug(base: string, taken: Map<string, number>): string {
  if (!taken.has(base)) {
    taken.set(base, 2);
    return base;
  }
  let k = taken.get(base) as number;
  while (taken.has(`${base}-${k}`)) k++;
  const slug = `${base}-${k}`;
  taken.set(base, k + 1);
  taken.set(slug, 2);
  return slug;
}

/** A YAML double-quoted string (JSON's escapes are YAML's). */
const q = (s: string): string => JSON.stringify(s);
const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** `min` to `max` consecutive words of a sentence (all of it if it is short enough). */
function quoteWindow(r: Rng, sentence: string, min: number, max: number): string {
  const words = sentence.split(' ');
  if (words.length <= max) return sentence;
  const len = r.int(min, max);
  const start = r.int(0, words.length - len);
  return words.slice(start, start + len).join(' ');
}

/** A sentence that can be cited on its own: six words or more, and one sentence (a citation supports one). */
const citable = (s: Sentence): boolean => s.text.split(' ').length >= 6 && !/[.?!]”?\s+\S/.test(s.text);

/** The casualty sentence of the article templates: bound, killed, who, injured, according to whom. */
const TOLL = /^(At least|More than) (\d+) (.+?) were killed and (\d+) injured in the strikes, according to (.+)\.$/;

/** A `<Cite>` element: the quote is a window of the passage's sentence. */
function cite(r: Rng, p: Passage, by?: string): string {
  const quote = quoteWindow(r, p.sentence, 5, 14);
  return `<Cite a="${p.article}" p="${p.paragraph}" q="${quote}"${by ? ` by="${by}"` : ''} />`;
}

/** A YAML flow mapping for a citation. */
function citeYaml(r: Rng, p: Passage, min = 5, max = 14): string {
  return `{ article: ${p.article}, paragraph: ${p.paragraph}, quote: ${q(quoteWindow(r, p.sentence, min, max))} }`;
}

/** A sentence of explainer or profile prose that reports a passage (and so contains the quote). */
function report(r: Rng, p: Passage): string {
  return r.pick([`${p.publisher} reported on ${dayLabel(p.date)}: ${p.sentence}`, `A report of ${dayLabel(p.date)} says: ${p.sentence}`, `According to ${p.publisher}: ${p.sentence}`]);
}

/** Keeps up to `cap` items of a stream, each with the same chance (reservoir sampling). */
class Reservoir<T> {
  readonly items: T[] = [];
  private seen = 0;
  private readonly cap: number;
  private readonly r: Rng;
  constructor(cap: number, r: Rng) {
    this.cap = cap;
    this.r = r;
  }
  add(item: T): void {
    this.seen++;
    if (this.items.length < this.cap) this.items.push(item);
    else {
      const j = Math.floor(this.r.next() * this.seen);
      if (j < this.cap) this.items[j] = item;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The corpus

/** Builds the whole corpus in memory. Pure: the same options give the same files. */
export function buildCorpus(options: CorpusOptions): Corpus {
  const { n, seed } = options;
  if (!Number.isInteger(n) || n < 20) throw new Error(`corpus: n must be an integer of at least 20, got ${n}`);
  const root = createRng(seed);
  const glossary = buildGlossary(root.fork('glossary'));
  const files: CorpusFile[] = [];
  const actorBySlug = new Map(glossary.actors.map((a) => [a.slug, a]));

  // Articles, and for each actor a sample of the passages that name it.
  const mentionRng = root.fork('mentions');
  const mentions = new Map(glossary.actors.map((a) => [a.slug, new Reservoir<Passage>(300, mentionRng)]));
  const sourceSlugs = new Map<string, number>();
  const sources = Array.from({ length: Math.max(BASE_SOURCES, Math.round(n / 50)) }, (_, k) => buildSource(k, seed, glossary.places, sourceSlugs));
  for (const source of sources) files.push({ path: `content/sources/${source.slug}.yaml`, content: source.content });
  const articles: ArticleDef[] = [];
  const slugs = new Map<string, number>();
  let paragraphCount = 0;
  let words = 0;
  for (let i = 0; i < n; i++) {
    const article = buildArticle(i, seed, glossary, sources, slugs);
    files.push({ path: `content/articles/${article.slug}.mdx`, content: article.content });
    paragraphCount += article.paragraphs.length;
    words += article.words;
    // Only articles without a correction are cited, and only by sentences that can carry a citation of their own.
    if (article.corrected) continue;
    for (const p of article.paragraphs) {
      for (const s of p.sentences.filter(citable)) {
        for (const a of s.actors) mentions.get(a)?.add({ article: article.slug, paragraph: p.n, sentence: s.text, date: article.date, publisher: article.publisher });
      }
    }
    // Keep what events and explainers need, not the whole text.
    articles.push({ slug: article.slug, date: article.date, publisher: article.publisher, paragraphs: article.paragraphs, content: '', words: 0, corrected: false });
  }
  const passagesOf = (actor: string): Passage[] => mentions.get(actor)?.items ?? [];
  const anyPassage = (r: Rng): Passage => {
    const a = articles[r.int(0, articles.length - 1)] as ArticleDef;
    const p = r.pick(a.paragraphs.slice(2).filter((x) => x.sentences.some(citable)));
    return { article: a.slug, paragraph: p.n, sentence: r.pick(p.sentences.filter(citable)).text, date: a.date, publisher: a.publisher };
  };
  const passageOf = (r: Rng, actor: string): Passage => {
    const list = passagesOf(actor);
    return list.length > 0 ? r.pick(list) : anyPassage(r);
  };

  // Actors.
  let cites = 0;
  const ar = root.fork('actors');
  const ofKind = (kind: ActorKind): ActorDef[] => glossary.actors.filter((a) => a.kind === kind);
  for (const actor of glossary.actors) {
    const relations: string[] = [];
    const relate = (type: string, target: ActorDef | undefined): void => {
      if (!target || target.slug === actor.slug) return;
      relations.push(`  - type: ${type}\n    target: ${target.slug}\n    cite: ${citeYaml(ar, passageOf(ar, actor.slug))}`);
    };
    if (actor.kind === 'armed-group') {
      relate('part-of', ar.pick(ofKind('umbrella')));
      relate('backed-by', ar.chance(0.7) ? actorBySlug.get('iran') : ar.pick(ofKind('state')));
      if (ar.chance(0.3)) relate('allied-with', ar.pick(ofKind('armed-group')));
    } else if (actor.kind === 'person') {
      relate(ar.chance(0.7) ? 'leads' : 'founded', ar.pick(ofKind('armed-group')));
    } else if (actor.kind === 'umbrella') {
      relate('backed-by', actorBySlug.get('iran'));
    } else if (actor.kind === 'state-body') {
      relate('part-of', actor.name.startsWith('US ') ? actorBySlug.get('united-states') : ar.pick(ofKind('state')));
    }
    const facts = Array.from({ length: ar.int(2, 4) }, () => {
      const p = passageOf(ar, actor.slug);
      return `  - text: ${q(`It was named in a report of ${dayLabel(p.date)}.`)}\n    date: ${q(p.date)}\n    cite: ${citeYaml(ar, p)}`;
    });
    const sentences = Array.from({ length: ar.int(3, 6) }, () => {
      const p = passageOf(ar, actor.slug);
      cites++;
      return `${report(ar, p)} ${cite(ar, p)}`;
    });
    // Some leaders were killed: their pages then speak of them in the past, as the site's do.
    const endPassage = actor.kind === 'person' && ar.chance(0.25) ? passageOf(ar, actor.slug) : undefined;
    const end = endPassage ? [`end: { kind: killed, date: ${q(endPassage.date)}, cite: ${citeYaml(ar, endPassage)} }`] : [];
    const half = Math.ceil(sentences.length / 2);
    const aliasLines = actor.aliases.map((a) => `  - { text: ${q(a.text)}, type: ${a.type}${a.lang ? `, lang: ${a.lang}` : ''}${a.ambiguous ? ', ambiguous: true' : ''} }`);
    const content = [
      '---',
      `name: ${q(actor.name)}`,
      `description: ${q(actor.description)}`,
      `kind: ${actor.kind}`,
      ...(aliasLines.length > 0 ? ['aliases:', ...aliasLines] : ['aliases: []']),
      ...(relations.length > 0 ? ['relations:', ...relations] : ['relations: []']),
      'facts:',
      ...facts,
      ...end,
      '---',
      '',
      sentences.slice(0, half).join(' '),
      '',
      sentences.slice(half).join(' '),
      '',
    ].join('\n');
    files.push({ path: `content/actors/${actor.slug}.mdx`, content });
  }

  // Places.
  for (const place of glossary.places) {
    const variants = place.variants.map((v) => `  - { text: ${q(v.text)}${v.lang ? `, lang: ${v.lang}` : ''} }`);
    files.push({
      path: `content/places/${place.slug}.yaml`,
      content: [
        `name: ${q(place.name)}`,
        `description: ${q(place.description)}`,
        ...(variants.length > 0 ? ['variants:', ...variants] : ['variants: []']),
        `country: ${place.country}`,
        `coordinates: { lat: ${place.lat}, lon: ${place.lon} }`,
        `precision: ${place.precision}`,
        `coordinatesSource: ${q('Synthetic benchmark coordinates, inside the country outline.')}`,
        '',
      ].join('\n'),
    });
  }

  // Events: each reported by one article, dated by it, in date order.
  const er = root.fork('events');
  const eventCount = Math.max(5, Math.round(n / 10));
  const KINDS = [['attack-on-us-forces', 35], ['us-strike', 30], ['killing', 10], ['other-attack', 10], ['political-event', 10], ['designation', 5]] as const;
  const drafts = Array.from({ length: eventCount }, (_, k) => {
    const article = articles[er.int(0, articles.length - 1)] as ArticleDef;
    return { k, article, kind: er.weighted(KINDS), precise: er.chance(0.85) };
  }).sort((a, b) => a.article.date.localeCompare(b.article.date) || a.k - b.k);
  const eventSlugs = new Map<string, number>();
  const eventPassages: Passage[] = [];
  const events: { slug: string; actors: string[] }[] = [];
  drafts.forEach((d, index) => {
    const { article } = d;
    const named = [...new Set(article.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.actors)))];
    const actorDefs = named.map((s) => actorBySlug.get(s)).filter((a): a is ActorDef => a !== undefined);
    const group = actorDefs.find((a) => a.kind === 'armed-group') ?? (ofKind('armed-group')[0] as ActorDef);
    const place = glossary.places.find((p) => article.paragraphs.some((para) => para.text.includes(p.name))) ?? er.pick(glossary.places);
    const date = d.precise ? article.date : article.date.slice(0, 7);
    const weapon = er.pick(WEAPONS);
    const titles: Record<string, string> = {
      'attack-on-us-forces': `${cap(weapon)} attack on US forces near ${place.name}`,
      'us-strike': `US strikes on ${group.name} sites near ${place.name}`,
      killing: `A commander of ${group.name} killed near ${place.name}`,
      'other-attack': `${group.name} attack on a convoy near ${place.name}`,
      'political-event': `Talks on the future of the coalition after strikes near ${place.name}`,
      designation: `The US designates ${group.name} a terrorist organisation`,
    };
    const title = titles[d.kind] as string;
    const slug = uniqueSlug(`${slugify(title, 70)}-${article.date.slice(0, 4)}`, eventSlugs);
    const passages = article.paragraphs.slice(1).flatMap((p) => p.sentences.filter(citable).map((s) => ({ article: article.slug, paragraph: p.n, sentence: s.text, date: article.date, publisher: article.publisher })));
    const chosen = er.sample(passages, er.int(1, 3));
    eventPassages.push(...chosen);
    // "US officials" may be credited with the attribution only where a cited paragraph names the US
    // itself, not only a US body ("US Central Command" is another glossary entry).
    const namesUs = chosen.some((p) => /United States|(?:^|[^\w.])(?:US|U\.S\.)(?=[\s,;:]|$)(?! Central Command| Department of Defense)/.test(article.paragraphs[p.paragraph - 1]?.text ?? ''));
    const roles =
      d.kind === 'us-strike'
        ? [`  - { actor: united-states, role: attacker }`, `  - { actor: ${group.slug}, role: target }`]
        : d.kind === 'attack-on-us-forces'
          ? [`  - { actor: united-states, role: target }`, `  - { actor: ${group.slug}, role: attacker${er.chance(0.4) && namesUs ? `, attributedBy: ${q('US officials')}` : ''} }`]
          : [`  - { actor: ${group.slug}, role: ${er.pick(['claimant', 'killed', 'official', 'responder'] as const)} }`];
    const extra = actorDefs.filter((a) => a.slug !== group.slug && a.slug !== 'united-states').slice(0, er.int(0, 2));
    for (const a of extra) roles.push(`  - { actor: ${a.slug}, role: ${er.pick(['official', 'responder', 'mediator'] as const)} }`);
    const casualties: string[] = [];
    // The toll as the article gives it: its figures, its bound ("more than"), and who gives them.
    const toll = passages.map((p) => ({ p, m: TOLL.exec(p.sentence) })).find((x) => x.m);
    if (toll?.m && er.chance(0.6)) {
      const [, bound, killed, who, injured, according] = toll.m as unknown as [string, string, string, string, string, string];
      casualties.push(`  - who: ${q(who)}`, `    killed: { min: ${killed}${bound === 'More than' ? ', said: "more than"' : ''} }`, `    injured: { min: ${injured}, max: ${injured} }`, `    according: ${q(according)}`, `    cite: ${citeYaml(er, toll.p, 5, 12)}`);
    }
    const answered = index > 0 && er.chance(0.3) ? events[er.int(Math.max(0, index - 10), index - 1)] : undefined;
    const content = [
      `title: ${q(title)}`,
      `summary: ${q(`${title}, as ${article.publisher} reported it on ${dayLabel(article.date)}; the sources differ on who was behind it and on the casualties.`)}`,
      `date: ${q(date)}`,
      `datePrecision: ${d.precise ? 'day' : 'month'}`,
      `kind: ${d.kind}`,
      `places: [${place.slug}]`,
      'actors:',
      ...roles,
      ...(casualties.length > 0 ? ['casualties:', ...casualties] : []),
      ...(answered ? [`inResponseTo: [${answered.slug}]`] : []),
      'citations:',
      ...chosen.map((p) => `  - ${citeYaml(er, p, 5, 14)}`),
      ...(er.chance(0.2) ? [`  - ${sourceCite(er, er.pick(sources))}`] : []),
      '',
    ].join('\n');
    files.push({ path: `content/events/${slug}.yaml`, content });
    events.push({ slug, actors: [group.slug] });
  });

  // Explainers: each about one to three actors, citing passages that name them and passages that
  // events cite (so "Explained in" on the timeline finds them).
  const xr = root.fork('explainers');
  const explainerCount = Math.max(2, Math.round(n / 20));
  const subjects = Array.from({ length: explainerCount }, (_, k) => {
    const group = ofKind('armed-group')[k % ofKind('armed-group').length] as ActorDef;
    const others = xr.sample(glossary.actors.filter((a) => a.slug !== group.slug), xr.int(0, 2));
    const place = xr.pick(glossary.places);
    const title = xr.pick([`Who is ${group.name}?`, `Why does the US strike ${group.name}?`, `What happened near ${place.name}?`, `How is ${group.name} connected to ${others[0]?.name ?? 'Iran'}?`, `Who is behind the attacks near ${place.name}?`]);
    return { group, others, place, title };
  });
  const explainerSlugs: string[] = [];
  const taken = new Map<string, number>();
  for (const s of subjects) explainerSlugs.push(uniqueSlug(slugify(s.title, 70), taken));
  subjects.forEach((s, k) => {
    const focus = [s.group, ...s.others];
    const pickPassage = (): Passage => (xr.chance(0.5) && eventPassages.length > 0 ? xr.pick(eventPassages) : passageOf(xr, xr.pick(focus).slug));
    const sentence = (): string => {
      const count = xr.chance(0.3) ? 2 : 1;
      const ps = Array.from({ length: count }, pickPassage);
      cites += ps.length;
      // A claim credited to whoever the cited sentence names as its source ("according to local sources").
      const by = xr.chance(0.3) ? /according to ([^,.]+)/.exec((ps[0] as Passage).sentence)?.[1] : undefined;
      return `${report(xr, ps[0] as Passage)} ${ps.map((p, i) => cite(xr, p, i === 0 ? by : undefined)).join(' ')}`;
    };
    const sections: string[] = [];
    for (const heading of xr.sample(HEADINGS, xr.int(3, 4))) {
      const paragraphs = Array.from({ length: xr.int(2, 3) }, () => Array.from({ length: xr.int(2, 3) }, sentence).join(' '));
      sections.push(`## ${heading}\n\n${paragraphs.join('\n\n')}`);
    }
    const side = (claim: string): string => `  <Side claim="${claim}">\n    ${sentence()}\n  </Side>`;
    sections.splice(
      xr.int(1, sections.length),
      0,
      `<Disagree question="Who carried out the attack near ${s.place.name}?">\n${side(`${s.group.name}, according to US officials`)}\n${side('A little-known front group, according to its own statement')}\n</Disagree>`,
    );
    const keyFacts = Array.from({ length: xr.int(2, 4) }, (_, f) => {
      const p = pickPassage();
      const cites = [citeYaml(xr, p), ...(xr.chance(0.25) ? [sourceCite(xr, xr.pick(sources))] : [])];
      return `  - label: ${q(['Founded', 'Backed by', 'Latest strike', 'Source', 'Known as'][f] as string)}\n    value: ${q(`As reported on ${dayLabel(p.date)}`)}\n    cites: [${cites.join(', ')}]`;
    });
    // The short answer, sentence by sentence, each with what supports it.
    const answer = [
      [`${s.group.name} is one of the armed groups the sources link to attacks on US forces in Iraq and Syria.`, passageOf(xr, s.group.slug)],
      ['The US has struck it several times.', pickPassage()],
      ['The sources disagree on who carried out some of the attacks it is blamed for.', pickPassage()],
    ] as const;
    const related = xr.sample(explainerSlugs.filter((x) => x !== explainerSlugs[k]), xr.int(0, 3));
    const published = isoOf(xr.int(dayOf('2024-10-01'), dayOf('2025-06-30')));
    const updated = isoOf(dayOf(published) + xr.int(0, 90));
    const content = [
      '---',
      `title: ${q(s.title)}`,
      'shortAnswer:',
      ...answer.map(([text, p]) => `  - text: ${q(text)}\n    cites: [${citeYaml(xr, p)}]`),
      `actors: [${[...new Set(focus.map((a) => a.slug))].join(', ')}]`,
      `related: [${related.join(', ')}]`,
      'keyFacts:',
      ...keyFacts,
      `published: ${q(published)}`,
      `updated: ${q(updated)}`,
      `order: ${k + 1}`,
      '---',
      '',
      sections.join('\n\n'),
      '',
    ].join('\n');
    files.push({ path: `content/explainers/${explainerSlugs[k]}.mdx`, content });
  });

  // The counts the timeline chart draws, cited to the two articles that carry them.
  const [a0, a1] = articles as [ArticleDef, ArticleDef];
  files.push({
    path: 'content/counts.yaml',
    content: [
      '# Synthetic counts for the benchmark corpus; each cites the paragraph that gives it.',
      '- id: attacks-by-mid-november-2023',
      '  series: attacks-on-us-forces',
      '  count: { min: 61, max: 61 }',
      '  since: "2023-10-17"',
      '  sinceLabel: 17 October 2023',
      '  asOf: "2023-11-15"',
      '  asOfLabel: mid-November 2023',
      '  according: the Pentagon',
      `  cite: { article: ${a0.slug}, paragraph: 2, quote: "Militants backed by Iran have launched 61 attacks on bases housing US personnel" }`,
      '- id: strikes-by-26-december-2023',
      '  series: us-strikes',
      '  count: { min: 3, max: 3 }',
      '  since: "2023-10-17"',
      '  sinceLabel: 17 October 2023',
      '  asOf: "2023-12-26"',
      '  asOfLabel: 26 December 2023',
      '  according: US officials',
      `  cite: { article: ${a1.slug}, paragraph: 2, quote: "The US military has struck back just 3 times" }`,
      '',
    ].join('\n'),
  });

  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const subject = ofKind('armed-group')[0] as ActorDef;
  return {
    queries: [subject.name, subject.abbreviation ?? subject.translation ?? subject.name, (glossary.places[0] as PlaceDef).name, 'drone attack'],
    files,
    stats: {
      articles: n,
      actors: glossary.actors.length,
      explainers: explainerCount,
      events: eventCount,
      places: glossary.places.length,
      counts: 2,
      sources: sources.length,
      paragraphs: paragraphCount,
      cites,
      words,
    },
  };
}

/**
 * The article a corpus of `n + 1` has and the corpus of `n` lacks. Written alone into a built corpus
 * of `n`, it is what an editor's one new article is: the content still passes the checks.
 */
export function addedArticle(options: CorpusOptions): CorpusFile {
  const before = new Set(buildCorpus(options).files.map((f) => f.path));
  const added = buildCorpus({ ...options, n: options.n + 1 }).files.find((f) => f.path.startsWith('content/articles/') && !before.has(f.path));
  if (!added) throw new Error(`corpus: a corpus of ${options.n + 1} articles adds no article to the corpus of ${options.n}`);
  return added;
}
