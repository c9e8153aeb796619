/**
 * The lines that say who wrote an article, when, and for whom: bylines ("By Jane Doe, Reuters"),
 * date lines (see `dates.ts`), agency datelines ("WASHINGTON (AP) —", "(Reuters) -"), copyright
 * lines ("© 2024 The Daily Example. All rights reserved.") and the reporter's own "told The
 * National". Each is recognised by its shape, so it works on pages we have never seen; what it says
 * goes to the frontmatter with the line quoted as evidence, and the line leaves the body.
 */
import { findDates, type FoundDate } from './dates.ts';
import { interfaceScore, isFunctionWord, words } from './words.ts';

/** The news agencies whose reports other publishers carry, by the names datelines and bylines use. */
const AGENCIES =
  /^(?:AP|The Associated Press|Associated Press|Reuters|Thomson Reuters|AFP|Agence France-Presse|dpa|DPA|Bloomberg|UPI|ANI|PTI|Xinhua|Anadolu(?: Agency)?|EFE|ANSA|Kyodo|Yonhap|TASS|IRNA|CNA|Bernama|Press Association|PA|AAP|CP|The Canadian Press)$/;

/** The short names the agencies sign their reports with, for the long forms a copyright line or byline writes. */
const AGENCY_SHORT: Record<string, string> = {
  'the associated press': 'AP',
  'associated press': 'AP',
  'agence france-presse': 'AFP',
  'thomson reuters': 'Reuters',
  reuters: 'Reuters',
  'press association': 'PA',
  'anadolu agency': 'Anadolu',
  'the canadian press': 'CP',
  dpa: 'dpa',
};

/** An agency's name as its reports sign it ("The Associated Press" → "AP"); any other name as it is. */
export function agencyShortName(name: string): string {
  return AGENCY_SHORT[name.trim().toLowerCase()] ?? name.trim();
}

/** True when a name is a news agency's. */
export function isAgency(name: string): boolean {
  return AGENCIES.test(name.trim());
}

/** A byline: who wrote the article, and the organisation named with them, if any. */
export interface Byline {
  /** The names, as printed, without "By": "Jane Doe and John Roe". */
  names: string;
  /** An organisation printed after the names ("Reuters", "The Daily Example"), if any. */
  organisation?: string;
  /** What followed the byline on the same line (often its date), for the date reader. */
  rest?: string;
}

/** Words that may sit between the capitalised words of a name list. */
const NAME_JOINERS = new Set(['and', '&', 'de', 'del', 'da', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'le', 'la', 'in', 'of']);

/** Job titles that may follow a name in a byline ("Jane Doe, Middle East correspondent"). */
const ROLE = /\b(?:correspondent|reporter|editor|writer|columnist|staff|contributor|analyst|producer|bureau chief|news desk|desk|director|manager|officer|researcher|fellow|spokes(?:person|man|woman)|coordinator|adviser|advisor|specialist|lecturer|professor|intern)\b/i;

/**
 * Reads a byline: "By Jane Doe", "By JANE DOE and John Roe, Reuters", "Written by Jane Doe |
 * The Daily Example", "Reporting by Jane Doe in Baghdad; Editing by John Roe", and a podcast's
 * "Hosted by Jane Doe". The names must be
 * names: capitalised words, with at most a few joiners, never a clause ("By Monday, the troops…").
 *
 * @returns The byline, or undefined when the line is not one.
 */
