/**
 * A deterministic synthetic corpus for the build benchmark, in the formats of `src/schemas/*.ts`:
 * N articles, a glossary of 60 actors, N/20 explainers, N/10 events, 20 places, N/50 outside
 * sources (at least 8) and the counts file. It passes `checkContent`, editorial rules included:
 * every quote is a window of the sentence it cites, every sentence of prose has a citation of its
 * own, every attribution names someone the cited paragraph names, no alias is claimed twice, and
 * nothing cites the words of an article that a correction marks.
 *
 * `buildCorpus` is pure: the same options give byte-identical files. Each article and each source
 * draws from its own stream, so the first 1,000 articles of the 5,000 corpus are the 1,000 corpus,
 * and `addedArticle` is the one article a larger corpus adds next (the rebuild measure writes it).
 *
 * The text is pseudo-news built from sentence templates: it names actors by name, alias,
 * abbreviation and sometimes Arabic name, places by name and variant, and villages and people
 * outside the glossary (so the search index's vocabulary grows with N, as a real one would). None
 * of it is MDX or Markdown syntax: no braces, angle brackets, straight double quotes, asterisks,
 * underscores or leading digits.
 */
import { createHash } from 'node:crypto';
import { termKey } from '../src/lib/glossary/variants.ts';
import { slugify } from '../src/lib/slug.ts';
import { createRng, type Rng } from './prng.ts';

/** What to generate: `n` articles from `seed` (the same seed, the same corpus). */
export interface CorpusOptions {
  n: number;
  seed: number;
}

/** One generated file, its path relative to the project root. */
export interface CorpusFile {
  path: string;
  content: string;
}

/** What the corpus holds: `paragraphs` and `words` of article text, `cites` the `<Cite>`s of explainer and actor bodies. */
export interface CorpusStats {
  articles: number;
  actors: number;
  explainers: number;
  events: number;
  places: number;
  counts: number;
  sources: number;
  paragraphs: number;
  cites: number;
  words: number;
}

/** The corpus: its files sorted by path, what they hold, and the search queries of the first-query measure (the same at every size). */
export interface Corpus {
  files: CorpusFile[];
  stats: CorpusStats;
  queries: string[];
}

// ---------------------------------------------------------------------------------------------
// Vocabulary, dates, helpers

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
const ARABIC: Readonly<Record<string, string>> = {
  a: 'ا', b: 'ب', c: 'ك', d: 'د', e: 'ي', f: 'ف', g: 'غ', h: 'ه', i: 'ي', j: 'ج', k: 'ك', l: 'ل', m: 'م', n: 'ن', o: 'و', p: 'ب', q: 'ق', r: 'ر', s: 'س', t: 'ت', u: 'و', v: 'ف', w: 'و', x: 'كس', y: 'ي', z: 'ز', "'": 'ع',
};
const ABBREVIATION_STOPLIST = new Set(['US', 'UN', 'AP', 'UK', 'EU', 'IS', 'PM', 'MP', 'TV', 'AM', 'AFP', 'ID', 'OK', 'IT']);

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, and back. */
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86400000;
const isoOf = (day: number): string => new Date(day * 86400000).toISOString().slice(0, 10);
/** "15 November 2023". */
const dayLabel = (iso: string): string => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
/** A publication date: a third in the surge of October 2023 to February 2024, the rest from mid-2019 to late 2024. */
const randomDate = (r: Rng): string => isoOf(r.chance(0.35) ? r.int(dayOf('2023-10-07'), dayOf('2024-02-28')) : r.int(dayOf('2019-07-01'), dayOf('2024-09-30')));

/** A rough Arabic-script spelling of a Latin name (letters only; the article al- becomes ال). */
export function toArabic(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => {
      const w = word.toLowerCase();
      const [prefix, rest] = w.startsWith('al-') ? ['ال', w.slice(3)] : ['', w];
      return prefix + [...rest].map((c) => ARABIC[c] ?? '').join('');
    })
    .join(' ');
}

