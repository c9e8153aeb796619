/**
 * Spelling variants of actor names: the folding that makes "Kata’ib Ḥizballāh" and "Kataib Hizballah"
 * the same text, and the regular-expression atoms that one alias compiles to.
 *
 * Folding works on the text a reader sees and keeps, for every folded character, where it came from
 * in the original, so a match in folded text maps back to exact offsets in the original.
 */

/** Text folded for matching, with a map back to the original text. */
export interface FoldedText {
  /** The folded text: marks dropped, apostrophes, hyphens, spaces and Arabic letter forms unified. */
  text: string;
  /** For each folded character (UTF-16 unit), the index in the original where it starts. */
  starts: Int32Array;
  /** For each folded character, the index in the original just after it (and any marks it carried). */
  ends: Int32Array;
}

/** Characters a name may carry that stand for "nothing": tatweel, soft hyphen, zero-width ones. */
const INVISIBLE = /[\u0640\u00ad\u200b-\u200d\u2060\ufeff]/u;

/** Single-character replacements: apostrophe and hyphen variants, and Arabic letter forms. */
const REPLACE: Readonly<Record<string, string>> = {
  // Curly quotes, modifier letters for hamza and ʿayn (ʼ ʻ ʾ ʿ), backtick, acute accent and prime.
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u02bb': "'", '\u02be': "'", '\u02bf': "'", '\u0060': "'", '\u00b4': "'", '\u2032': "'",
  '\u2010': '-', '\u2011': '-',
  // Alef with hamza or madda, and alef wasla, are all read as a bare alef.
  '\u0623': '\u0627', '\u0625': '\u0627', '\u0622': '\u0627', '\u0671': '\u0627',
  // Alef maqsura as yeh, teh marbuta as heh, and the Persian yeh and keheh as their Arabic letters.
  '\u0649': '\u064a', '\u06cc': '\u064a', '\u0629': '\u0647', '\u06a9': '\u0643',
};

// Combining marks (diacritics, harakat), any white space, and letters or digits of any script.
const MARK = /\p{M}/u;
const SPACE = /\s/u;
const LETTER = /[\p{L}\p{N}]/u;

/** A growing folded text: its pieces, and the index map as typed arrays (fast for long pages). */
interface Builder {
  pieces: string[];
  starts: Int32Array;
  ends: Int32Array;
  length: number;
  apostrophes: number[];
}

/** Makes room for `extra` more folded characters. */
function reserve(b: Builder, extra: number): void {
  if (b.length + extra <= b.starts.length) return;
  const grow = (old: Int32Array): Int32Array => {
    const next = new Int32Array(Math.max(old.length * 2, b.length + extra));
    next.set(old);
    return next;
  };
  b.starts = grow(b.starts);
  b.ends = grow(b.ends);
}

/**
 * Folds text for matching: NFKD with marks dropped (diacritics and Arabic harakat), tatweel and
 * invisible characters dropped, apostrophe/hyphen/space variants and Arabic alef, yeh and teh
 * marbuta forms unified, and an apostrophe inside a word dropped ("Kata'ib" → "Kataib") unless it
 * starts a possessive "'s", so "Iran's" still ends at "Iran". Case is kept: acronyms are
 * case-sensitive.
 */