export function readByline(line: string): Byline | undefined {
  // "By …", and a record's labelled field ("Byline: …", "Author: …", as a news database prints it).
  // An agency's credits in brackets at the story's end: "(Reporting by A in Baghdad; Editing by B)".
  const m = line.trim().replace(/^\((.*)\)$/, '$1').match(/^(?:(?:By|BY|by|Written by|Posted by|Post by|Words by|Story by|Text by|Reporting by|Reported by|Hosted by|Interviews? by|Interviewed by)[:\s]|(?:Byline|Author|Authors):)\s*(.+)$/);
  if (!m?.[1] || line.length > 200) return undefined;
  // A credits line ("Reporting by A in Baghdad; Editing by B"): the first part names the reporters.
  let text = m[1].split(/;\s*/)[0] ?? '';
  text = text.replace(/\s+in\s+\p{Lu}[\p{L}-]+(?:\s+and\s+\p{Lu}[\p{L}-]+)?$/u, '');
  let rest: string | undefined;
  const after = text.match(/\s*(?:[|·•»]|\s[–—-]\s|\bPublished\b|\bUpdated\b|\bPosted\b)\s*/);
  let organisation: string | undefined;
  if (after && after.index !== undefined) {
    const tail = text.slice(after.index + after[0].length).trim();
    const lead = after[0].trim();
    text = text.slice(0, after.index);
    if (/^(?:Published|Updated|Posted)$/.test(lead) || /\d{4}|\d:\d\d/.test(tail)) rest = `${/^[A-Z]/.test(lead) ? `${lead} ` : ''}${tail}`;
    else if (isNameList(tail)) organisation = tail;
  }
  const parts = text.split(/,\s*/);
  let names = parts[0] ?? '';
  parts.slice(1).forEach((part, i) => {
    const isLast = i === parts.length - 2;
    if (isLast && organisation === undefined && looksLikeOrganisation(part)) organisation = part;
    else if (!ROLE.test(part)) names = `${names}, ${part}`;
  });
  names = names.trim();
  // "By MARIA OKAFOR and DANIEL REYES Associated Press": the agency follows the names unmarked.
  const tokens = names.split(/\s+/);
  for (let k = Math.min(3, tokens.length - 2); k >= 1 && organisation === undefined; k--) {
    const tail = tokens.slice(-k).join(' ');
    if (isAgency(tail)) {
      organisation = tail;
      names = tokens.slice(0, -k).join(' ');
    }
  }
  // A forum post's author is a user name: "Post by hilltop_jo » Mon Apr 07, 2025 8:02 pm".
  const handle = /^post by\s/i.test(line.trim()) && /^[\p{L}\p{N}_.-]{2,30}$/u.test(names);
  if (!isNameList(names) && !handle) return undefined;
  // "BY THE NUMBERS", "By the way": a kicker; "By The Associated Press" names an organisation.
  if (/^the\s/i.test(names) && !organisation && !looksLikeOrganisation(names)) return undefined;
  const byline: Byline = { names: titleCaseShouting(names) };
  if (organisation) byline.organisation = organisation.trim();
  if (rest) byline.rest = rest;
  return byline;
}

/**
 * Reads a line that is only a name ("Clara Whitfield", "Jane Doe and John Roe"): a byline without
 * "By", which pages print between the headline and the date. The caller checks that position.
 */
export function readNameLine(line: string): Byline | undefined {
  const text = line.trim();
  const count = text.split(/\s+/).length;
  if (count < 2 || count > 7 || /\d|[:|•·]/.test(text) || looksLikeOrganisation(text) || !isNameList(text)) return undefined;
  if (text.split(/\s+/).some((w) => isFunctionWord(w) && !NAME_JOINERS.has(w.toLowerCase()))) return undefined;
  return { names: titleCaseShouting(text) };
}

/**
 * Reads a line shaped like a site's name: two to five capitalised words ("The Patient Gardener",
 * "Nachrichten Rundschau"), no interface words. Used only as a guess for the publisher.
 */
export function readSiteName(line: string): string | undefined {
  const text = line.trim();
  const count = text.split(/\s+/).length;
  if (count < 2 || count > 5 || !isNameList(text) || /\p{Lu}{3,}/u.test(text.replace(/\b(?:TV|BBC|USA|UK|US)\b/g, ''))) return undefined;
  return text;
}