/** A YAML double-quoted string (JSON's escapes are YAML's). */
const q = (s: string): string => JSON.stringify(s);
const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
/** The word with its indefinite article ("an outpost"), and a text with a capital first letter. */
const aa = (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
const cap = (text: string): string => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
/** A name outside the glossary, of someone or of a village: the vocabulary grows with the corpus. */
const syllables = (r: Rng): string => cap(Array.from({ length: r.int(2, 3) }, () => r.pick(LOCAL_SYL)).join(''));
const localName = (r: Rng): string => `${r.pick(LOCAL_FIRST)} ${syllables(r)}`;
const villageName = (r: Rng): string => `${r.pick(VILLAGE_PREFIX)} ${syllables(r)}`;

/** `base`, or `base-2`, `base-3`… the first not yet taken (`taken` maps each slug to the next suffix to try). */
function uniqueSlug(base: string, taken: Map<string, number>): string {
  let slug = base;
  for (let k = taken.get(base) ?? 2; taken.has(slug); k++) slug = `${base}-${k}`;
  taken.set(base, (taken.get(base) ?? 1) + 1);
  taken.set(slug, 2);
  return slug;
}

// ---------------------------------------------------------------------------------------------
// The glossary and the places

type ActorKind = 'armed-group' | 'umbrella' | 'state' | 'state-body' | 'government' | 'organisation' | 'person' | 'quoted-voice';

/** An alias of an actor, as its file writes it. */
interface Alias {
  text: string;
  type: 'transliteration' | 'spelling' | 'translation' | 'abbreviation' | 'short-name' | 'title' | 'front-name' | 'native-script' | 'metonym';
  lang?: string;
  ambiguous?: boolean;
}

/** A synthetic actor; `forms` are the Latin-script names text may use for it, its name first. */
interface ActorDef {
  slug: string;
  name: string;
  kind: ActorKind;
  description: string;
  aliases: Alias[];
  forms: string[];
  abbreviation: string | undefined;
  arabic: string | undefined;
  translation: string | undefined;
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
}

/** Points well inside each country's outline, so every marker lands on the map. */
const PLACE_POINTS: readonly (readonly [PlaceDef['country'], number, number])[] = [
  ['Iraq', 33.31, 44.36], ['Iraq', 36.34, 43.13], ['Iraq', 30.51, 47.78], ['Iraq', 35.47, 44.39], ['Iraq', 36.19, 44.01], ['Iraq', 33.42, 43.3], ['Iraq', 32.0, 44.33], ['Iraq', 34.6, 43.68], ['Iraq', 34.37, 41.09],
  ['Syria', 33.51, 36.29], ['Syria', 36.2, 37.13], ['Syria', 34.73, 36.72], ['Syria', 35.34, 40.14], ['Syria', 35.95, 39.01], ['Syria', 34.55, 38.27], ['Syria', 36.5, 40.75], ['Syria', 35.01, 40.45],
  ['Jordan', 31.95, 35.93], ['Jordan', 32.34, 36.21], ['Jordan', 32.07, 36.09],
];
const PLACE_PREFIX: readonly (readonly [string, string])[] = [['Tal', 'Tell'], ['Qasr', 'Kasr'], ['Jisr', 'Jisir'], ['Wadi', 'Wady'], ['Bir', 'Beer'], ['Deir', 'Dayr'], ['Khirbat', 'Khirbet'], ['Hawsh', 'Housh'], ['Ayn', 'Ein'], ['Suq', 'Souk']];
const GROUP_PREFIXES: readonly (readonly [string, string, string])[] = [
  ['Kataib', 'Kataeb', 'Brigades'], ['Harakat', 'Haraka', 'Movement'], ['Liwa', 'Liwaa', 'Brigade'], ['Saraya', 'Sarayat', 'Companies'],
  ['Asaib', 'Asayib', 'League'], ['Jaish', 'Jaysh', 'Army'], ['Quwat', 'Quwwat', 'Forces'], ['Firqat', 'Firqa', 'Division'],
];

/** The glossary (60 actors, as the real one mixes them) and the 20 places; no two claim the same name. */
function buildGlossary(r: Rng): { actors: ActorDef[]; places: PlaceDef[] } {
  const cores = r.shuffle(CORE_START.flatMap((a) => CORE_END.map((b) => a + b)));
  const core = (): string => cores.pop() as string;
  const owners = new Map<string, string>();
  /** Claims a name's glossary key for `owner`; false when another entry has it (the build would stop on it). */
  const claim = (text: string, owner: string): boolean => {
    const key = termKey(text);
    if (!key || (owners.get(key) ?? owner) !== owner) return false;
    owners.set(key, owner);
    return true;
  };
  const arabic = (text: string): Alias => ({ text: toArabic(text), type: 'native-script', lang: 'ar' });
  /** An abbreviation from the initials, lengthened until it is free and not a common capitalised word. */
  const abbreviation = (words: string[], owner: string): Alias[] => {
    const letters = words.filter((w) => !/^al$/i.test(w)).map((w) => w.charAt(0).toUpperCase()).join('');
    const extra = words.join('').replace(/[^A-Za-z]/g, '').toUpperCase().slice(1);
    for (let len = letters.length; len <= letters.length + 3; len++) {
      const text = (letters + extra).slice(0, Math.max(2, len));
      if (!ABBREVIATION_STOPLIST.has(text) && claim(text, owner)) return [{ text, type: 'abbreviation' }];
    }
    return [];
  };
  const actors: ActorDef[] = [];
  const add = (name: string, kind: ActorKind, description: string, aliases: Alias[]): void => {
    const slug = slugify(name);
    if (!claim(name, slug) || actors.some((a) => a.slug === slug)) throw new Error(`corpus: the name ${name} is taken`);
    const kept = aliases.filter((a) => a.ambiguous || claim(a.text, slug));
    const find = (type: Alias['type']): string | undefined => kept.find((a) => a.type === type)?.text;
    const forms = [name, ...kept.filter((a) => !a.ambiguous && a.type !== 'native-script').map((a) => a.text)];
    actors.push({ slug, name, kind, description, aliases: kept, forms, abbreviation: find('abbreviation'), arabic: find('native-script'), translation: find('translation') });
  };

  add('United States', 'state', 'The state whose forces in the region are attacked by armed groups, and which strikes those groups in return.', [
    { text: 'US', type: 'abbreviation' },
    { text: 'U.S.', type: 'abbreviation' },
    { text: 'United States of America', type: 'title' },
    { text: 'Washington', type: 'metonym', ambiguous: true },
  ]);
  add('Iran', 'state', 'The state that backs most of the armed groups that attack US forces in Iraq and Syria.', [{ text: 'Islamic Republic of Iran', type: 'title' }, { text: 'ایران', type: 'native-script', lang: 'fa' }, { text: 'إيران', type: 'native-script', lang: 'ar' }]);
  for (let i = 0; i < 4; i++) {
    const c = core();
    add(`Republic of ${c}`, 'state', 'A state in the region whose government both hosts foreign troops and tolerates the groups that attack them.', [{ text: c, type: 'short-name' }, arabic(c)]);
  }
  add('US Central Command', 'state-body', 'The US military command for the Middle East, which announces and carries out US strikes in Iraq and Syria.', [{ text: 'CENTCOM', type: 'abbreviation' }, { text: 'Central Command', type: 'short-name' }]);
  add('US Department of Defense', 'state-body', 'The US ministry of defence, which reports attacks on US forces and casualty figures.', [{ text: 'Pentagon', type: 'metonym' }, { text: 'DoD', type: 'abbreviation' }]);
  for (const body of ['Guard Corps', 'Intelligence Directorate', 'Border Command', 'Interior Ministry']) {
    const c = core();
    add(`${c} ${body}`, 'state-body', `A state body of ${c} that the sources describe as arming, training or policing the armed groups.`, [...abbreviation([c, ...body.split(' ')], slugify(`${c} ${body}`)), { text: `${body} of ${c}`, type: 'spelling' }]);
  }
  for (let i = 0; i < 4; i++) {
    const c = core();
    add(`Government of ${c}`, 'government', `The government of ${c}, which condemns strikes on its territory and tries to restrain the armed groups.`, [{ text: `${c} cabinet`, type: 'short-name' }, { text: `${c}i government`, type: 'spelling' }]);
  }
  for (const org of ['Relief Council', 'Observatory for Human Rights', 'Red Crescent Committee', 'Monitoring Network']) {
    const c = core();
    add(`${c} ${org}`, 'organisation', 'A monitoring or relief organisation whose casualty counts the sources quote.', abbreviation([c, ...org.split(' ')], slugify(`${c} ${org}`)));
  }
  for (let i = 0; i < 3; i++) {
    const c = core();
    add(`${c} Mobilisation Front`, 'umbrella', "An umbrella of armed factions, formally part of the state's forces, under which several of the groups operate.", [
      { text: `Hashd al-${c}`, type: 'transliteration' },
      { text: `${c} Mobilization Front`, type: 'spelling' },
      ...abbreviation([c, 'Mobilisation', 'Front'], slugify(`${c} Mobilisation Front`)),
      arabic(`Hashd al-${c}`),
    ]);
  }
  for (let i = 0; i < 22; i++) {
    const [prefix, variant, translation] = GROUP_PREFIXES[i % GROUP_PREFIXES.length] as readonly [string, string, string];
    const c = core();
    const name = `${prefix} ${c}`;
    add(name, 'armed-group', 'An armed group in the region, backed by a foreign state, that the sources link to attacks on US forces and that US strikes have hit.', [
      { text: `${variant} ${c}`, type: 'transliteration' },
      { text: `${c} ${translation}`, type: 'translation' },
      ...abbreviation([prefix, c], slugify(name)),
      arabic(name),
    ]);
  }
  const firstNames = r.shuffle(FIRST_NAMES);
  for (let i = 0; i < 12; i++) {
    const [c, first] = [core(), firstNames[i % firstNames.length] as string];
    add(`${first} al-${c}`, 'person', 'A commander or official whom the sources name in connection with the armed groups and the strikes on them.', [
      { text: `${first} Al ${c}`, type: 'spelling' },
      { text: `Abu ${c}`, type: 'front-name' },
      { text: `Sheikh ${first} al-${c}`, type: 'title' },
      arabic(`${first} al-${c}`),
    ]);
  }
  for (const name of r.sample(VOICE_FIRST.flatMap((f) => VOICE_LAST.map((l) => `${f} ${l}`)), 3)) add(name, 'quoted-voice', 'An analyst whom the sources quote on the strikes and on the armed groups.', []);

  const prefixes = r.shuffle(PLACE_PREFIX);
  const places = PLACE_POINTS.map(([country, lat, lon], i): PlaceDef => {
    const [prefix, alt] = prefixes[i % prefixes.length] as readonly [string, string];
    const c = core();
    const name = `${prefix} ${c}`;
    const slug = slugify(name);
    if (!claim(name, `place:${slug}`)) throw new Error(`corpus: the place name ${name} is taken`);
    const variants = [{ text: `${alt} ${c}` }, { text: toArabic(name), lang: 'ar' }].filter((v) => claim(v.text, `place:${slug}`));
    return { slug, name, variants, country, lat, lon, precision: (['site', 'town', 'town', 'area', 'region'] as const)[i % 5] as PlaceDef['precision'] };
  });
  return { actors, places };
}

// ---------------------------------------------------------------------------------------------
// Outside sources

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
  const content = [
    '# Synthetic outside source for the benchmark corpus.',
    `publisher: ${q(publisher)}`,
    `title: ${q(`${title} near ${place.name}`)}`,
    `kind: ${kind}`,
    `date: ${q(date)}`,
    `origin: ${q("Editor's facts, benchmark corpus")}`,
    'facts:',
    ...kept.flatMap(([key, text]) => [`  - key: ${key}`, `    text: ${q(text)}`]),
    '',
  ].join('\n');
  return { slug: uniqueSlug(`${slugify(publisher)}-${kind}-${date}`, slugs), facts: kept.map(([key]) => key), content };
}