export function foldText(original: string): FoldedText {
  const size = original.length;
  const b: Builder = { pieces: [], starts: new Int32Array(size + 16), ends: new Int32Array(size + 16), length: 0, apostrophes: [] };
  // Printable ASCII other than the backtick stays as it is (most text): it is copied in runs.
  let run = 0;
  for (let index = 0; index < size; ) {
    const code = original.charCodeAt(index);
    if (code >= 0x20 && code < 0x7f && code !== 0x60) {
      if (code === 0x27) b.apostrophes.push(b.length);
      b.starts[b.length] = index;
      b.ends[b.length++] = ++index;
      continue;
    }
    b.pieces.push(original.slice(run, index));
    const cp = String.fromCodePoint(original.codePointAt(index) as number);
    const end = index + cp.length;
    // A listed character is replaced before decomposition, which would split "´" into a space and a mark.
    for (const ch of REPLACE[cp] ?? (code < 0x80 ? cp : cp.normalize('NFKD'))) {
      if (MARK.test(ch) || INVISIBLE.test(ch)) {
        // A dropped mark belongs to the character before it, so a match that ends there covers it.
        if (b.length > 0 && b.ends[b.length - 1] === index) b.ends[b.length - 1] = end;
        continue;
      }
      const folded = REPLACE[ch] ?? (SPACE.test(ch) ? ' ' : ch);
      reserve(b, folded.length + size - end);
      for (let k = 0; k < folded.length; k++) {
        if (folded[k] === "'") b.apostrophes.push(b.length);
        b.starts[b.length] = index;
        b.ends[b.length++] = end;
      }
      b.pieces.push(folded);
    }
    index = run = end;
  }
  b.pieces.push(original.slice(run));
  return dropInnerApostrophes(b);
}

/** Drops apostrophes between two letters, except the apostrophe of a word-final possessive "'s". */
function dropInnerApostrophes(b: Builder): FoldedText {
  const text = b.pieces.join('');
  const drop = b.apostrophes.filter((i) => {
    const after = text[i + 1];
    const possessive = (after === 's' || after === 'S') && !LETTER.test(text[i + 2] ?? '');
    return LETTER.test(text[i - 1] ?? '') && LETTER.test(after ?? '') && !possessive;
  });
  if (drop.length === 0) return { text, starts: b.starts.subarray(0, b.length), ends: b.ends.subarray(0, b.length) };
  let kept = '';
  let from = 0;
  let to = 0;
  for (const i of [...drop, b.length]) {
    kept += text.slice(from, i);
    b.starts.copyWithin(to, from, i);
    b.ends.copyWithin(to, from, i);
    to += i - from;
    from = i + 1;
  }
  return { text: kept, starts: b.starts.subarray(0, to), ends: b.ends.subarray(0, to) };
}

/**
 * True for an acronym or abbreviation: a term with at least one letter and no lowercase letter
 * ("KH", "IRGC", "U.S."). Acronyms match only in their exact case, so "KH" is never "kh".
 */
export function isAcronym(term: string): boolean {
  return /\p{Lu}/u.test(term) && !/\p{Ll}/u.test(term);
}

/** The words of a folded term: split at spaces and hyphens. */
function words(folded: string): string[] {
  return folded.split(/[ -]+/).filter((w) => w.length > 0);
}

/** True for the Arabic article written in Latin script ("al", "Al", "el") before another word. */
const isArticle = (word: string, index: number, all: string[]): boolean =>
  index < all.length - 1 && /^[ae]l$/i.test(word);

/**
 * The key two aliases share when they are the same alias: folded, lowercased, the article "el" read
 * as "al", words run together. Used to spot one alias claimed by two actors.
 */
export function termKey(term: string): string {
  return words(foldText(term).text.toLowerCase())
    .map((w, i, all) => (isArticle(w, i, all) ? 'al' : w))
    .join('');
}

const escapeChar = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/** One character of a name, matched in either case. */
function anyCase(ch: string): string {
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  const single = [...lower].length === 1 && [...upper].length === 1;
  return lower !== upper && single ? `[${lower}${upper}]` : escapeChar(ch);
}

/** The pattern atom that joins two words: a hyphen, a space or nothing. */
export const SEPARATOR = '[ -]?';

/**
 * The regular-expression atoms (for the `u` flag) that match a term in folded text, one per
 * character, with {@link SEPARATOR} between words and one atom for the article. A name matches in
 * any case and its article may be "al", "Al" or "el"; an acronym matches only in its own case.
 */
export function termAtoms(term: string): string[] {
  const acronym = isAcronym(term);
  const atoms: string[] = [];
  words(foldText(term).text).forEach((word, i, all) => {
    if (i > 0) atoms.push(SEPARATOR);
    if (acronym) atoms.push(...[...word].map(escapeChar));
    else if (isArticle(word, i, all)) atoms.push('[aAeE][lL]');
    else atoms.push(...[...word].map(anyCase));
  });
  return atoms;
}