/**
 * The page's own name among the lines above its headline: the first name-shaped line (two to six
 * capitalised words, "HARBOUR & FIELD", "The Example Advertiser") that the page names again, in
 * its copyright holder ("© Harbour & Field Media Ltd": the masthead and a company word) or in a
 * sentence of its own ("… has not been edited by The Example Advertiser staff"), or, for the first
 * name at the top of the page, on a line of the footer alone ("KDRX 9 News"). A section label
 * that only looks like an organisation ("National News", "The Magazine") is not named so.
 *
 * @param head The lines above the headline, with their indices.
 * @param others Every other line of the page.
 * @param holder The copyright holder's name, if any.
 * @returns The index of the masthead and its name, written as the page writes it where the masthead shouts.
 */
export function confirmedMasthead(head: { i: number; text: string }[], others: string[], holder?: string): { i: number; value: string } | undefined {
  const sentences = others.filter((t) => words(t).length >= 6);
  const repeated = new Set(others.map((t) => t.trim()));
  let atTop = true;
  for (const [k, { i, text }] of head.entries()) {
    const name = text.trim();
    const count = name.split(/\s+/).length;
    // A name the masthead prints on two lines ("Meridian Forum", then "for Security Policy"), the holder's whole name.
    const second = head[k + 1]?.text.trim();
    if (holder && second && /^(?:for|of|on|and|&)\s/i.test(second) && `${name} ${second}`.toLowerCase() === holder.toLowerCase()) return { i, value: holder };
    // A letterhead in display capitals that a sentence of the footer opens with, spelt out ("CRESTLINE VETERANS POLICY
    // NETWORK", then "Crestline Veterans Policy Network is a nonpartisan …"), whatever its words.
    const opening = count >= 2 && count <= 8 && !/\p{Ll}/u.test(name) ? sentences.find((t) => t.trim().toLowerCase().startsWith(`${name.toLowerCase()} `) && /\p{Ll}\p{Ll}/u.test(t.trim().slice(0, name.length))) : undefined;
    if (opening) return { i, value: opening.trim().slice(0, name.length) };
    // The page's first name, under nothing but a skip link or one-word buttons, that a line of the
    // footer prints again alone: "KDRX 9 News" at the top, and over the station's address at the foot.
    const first = atTop;
    atTop &&= interfaceScore(name).score > 0;
    // The footer may print a station's call letters without its channel ("KWZT" under "KWZT 12"): the name is the footer's.
    const unnumbered = name.replace(/\s\d{1,3}$/, '');
    if (first && count >= 2 && count <= 6 && interfaceScore(name).score === 0 && isNameList(name.replace(/\s\d{1,3}(?=\s|$)/g, ''))) {
      if (repeated.has(name)) return { i, value: name };
      if (unnumbered !== name && /^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?$/.test(unnumbered) && repeated.has(unnumbered)) return { i, value: unnumbered };
    }
    if (count > 6 || !isNameList(name) || interfaceScore(name).score > 0) continue;
    // "Harbour & Field Media": the masthead's words (a leading "The" may be left out), then company
    // words only. A one-word masthead ("HOMEGROUND") counts only when the copyright holder confirms it.
    const core = name.replace(/^the\s+/i, '');
    const rest = holder?.toLowerCase().startsWith(core.toLowerCase()) ? holder.slice(core.length) : undefined;
    if (holder && rest !== undefined && /^(?:\s+(?:media|group|publishing|publications|press|holdings|limited|ltd|plc|inc|llc|company|co))*\.?$/i.test(rest)) {
      return { i, value: /\p{Ll}/u.test(name) ? name : holder.slice(0, core.length) };
    }
    // A one-word name the footer says belongs to the holder ("Claimwise is a project of the Open Record Foundation").
    if (holder && others.some((t) => namesTitleOf(t, name, holder))) return { i, value: name };
    if (count < 2) continue;
    // "The Daily Harbinger" over "© Harbinger Media Group Limited": the holder's name, its company words left out, ends the masthead's.
    const holderCore = holder?.replace(/(?:\s+(?:media|group|publishing|publications|press|holdings|limited|ltd|plc|inc|llc|company|co)\.?)+$/i, '').replace(/^the\s+/i, '').trim();
    if (holderCore && holderCore.length >= 4 && holderCore !== holder && /\p{Ll}/u.test(name) && name.toLowerCase().endsWith(` ${holderCore.toLowerCase()}`)) return { i, value: name };
    // The head's name in display capitals ("U.S. DEPARTMENT of STATE"), the footer's line spelling it out ("U.S. Department of State").
    const spelt = others.find((t) => t.trim() !== name && t.trim().toLowerCase() === name.toLowerCase() && /\p{Ll}\p{Ll}/u.test(t));
    if (spelt) return { i, value: spelt.trim() };
    // A line the holder's name holds after its start ("Republic of Iraq" under "© … Ministry of Foreign
    // Affairs of the Republic of Iraq") is a part of the holder's name, not a name of its own.
    if (holder && holder.toLowerCase().includes(core.toLowerCase()) && !holder.toLowerCase().startsWith(core.toLowerCase())) continue;
    const at = new RegExp(String.raw`(?:^|[^\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\p{L}])`, 'u');
    if (/\p{Ll}/u.test(name) && sentences.some((t) => at.test(t))) return { i, value: name };
  }
  return undefined;
}