/** A YAML flow mapping that cites a fact of an outside source. */
const sourceCite = (r: Rng, source: SourceDef): string => `{ source: ${source.slug}, fact: ${r.pick(source.facts)} }`;

// ---------------------------------------------------------------------------------------------
// Articles

/** A sentence of an article, with the actors it names. */
interface Sentence {
  text: string;
  actors: string[];
}

/** A numbered (citable) paragraph or list item. */
interface Paragraph {
  n: number;
  sentences: Sentence[];
  text: string;
  item: boolean;
}

/** An article, as the rest of the corpus cites it; `corrected` ones are never cited (corrected words may only be cited as the article's claim). */
interface ArticleDef {
  slug: string;
  date: string;
  publisher: string;
  paragraphs: Paragraph[];
  corrected: boolean;
}

/** A citable passage: a sentence of an article's paragraph. */
interface Passage {
  article: string;
  paragraph: number;
  sentence: string;
  date: string;
  publisher: string;
}

/** The actors and places an article is about, by role. */
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

/** Writes sentences that name each actor by its name first, then by any of its forms, and records whom each names. */
function writer(r: Rng) {
  const seen = new Set<string>();
  let named: string[] = [];
  return {
    a(actor: ActorDef): string {
      named.push(actor.slug);
      const first = !seen.has(actor.slug);
      seen.add(actor.slug);
      return first && r.chance(0.75) ? actor.name : r.pick(actor.forms);
    },
    /** A place under its name or a Latin-script variant. */
    p(place: PlaceDef): string {
      const latin = place.variants.filter((v) => v.lang === undefined).map((v) => v.text);
      return latin.length > 0 && r.chance(0.3) ? r.pick(latin) : place.name;
    },
    /** Records an actor that a fixed text names. */
    record(actor: ActorDef): void {
      named.push(actor.slug);
      seen.add(actor.slug);
    },
    done(text: string): Sentence {
      const out = { text, actors: [...new Set(named)] };
      named = [];
      return out;
    },
  };
}
type Writer = ReturnType<typeof writer>;