/** True for a list of names: capitalised words and joiners only, two to a dozen words. */
function isNameList(text: string): boolean {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 14) return false;
  const capitalised = tokens.filter((t) => /^[\p{Lu}“"']/u.test(t) || /^\p{Lu}\.?$/u.test(t));
  const joiners = tokens.filter((t) => NAME_JOINERS.has(t.replace(/,$/, '').toLowerCase()));
  return capitalised.length + joiners.length === tokens.length && capitalised.length >= 1 && !/[.!?]$/.test(text.replace(/\b\p{Lu}\.$/u, ''));
}

/** "JANE DOE" → "Jane Doe"; names written in ordinary case are left alone. */
function titleCaseShouting(text: string): string {
  const shouting = text.split(/\s+/).every((w) => NAME_JOINERS.has(w.toLowerCase().replace(/,$/, '')) || !/\p{Ll}/u.test(w));
  if (!shouting) return text;
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase()).replace(/\b(And|Of|De|Al|Van|Von)\b/g, (w) => w.toLowerCase());
}

/** Words that organisations' names use and people's names do not. */
const ORGANISATION_WORDS =
  /\b(?:Press|News|Times|Post|Journal|Herald|Tribune|Gazette|Ledger|Courier|Sentinel|Examiner|Inquirer|Enquirer|Dispatch|Bulletin|Register|Record|Advocate|Mirror|Daily|Weekly|Media|Broadcasting|Network|Radio|Television|TV|Telegraph|Guardian|Observer|Monitor|Review|Chronicle|Express|Mail|Star|Sun|Standard|Independent|Agency|Department|Ministry|Office|Council|Commission|Government|Service|Institute|Centre|Center|Foundation|Bureau|Command|Forces|Embassy|Union|Organization|Organisation|Association|Group|Online|Magazine|Wire|Today|Insider|Digest|University|College|Museum|Library|Hospital|Police|Court|Parliament|Forum|Forums|Trust|Fund|Society|Federation|Alliance|Coalition|Charity|Initiative|Campaign)\b/;

/** A name as two lines of a page may print it: without a leading "The", in any case ("The Cordell Springs Dispatch", "Cordell Springs Dispatch"). */
export function bareName(name: string): string {
  return name.trim().replace(/^the\s+/i, '').toLowerCase();
}

/** An organisation's abbreviation in brackets after its name: "Kuwait News Agency (KUNA)". */
const ABBREVIATION = /\s+\((\p{Lu}{2,8})\)$/u;

/** A name without the abbreviation it is printed with, and that abbreviation: "Kuwait News Agency (KUNA)" → "Kuwait News Agency", "KUNA". */
export function splitAbbreviation(written: string): { name: string; abbreviation?: string } {
  const m = written.match(ABBREVIATION);
  return m ? { name: written.slice(0, m.index), abbreviation: m[1]! } : { name: written };
}

/** True for a name that reads as an organisation's ("The Daily Example", "Ministry of Defence"). */
export function looksLikeOrganisation(text: string): boolean {
  const company = /\s(?:AB|AG|SA|NV|BV|Inc\.?|Ltd\.?|LLC|GmbH|plc|PLC|Corp\.?|Co\.?|Oy|ASA|SpA)$/.test(text.trim());
  // An organisation's name may join its words with "for", "on" or "the" ("The Institute for Regional Security"),
  // and end with its abbreviation in brackets ("Kuwait News Agency (KUNA)").
  const name = splitAbbreviation(text).name.replace(/\s(?:for|on|the)\s(?=\p{Lu})/gu, ' of ');
  return isAgency(text) || ((company || ORGANISATION_WORDS.test(text)) && isNameList(name));
}

/** A dateline on a line of its own, ending with its agency and a dash: "Qaranah, 24 January 2024 (QNA) –". It stands above the headline. */
export function isStandaloneDateline(text: string): boolean {
  return /^\p{Lu}.{2,120}\(\p{Lu}{2,8}\)\s*[–—-]$/u.test(text.trim());
}

/** An agency dateline at the start of a paragraph, and the text after it. */
export interface Dateline {
  /** The dateline as printed, with its dash: "WASHINGTON (AP) —". */
  text: string;
  /** The place, as printed, if any: "WASHINGTON", "BAGHDAD, Iraq". */
  place?: string;
  /** The agency in brackets, if any: "AP", "Reuters". */
  agency?: string;
  /** The full date in the dateline, if any: "WASHINGTON, March 4, 2024 –". */
  date?: FoundDate;
}

/**
 * Reads an agency dateline: "WASHINGTON (AP) — ", "BAGHDAD, Iraq (AP) — ", "BAGHDAD/WASHINGTON, Feb 14 (Reuters) - ", "BEIRUT, March 3
 * (Reuters) - ", "Beirut (Reuters) - ", "(Reuters) - ", "GENEVA — ", and a press release's "COLUMBUS,
 * Ohio, March 12, 2024 /PRNewswire/ --". A place without an agency must
 * be in capitals, and the sentence after the dash must start with a capital, so an ordinary sentence
 * with a dash ("ISIS — the group that…") is never taken for one.
 */