/** The sentence templates of article bodies. */
const TEMPLATES: readonly ((w: Writer, c: Cast, r: Rng, pub: string) => string)[] = [
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
const LEADS: readonly ((w: Writer, c: Cast, r: Rng) => { lead: string; title: string })[] = [
  (w, c, r) => {
    const weapon = r.pick(WEAPONS);
    return { lead: `The US carried out ${r.pick(ADJECTIVES)} strikes on ${w.a(c.group)} in ${w.p(c.place)} after ${aa(weapon)} attack on its forces, officials said.`, title: `US strikes ${c.group.name} near ${c.place.name} after ${weapon} attack on ${r.pick(TARGETS)}` };
  },
  (w, c, r) => ({ lead: `${w.a(c.group)} vowed to respond after strikes on its positions near ${w.p(c.place)} killed ${r.int(2, 30)} of its fighters.`, title: `${c.group.name} vows response after strikes near ${c.place.name}` }),
  (w, c, r) => ({ lead: `${cap(aa(r.pick(WEAPONS)))} attack on ${aa(r.pick(TARGETS))} at ${w.p(c.place)} raised fears of a wider war between ${w.a(c.us)} and ${w.a(c.patron)}.`, title: `What the attack on ${c.place.name} means for the US and its rivals` }),
  (w, c, r) => {
    const village = villageName(r);
    return { lead: `The latest exchange between US forces and ${w.a(c.umbrella)} near ${village} shows how narrow the room for restraint has become.`, title: `Analysis: ${c.umbrella.name}, ${village} and the cost of escalation` };
  },
  (w, c, r) => {
    const local = localName(r);
    return { lead: `${local} was at home in ${villageName(r)} when ${aa(r.pick(WEAPONS))} struck a building used by ${w.a(c.group)}, ${r.pick(SOURCES)} said.`, title: `${local}: a night of strikes on ${c.group.name}` };
  },
  (w, c, r) => ({ lead: `${w.a(c.government)} summoned diplomats after ${r.int(2, 9)} strikes hit ${w.p(c.place)} overnight.`, title: `${c.government.name} protests strikes on ${c.place.name}` }),
];

/** `min` to `max` consecutive words of a sentence (all of it when it is short enough). */
function quoteWindow(r: Rng, sentence: string, min: number, max: number): string {
  const words = sentence.split(' ');
  if (words.length <= max) return sentence;
  const len = r.int(min, max);
  const start = r.int(0, words.length - len);
  return words.slice(start, start + len).join(' ');
}

/** Article `i`, from its own stream; corrections cite the base sources. Articles 0 and 1 carry the counts and have no correction. */
function buildArticle(i: number, seed: number, glossary: { actors: ActorDef[]; places: PlaceDef[] }, sources: readonly SourceDef[], slugs: Map<string, number>): ArticleDef & { content: string; words: number } {
  const r = createRng(seed).fork(`article:${i}`);
  const of = (kind: ActorKind): ActorDef[] => glossary.actors.filter((a) => a.kind === kind);
  const [states, groups, bodies] = [of('state'), of('armed-group'), of('state-body')];
  const us = states.find((a) => a.slug === 'united-states') as ActorDef;
  const cast: Cast = {
    // Round-robin, so that every group is the subject of some article.
    group: groups[i % groups.length] as ActorDef,
    group2: r.pick(groups),
    umbrella: r.pick(of('umbrella')),
    us,
    patron: r.chance(0.6) ? (states.find((a) => a.slug === 'iran') as ActorDef) : r.pick(states.filter((s) => s !== us)),
    body: r.chance(0.7) ? r.pick(bodies.slice(0, 2)) : r.pick(bodies),
    person: r.pick(of('person')),
    voice: r.pick(of('quoted-voice')),
    government: r.pick(of('government')),
    organisation: r.pick(of('organisation')),
    place: r.pick(glossary.places),
    place2: r.pick(glossary.places),
  };
  const date = i === 0 ? '2023-11-15' : i === 1 ? '2023-12-26' : randomDate(r);
  const publisher = r.pick(PUBLISHERS);
  const w = writer(r);
  const { lead, title } = r.pick(LEADS)(w, cast, r);
  const blocks: { sentences: Sentence[]; item: boolean }[] = [{ sentences: [w.done(lead)], item: false }];
  const count = r.int(10, 25);
  const listAt = r.chance(0.08) ? r.int(3, Math.max(3, count - 3)) : -1;
  while (blocks.length < count) {
    const k = blocks.length === listAt ? 3 : 1;
    for (let j = 0; j < k; j++) {
      const sentences = Array.from({ length: k === 3 ? 1 : r.weighted([[1, 3], [2, 4], [3, 2], [4, 1]] as const) }, () => w.done(r.pick(TEMPLATES)(w, cast, r, publisher)));
      blocks.push({ sentences, item: k === 3 });
    }
  }
  // Two articles carry the counts the timeline chart draws, in their second paragraph.
  if (i === 0) blocks[1] = { sentences: [{ text: 'Militants backed by Iran have launched 61 attacks on bases housing US personnel in Iraq and Syria since Oct. 17, the Pentagon said.', actors: [] }], item: false };
  if (i === 1) blocks[1] = { sentences: [{ text: 'The US military has struck back just 3 times since the attacks began, officials said.', actors: [] }], item: false };
  const paragraphs: Paragraph[] = blocks.map((b, k) => ({ n: k + 1, sentences: b.sentences, text: b.sentences.map((s) => s.text).join(' '), item: b.item }));
  const body = paragraphs.map((p, k) => (p.item ? `- ${p.text}\n${paragraphs[k + 1]?.item ? '' : '\n'}` : `${p.text}\n\n`)).join('').trimEnd();

  const kind = r.weighted([['news-report', 70], ['analysis', 18], ['opinion', 8], ['ai-generated', 4]] as const);
  const level = kind === 'ai-generated' ? 'low' : r.weighted([['high', 60], ['medium', 32], ['low', 8]] as const);
  const precision = r.chance(0.9) ? 'day' : 'month';
  const inferred = r.chance(0.3);
  const via = r.chance(0.15) ? r.pick(AGENCIES) : undefined;
  const unknown = r.chance(0.03);
  const lines = ['---', `title: ${q(title)}`, 'titleSource: first-line'];
  if (r.chance(0.6)) lines.push(`standfirst: ${q(`${cast.group.name} and ${cast.umbrella.name} weigh their response as strikes continue near ${cast.place.name}`)}`);
  lines.push('draft: false', 'published:', `  date: ${q(precision === 'day' ? date : date.slice(0, 7))}`, `  precision: ${precision}`);
  if (precision === 'month') lines.push(`  label: ${q(`${r.pick(['Early', 'Mid', 'Late'])} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`)}`);
  lines.push(`  inferred: ${inferred}`, `  basis: ${q(inferred ? 'The text states no date; it reports events of the previous days, and its photo caption is dated.' : 'The dateline of the article.')}`);
  lines.push('publisher:', `  name: ${q(unknown ? 'unknown' : publisher)}`, ...(via ? [`  via: ${q(via)}`] : []));
  lines.push(`  evidence: ${q(unknown ? 'The copy carries no masthead and no byline.' : `The text says “told ${publisher}” and carries its masthead.`)}`);
  const reason = { high: 'A news report that names its sources and can be checked.', medium: 'An analysis that does not always say where its figures come from.', low: 'Official sources contradict its account of the attack.' }[level];
  lines.push(`kind: ${kind}`, 'reliability:', `  level: ${level}`, '  reasons:', `    - ${q(reason)}`, ...(r.chance(0.5) ? [`    - ${q('It does not say who gave its casualty figures.')}`] : []));
  if (r.chance(0.3)) lines.push('images:', `  - caption: ${q(`Smoke rises over ${cast.place.name} after the strikes, ${dayLabel(date)}.`)}`, `    credit: ${q(`${r.pick(AGENCIES)}/Stringer`)}`);
  else lines.push('images: []');
  if (r.chance(0.15)) lines.push('notes:', `  - text: ${q('The paragraph gives a casualty figure that no other source confirms.')}`, '    paragraphs:', `      - ${r.int(2, Math.min(5, paragraphs.length))}`);
  else lines.push('notes: []');
  const corrected = i >= 2 && r.chance(0.06);
  if (corrected) {
    // It marks words of the article, sometimes with what is right beside them; a "wrong" or "clarified" one cites the record that shows it.
    const words = quoteWindow(r, r.pick(r.pick(paragraphs.slice(2)).sentences).text, 4, 8);
    const status = r.weighted([['wrong', 60], ['unconfirmed', 30], ['clarified', 10]] as const);
    const quote = r.chance(0.5) ? `{ text: ${q(words)}, correct: ${q(r.pick(['in Iraq', 'in Syria', `near ${cast.place2.name}`, 'three', 'more than 40']))} }` : q(words);
    const text = { wrong: 'Official statements give a different place and a different number of casualties.', unconfirmed: 'No other source confirms this.', clarified: 'The date is local time; US statements give the day before.' }[status];
    lines.push('corrections:', '  - quotes:', `      - ${quote}`, `    status: ${status}`, `    text: ${q(text)}`);
    if (status !== 'unconfirmed') lines.push('    evidence:', ...r.sample(sources.slice(0, BASE_SOURCES), r.int(1, 2)).map((s) => `      - ${sourceCite(r, s)}`));
  } else lines.push('corrections: []');
  const seedText = [title, ...paragraphs.map((p) => p.text)].join('\n');
  lines.push('ingest:', `  seed: ${String(i).padStart(5, '0')}_${sha256(`seed:${seedText}`).slice(0, 16)}.txt`, '  part: 1', '  parts: 1', `  seedSha256: ${sha256(seedText)}`);
  // A byline on some, as ingest records it; from a stream of its own, so that the rest of the article does not depend on it.
  const by = r.fork('byline');
  if (by.chance(0.4)) {
    const byline = localName(by);
    lines.push(`  byline: ${q(byline)}`, `  sources: { byline: ${q(`line 2: “By ${byline}”`)} }`);
  }
  lines.push(`  draftSha256: ${sha256(`draft:${body}`)}`, '---', '');
  return { slug: uniqueSlug(slugify(title, 70), slugs), date, publisher, paragraphs, corrected, content: `${lines.join('\n')}\n${body}\n`, words: seedText.split(/\s+/).length };
}

// ---------------------------------------------------------------------------------------------
// Citations

/** A sentence that can be cited on its own: six words or more, and one sentence (a citation supports one). */
const citable = (s: Sentence): boolean => s.text.split(' ').length >= 6 && !/[.?!]”?\s+\S/.test(s.text);
/** The casualty sentence of the templates: bound, killed, who, injured, according to whom. */
const TOLL = /^(At least|More than) (\d+) (.+?) were killed and (\d+) injured in the strikes, according to (.+)\.$/;
/** Its citable passages. */
const passagesOf = (a: ArticleDef, from = 0): Passage[] => a.paragraphs.slice(from).flatMap((p) => p.sentences.filter(citable).map((s) => ({ article: a.slug, paragraph: p.n, sentence: s.text, date: a.date, publisher: a.publisher })));
/** A `<Cite>` element whose quote is a window of the passage's sentence. */
const cite = (r: Rng, p: Passage, by?: string): string => `<Cite a="${p.article}" p="${p.paragraph}" q="${quoteWindow(r, p.sentence, 5, 14)}"${by ? ` by="${by}"` : ''} />`;
/** A YAML flow mapping that cites a passage. */
const citeYaml = (r: Rng, p: Passage, min = 5, max = 14): string => `{ article: ${p.article}, paragraph: ${p.paragraph}, quote: ${q(quoteWindow(r, p.sentence, min, max))} }`;
/** A sentence of prose that reports a passage (and so contains the quote). */
const report = (r: Rng, p: Passage): string => r.pick([`${p.publisher} reported on ${dayLabel(p.date)}: ${p.sentence}`, `A report of ${dayLabel(p.date)} says: ${p.sentence}`, `According to ${p.publisher}: ${p.sentence}`]);

/** Keeps up to `cap` items of a stream, each with the same chance (reservoir sampling). */
function reservoir<T>(size: number, r: Rng): { items: T[]; add(item: T): void } {
  const items: T[] = [];
  let seen = 0;
  return {
    items,
    add(item) {
      const j = seen++ < size ? items.length : Math.floor(r.next() * seen);
      if (j < size) items[j] = item;
    },
  };
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
  const bySlug = new Map(glossary.actors.map((a) => [a.slug, a]));
  const of = (kind: ActorKind): ActorDef[] => glossary.actors.filter((a) => a.kind === kind);
  const sourceSlugs = new Map<string, number>();
  const sources = Array.from({ length: Math.max(BASE_SOURCES, Math.round(n / 50)) }, (_, k) => buildSource(k, seed, glossary.places, sourceSlugs));
  for (const s of sources) files.push({ path: `content/sources/${s.slug}.yaml`, content: s.content });

  // Articles, and for each actor a sample of the passages that name it.
  const mentionRng = root.fork('mentions');
  const mentions = new Map(glossary.actors.map((a) => [a.slug, reservoir<Passage>(300, mentionRng)]));
  const articles: ArticleDef[] = [];
  const slugs = new Map<string, number>();
  let [paragraphs, words, cites] = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const { content, words: w, ...article } = buildArticle(i, seed, glossary, sources, slugs);
    files.push({ path: `content/articles/${article.slug}.mdx`, content });
    paragraphs += article.paragraphs.length;
    words += w;
    if (article.corrected) continue;
    for (const p of article.paragraphs) for (const s of p.sentences.filter(citable)) for (const a of s.actors) mentions.get(a)?.add({ article: article.slug, paragraph: p.n, sentence: s.text, date: article.date, publisher: article.publisher });
    articles.push(article);
  }
  const passageOf = (r: Rng, actor: string): Passage => {
    const list = mentions.get(actor)?.items ?? [];
    return list.length > 0 ? r.pick(list) : r.pick(passagesOf(r.pick(articles), 2));
  };

  // Actors: relations, facts and a body of reported, cited sentences; some leaders were killed.
  const ar = root.fork('actors');
  for (const actor of glossary.actors) {
    const relations: string[] = [];
    const relate = (type: string, target: ActorDef | undefined): void => {
      if (target && target.slug !== actor.slug) relations.push(`  - type: ${type}\n    target: ${target.slug}\n    cite: ${citeYaml(ar, passageOf(ar, actor.slug))}`);
    };
    if (actor.kind === 'armed-group') {
      relate('part-of', ar.pick(of('umbrella')));
      relate('backed-by', ar.chance(0.7) ? bySlug.get('iran') : ar.pick(of('state')));
      if (ar.chance(0.3)) relate('allied-with', ar.pick(of('armed-group')));
    } else if (actor.kind === 'person') relate(ar.chance(0.7) ? 'leads' : 'founded', ar.pick(of('armed-group')));
    else if (actor.kind === 'umbrella') relate('backed-by', bySlug.get('iran'));
    else if (actor.kind === 'state-body') relate('part-of', actor.name.startsWith('US ') ? bySlug.get('united-states') : ar.pick(of('state')));
    const facts = Array.from({ length: ar.int(2, 4) }, () => {
      const p = passageOf(ar, actor.slug);
      return `  - text: ${q(`It was named in a report of ${dayLabel(p.date)}.`)}\n    date: ${q(p.date)}\n    cite: ${citeYaml(ar, p)}`;
    });
    const sentences = Array.from({ length: ar.int(3, 6) }, () => {
      const p = passageOf(ar, actor.slug);
      cites++;
      return `${report(ar, p)} ${cite(ar, p)}`;
    });
    const ended = actor.kind === 'person' && ar.chance(0.25) ? passageOf(ar, actor.slug) : undefined;
    const half = Math.ceil(sentences.length / 2);
    const aliases = actor.aliases.map((a) => `  - { text: ${q(a.text)}, type: ${a.type}${a.lang ? `, lang: ${a.lang}` : ''}${a.ambiguous ? ', ambiguous: true' : ''} }`);
    const frontmatter = [`name: ${q(actor.name)}`, `description: ${q(actor.description)}`, `kind: ${actor.kind}`, ...(aliases.length > 0 ? ['aliases:', ...aliases] : ['aliases: []']), ...(relations.length > 0 ? ['relations:', ...relations] : ['relations: []']), 'facts:', ...facts];
    if (ended) frontmatter.push(`end: { kind: killed, date: ${q(ended.date)}, cite: ${citeYaml(ar, ended)} }`);
    files.push({ path: `content/actors/${actor.slug}.mdx`, content: ['---', ...frontmatter, '---', '', sentences.slice(0, half).join(' '), '', sentences.slice(half).join(' '), ''].join('\n') });
  }

  for (const p of glossary.places) {
    const kind = p.precision === 'site' ? 'military site' : p.precision === 'town' ? 'town' : 'district';
    const variants = p.variants.map((v) => `  - { text: ${q(v.text)}${v.lang ? `, lang: ${v.lang}` : ''} }`);
    const yaml = [`name: ${q(p.name)}`, `description: ${q(`A ${kind} in ${p.country} where the sources report attacks and strikes.`)}`, ...(variants.length > 0 ? ['variants:', ...variants] : ['variants: []'])];
    yaml.push(`country: ${p.country}`, `coordinates: { lat: ${p.lat}, lon: ${p.lon} }`, `precision: ${p.precision}`, `coordinatesSource: ${q('Synthetic benchmark coordinates, inside the country outline.')}`, '');
    files.push({ path: `content/places/${p.slug}.yaml`, content: yaml.join('\n') });
  }

  // Events: each reported by one article and dated by it, in date order; the toll and the attribution only as the article gives them.
  const er = root.fork('events');
  const eventCount = Math.max(5, Math.round(n / 10));
  const KINDS = [['attack-on-us-forces', 35], ['us-strike', 30], ['killing', 10], ['other-attack', 10], ['political-event', 10], ['designation', 5]] as const;
  const drafts = Array.from({ length: eventCount }, (_, k) => ({ k, article: er.pick(articles), kind: er.weighted(KINDS), precise: er.chance(0.85) })).sort((a, b) => a.article.date.localeCompare(b.article.date) || a.k - b.k);
  const eventSlugs = new Map<string, number>();
  const eventPassages: Passage[] = [];
  const events: string[] = [];
  for (const [index, { article, kind, precise }] of drafts.entries()) {
    const named = [...new Set(article.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.actors)))].flatMap((s) => bySlug.get(s) ?? []);
    const group = named.find((a) => a.kind === 'armed-group') ?? (of('armed-group')[0] as ActorDef);
    const place = glossary.places.find((p) => article.paragraphs.some((para) => para.text.includes(p.name))) ?? er.pick(glossary.places);
    const weapon = er.pick(WEAPONS);
    const title = {
      'attack-on-us-forces': `${cap(weapon)} attack on US forces near ${place.name}`,
      'us-strike': `US strikes on ${group.name} sites near ${place.name}`,
      killing: `A commander of ${group.name} killed near ${place.name}`,
      'other-attack': `${group.name} attack on a convoy near ${place.name}`,
      'political-event': `Talks on the future of the coalition after strikes near ${place.name}`,
      designation: `The US designates ${group.name} a terrorist organisation`,
    }[kind];
    const slug = uniqueSlug(`${slugify(title, 70)}-${article.date.slice(0, 4)}`, eventSlugs);
    const passages = passagesOf(article, 1);
    const chosen = er.sample(passages, er.int(1, 3));
    eventPassages.push(...chosen);
    // "US officials" are credited only where a cited paragraph names the US itself (not only a US body)
    // and its officials: the attribution rule asks for both.
    const namesUs = chosen.some((p) => {
      const text = article.paragraphs[p.paragraph - 1]?.text ?? '';
      return /United States|(?:^|[^\w.])(?:US|U\.S\.)(?=[\s,;:]|$)(?! Central Command| Department of Defense)/.test(text) && /\bofficials\b/i.test(text);
    });
    const roles =
      kind === 'us-strike'
        ? [`  - { actor: united-states, role: attacker }`, `  - { actor: ${group.slug}, role: target }`]
        : kind === 'attack-on-us-forces'
          ? [`  - { actor: united-states, role: target }`, `  - { actor: ${group.slug}, role: attacker${er.chance(0.4) && namesUs ? `, attributedBy: ${q('US officials')}` : ''} }`]
          : [`  - { actor: ${group.slug}, role: ${er.pick(['claimant', 'killed', 'official', 'responder'] as const)} }`];
    for (const a of named.filter((x) => x.slug !== group.slug && x.slug !== 'united-states').slice(0, er.int(0, 2))) roles.push(`  - { actor: ${a.slug}, role: ${er.pick(['official', 'responder', 'mediator'] as const)} }`);
    const toll = passages.map((p) => ({ p, m: TOLL.exec(p.sentence) })).find((x) => x.m);
    const casualties: string[] = [];
    if (toll?.m && er.chance(0.6)) {
      const [, bound, killed, who = '', injured, according = ''] = toll.m;
      casualties.push('casualties:', `  - who: ${q(who)}`, `    killed: { min: ${killed}${bound === 'More than' ? ', said: "more than"' : ''} }`, `    injured: { min: ${injured}, max: ${injured} }`, `    according: ${q(according)}`, `    cite: ${citeYaml(er, toll.p, 5, 12)}`);
    }
    const answered = index > 0 && er.chance(0.3) ? events[er.int(Math.max(0, index - 10), index - 1)] : undefined;
    const yaml = [`title: ${q(title)}`, `summary: ${q(`${title}, as ${article.publisher} reported it on ${dayLabel(article.date)}; the sources differ on who was behind it and on the casualties.`)}`];
    yaml.push(`date: ${q(precise ? article.date : article.date.slice(0, 7))}`, `datePrecision: ${precise ? 'day' : 'month'}`, `kind: ${kind}`, `places: [${place.slug}]`, 'actors:', ...roles, ...casualties);
    yaml.push(...(answered ? [`inResponseTo: [${answered}]`] : []), 'citations:', ...chosen.map((p) => `  - ${citeYaml(er, p, 5, 14)}`), ...(er.chance(0.2) ? [`  - ${sourceCite(er, er.pick(sources))}`] : []), '');
    files.push({ path: `content/events/${slug}.yaml`, content: yaml.join('\n') });
    events.push(slug);
  }

  // Explainers: each about one to three actors, citing passages that name them and passages that
  // events cite (so that "Explained in" on the timeline finds them), with a cited short answer.
  const xr = root.fork('explainers');
  const explainerCount = Math.max(2, Math.round(n / 20));
  const taken = new Map<string, number>();
  const subjects = Array.from({ length: explainerCount }, (_, k) => {
    const group = of('armed-group')[k % of('armed-group').length] as ActorDef;
    const others = xr.sample(glossary.actors.filter((a) => a.slug !== group.slug), xr.int(0, 2));
    const place = xr.pick(glossary.places);
    const title = xr.pick([`Who is ${group.name}?`, `Why does the US strike ${group.name}?`, `What happened near ${place.name}?`, `How is ${group.name} connected to ${others[0]?.name ?? 'Iran'}?`, `Who is behind the attacks near ${place.name}?`]);
    return { group, others, place, title, slug: uniqueSlug(slugify(title, 70), taken) };
  });
  for (const [k, s] of subjects.entries()) {
    const focus = [s.group, ...s.others];
    const pickPassage = (): Passage => (xr.chance(0.5) && eventPassages.length > 0 ? xr.pick(eventPassages) : passageOf(xr, xr.pick(focus).slug));
    const sentence = (): string => {
      const ps = Array.from({ length: xr.chance(0.3) ? 2 : 1 }, pickPassage);
      cites += ps.length;
      // A claim is credited to whoever the cited sentence names as its source ("according to local sources").
      const by = xr.chance(0.3) ? /according to ([^,.]+)/.exec((ps[0] as Passage).sentence)?.[1] : undefined;
      return `${report(xr, ps[0] as Passage)} ${ps.map((p, i) => cite(xr, p, i === 0 ? by : undefined)).join(' ')}`;
    };
    const sections = xr.sample(HEADINGS, xr.int(3, 4)).map((heading) => `## ${heading}\n\n${Array.from({ length: xr.int(2, 3) }, () => Array.from({ length: xr.int(2, 3) }, sentence).join(' ')).join('\n\n')}`);
    const side = (claim: string): string => `  <Side claim="${claim}">\n    ${sentence()}\n  </Side>`;
    sections.splice(xr.int(1, sections.length), 0, `<Disagree question="Who carried out the attack near ${s.place.name}?">\n${side(`${s.group.name}, according to US officials`)}\n${side('A little-known front group, according to its own statement')}\n</Disagree>`);
    const keyFacts = Array.from({ length: xr.int(2, 4) }, (_, f) => {
      const p = pickPassage();
      const refs = [citeYaml(xr, p), ...(xr.chance(0.25) ? [sourceCite(xr, xr.pick(sources))] : [])];
      return `  - label: ${q(['Founded', 'Backed by', 'Latest strike', 'Source', 'Known as'][f] as string)}\n    value: ${q(`As reported on ${dayLabel(p.date)}`)}\n    cites: [${refs.join(', ')}]`;
    });
    const answer = [`${s.group.name} is one of the armed groups the sources link to attacks on US forces in Iraq and Syria.`, 'The US has struck it several times.', 'The sources disagree on who carried out some of the attacks it is blamed for.'];
    const answerRefs = [passageOf(xr, s.group.slug), pickPassage(), pickPassage()];
    const related = xr.sample(subjects.filter((x) => x !== s).map((x) => x.slug), xr.int(0, 3));
    const published = isoOf(xr.int(dayOf('2024-10-01'), dayOf('2025-06-30')));
    const frontmatter = [`title: ${q(s.title)}`, 'shortAnswer:', ...answer.map((text, j) => `  - text: ${q(text)}\n    cites: [${citeYaml(xr, answerRefs[j] as Passage)}]`)];
    frontmatter.push(`actors: [${[...new Set(focus.map((a) => a.slug))].join(', ')}]`, `related: [${related.join(', ')}]`, 'keyFacts:', ...keyFacts, `published: ${q(published)}`, `updated: ${q(isoOf(dayOf(published) + xr.int(0, 90)))}`, `order: ${k + 1}`);
    files.push({ path: `content/explainers/${s.slug}.mdx`, content: ['---', ...frontmatter, '---', '', sections.join('\n\n'), ''].join('\n') });
  }

  // The counts the timeline chart draws, cited to the two articles that carry them.
  const countEntry = (id: string, series: string, figure: number, asOf: string, asOfLabel: string, according: string, article: ArticleDef, quote: string): string[] => [
    `- id: ${id}`, `  series: ${series}`, `  count: { min: ${figure}, max: ${figure} }`, '  since: "2023-10-17"', '  sinceLabel: 17 October 2023', `  asOf: ${q(asOf)}`, `  asOfLabel: ${asOfLabel}`, `  according: ${according}`, `  cite: { article: ${article.slug}, paragraph: 2, quote: ${q(quote)} }`,
  ];
  const [a0, a1] = articles as [ArticleDef, ArticleDef];
  files.push({
    path: 'content/counts.yaml',
    content: ['# Synthetic counts for the benchmark corpus; each cites the paragraph that gives it.', ...countEntry('attacks-by-mid-november-2023', 'attacks-on-us-forces', 61, '2023-11-15', 'mid-November 2023', 'the Pentagon', a0, 'Militants backed by Iran have launched 61 attacks on bases housing US personnel'), ...countEntry('strikes-by-26-december-2023', 'us-strikes', 3, '2023-12-26', '26 December 2023', 'US officials', a1, 'The US military has struck back just 3 times'), ''].join('\n'),
  });

  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const subject = of('armed-group')[0] as ActorDef;
  return {
    queries: [subject.name, subject.abbreviation ?? subject.translation ?? subject.name, (glossary.places[0] as PlaceDef).name, 'drone attack'],
    files,
    stats: { articles: n, actors: glossary.actors.length, explainers: explainerCount, events: eventCount, places: glossary.places.length, counts: 2, sources: sources.length, paragraphs, cites, words },
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