export function readDateline(paragraph: string): Dateline | undefined {
  const m = paragraph.match(
    /^((\p{Lu}[\p{L}'’.-]*(?:[ /-]\p{Lu}[\p{L}'’.-]*)*(?:,\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)?(?:,\s+\p{Lu}[a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?)\s*)?(?:\(([\p{L}&. -]{2,30})\)\s*|\/([\p{L} ]{2,30})\/\s*)?[—–-]{1,2}\s+(?=[\p{Lu}\d“"‘'])/u,
  );
  if (!m || m[0].length > 80) return undefined;
  const place = m[2]?.trim();
  const agency = m[3]?.trim();
  // "/PRNewswire/": a press release's distribution service, not an agency's report.
  const wire = m[4]?.trim();
  if (!agency && !wire) {
    // Without an agency, the place must be in capitals: "GENEVA — ".
    const first = place?.split(',')[0] ?? '';
    if (!first || /\p{Ll}/u.test(first) || first.replace(/[^\p{L}]/gu, '').length < 3) return undefined;
  }
  const dateline: Dateline = { text: m[0].trim() };
  const date = findDates(m[0])[0];
  if (date) dateline.date = date;
  if (place) dateline.place = place;
  if (agency) dateline.agency = agency;
  return dateline;
}

/**
 * The place and full date a statement opens its first paragraph with, as ministries' and
 * embassies' releases do ("Baghdad, Saturday 3 February 2024 – The Ministry …"): the text stays,
 * and the date is the statement's. The place is one to four capitalised words (a region after a
 * comma), the date a full one (day, month and year), a dash after it.
 */
export function readDatedOpening(paragraph: string): { text: string; date: FoundDate } | undefined {
  const m = paragraph.match(/^(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)?),\s+([^–—]{6,40}?)\s*[—–-]{1,2}\s+(?=[\p{Lu}\d“"‘'])/u);
  if (!m?.[2]) return undefined;
  const date = findDates(m[2])[0];
  // The date is all the part holds, with at most a weekday before it: "Saturday 3 February 2024".
  if (!date || m[2].slice(0, date.index).replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?/i, '').trim() !== '' || m[2].slice(date.index + date.text.length).trim() !== '') return undefined;
  return { text: m[0].trim(), date };
}

/**
 * Reads a copyright line: "© 2024 The Daily Example. All rights reserved.", "Copyright 2024 Example
 * News Ltd", "© Example Media 2024".
 *
 * @returns The name of the holder, without years and company suffixes, or undefined.
 */
export function readCopyright(line: string): string | undefined {
  const m = line.trim().replace(/^all rights reserved (?:to|by) (.+?)\s*(©.*)?$/i, '© $1').replace(/^all rights reserved[.,]?\s+(?=©|\(c\)|copyright\b)/i, '').match(/^(?:(?:©|\(c\))\s*(?:copyright\s*)?|copyright\s*(?:©|\(c\))?\s*)(.*)$/i);
  if (!m?.[1] || line.length > 200) return undefined;
  const name = m[1]
    .replace(/\ball rights reserved\b.*$/i, '')
    .replace(/\s+(?:or|and) its (?:affiliated companies|affiliates|subsidiaries|licensors)\b/i, '')
    .replace(/[.,;\s]+$/, '')
    .replace(/^\s*\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*/, '')
    .replace(/\s*,?\s*\d{4}(?:\s*[-–]\s*\d{4})?\s*$/, '')
    .split(/\s*[|·•]\s*|\.\s+/)[0]!
    .replace(/[.,;\s]+$/, '')
    .replace(/,?\s+(?:Ltd|Limited|Inc|LLC|LLP|plc|PLC|GmbH|Corp|Corporation|Company|S\.A|Co|CIC|CIO|Pty(?: Ltd)?)\.?$/, '')
    .replace(ABBREVIATION, '')
    .trim();
  // A footer's link about copyright ("Copyright Information", "Copyright policy") names no holder.
  if (!name || /copyright|crown/i.test(name) || /^(?:information|info|notice|policy|statement|terms|permissions?|and trademarks?)$/i.test(name) || (words(name).length > 8 && !(words(name).length <= 14 && looksLikeOrganisation(name))) || !/^\p{Lu}|^\d/u.test(name)) return undefined;
  return name;
}

/** A press release's source line: "SOURCE Halvorsen Pumps AB" (PR Newswire), "SOURCE: Example Corp". */
export function readSourceLine(line: string): string | undefined {
  const m = line.trim().match(/^SOURCE:?\s+(\p{Lu}[\p{L}\p{N}&.,' -]{1,80})$/u);
  return m?.[1] && isNameList(m[1].replace(/,/g, '')) ? m[1].trim() : undefined;
}

/** How often the text says "told <Publisher>", by publisher: the reporter naming their own outlet. */
export function toldCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\btold ((?:The )?[A-Z][\w-]*(?:[ -][A-Z][\w-]*)*)/g)) {
    const name = m[1] ?? '';
    if (words(name).every((w) => isFunctionWord(w))) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** True when a line says that `title` is a title of `owner`: "X is a trading name of Y", "X is part of Y", "X is published by Y". */
export function namesTitleOf(line: string, title: string, owner: string): boolean {
  const at = line.indexOf(title);
  if (at < 0) return false;
  const rest = line.slice(at + title.length);
  // "X is a Big Country Broadcasting station": the owner's name (without its "LLC") before the kind of title.
  const core = owner.replace(/,?\s+(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|plc|PLC|Corp\.?|GmbH)$/, '');
  if (new RegExp(`^\\s+is\\s+an?\\s+${core.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:station|newspaper|publication|property|title|brand|website|company)\\b`, 'i').test(rest)) return true;
  return /^\s+is\s+(?:a\s+trading\s+name\s+of|(?:a\s+)?(?:part|member)\s+of|published\s+by|owned\s+by|an?\s+(?:publication|project|program|programme|initiative|service)\s+of)\s+(?:the\s+)?/i.test(rest) && rest.includes(owner);
}
