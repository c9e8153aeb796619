/**
 * The features a block is classified by, after jusText (Pomikálek, 2011): its length, its share of
 * function words, whether it ends like a sentence, its share of interface vocabulary, its link
 * density (saved pages only), whether it repeats elsewhere, and whether it is a row of short items
 * joined by separators (menus, breadcrumbs, share rows). From them come two scores in [0, 1] that
 * the report prints: how much the block reads like article text, and how much like furniture.
 */
import { isFirmNotice, noticesIn, type NoticeKind } from './notices.ts';
import type { Unit } from './units.ts';
import { functionWordCount, interfaceScore, words } from './words.ts';

/** A block's features and its two scores. */
export interface Features {
  /** Length in characters. */
  chars: number;
  /** Number of words. */
  words: number;
  /** Function words / words. Article prose is around 0.4, headlines 0.1–0.3, menus 0. */
  functionShare: number;
  /** Weighted interface words and phrases / words. */
  interfaceShare: number;
  /** The interface words and phrases found, for the report. */
  interfaceHits: string[];
  /** True when some hit is a strong interface word or phrase (weight ≥ 1), or a notice. */
  hasStrongInterface: boolean;
  /** True when some hit is a word that names the page's machinery (cookie, newsletter, subscribe), not only a phrase. */
  hasMachineryWord: boolean;
  /** The kinds of page notice the block holds (see `notices.ts`): feedback, sponsor, disclaimer, contact, legal. */
  notices: NoticeKind[];
  /** True when a notice is worded as only a page's own notice is (an underwriting credit with its slogan, a rush-transcript note): removed even inside the article. */
  firmNotice: boolean;
  /** The share of `interfaceShare` that interface phrases and notices make up (the rest is single words and ©). */
  phraseShare: number;
  /** Ends with a full stop, question or exclamation mark (before closing quotes or brackets). */
  endsSentence: boolean;
  /** Share of characters in links (saved pages); 0 for raw text. */
  linkDensity: number;
  /** Short items joined by separators: "Home › World › Middle East", "Facebook | X | Email". */
  isSeparatorRow: boolean;
  /** How many other blocks of the article have exactly this text. */
  repeats: number;
  /** How much the block reads like article text, 0 to 1. */
  text: number;
  /** How much the block reads like page furniture, 0 to 1. */
  furniture: number;
}

const round = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

/** The features of one block. `repeats` is filled in by the caller, who sees the whole article. */
export function featuresOf(unit: Unit, repeats = 0): Features {
  const text = unit.shape === 'table' ? [...(unit.table?.header ?? []), ...(unit.table?.rows.flat() ?? [])].join(' ') : unit.text;
  const list = words(text);
  const count = Math.max(1, list.length);
  const ui = interfaceScore(text, list);
  const notices = unit.shape === 'table' ? [] : noticesIn(text);
  const copyright = (text.match(/©/g) ?? []).length;
  const phraseShare = ((ui.phrases + notices.length) * 2) / count;
  const interfaceShare = (ui.score + copyright * 2 + notices.length * 2) / count;
  // A footnote marker after the full stop ("… in 1911.[1]", "… 1911.¹²") still ends a sentence.
  const endsSentence = /[.!?…][”"’')\]]*(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})*$/.test(text.trim());
  const segments = text.split(/\s*(?:[|·•›»]|\s\/\s)\s*/).filter(Boolean);
  // A print page's running head is a row of two: "4 THE EXAMPLE GAZETTE | THURSDAY, MARCH 6, 2025".
  const runningHead = segments.length === 2 && text.includes('|') && segments.every((s) => words(s).length <= 5) && segments.some((s) => /\b(?:19|20)\d\d\b/.test(s));
  const isSeparatorRow = ((segments.length >= 3 && segments.every((s) => words(s).length <= 4)) || runningHead) && !endsSentence;
  const linkDensity = unit.page?.linkDensity ?? 0;
  const functionShare = functionWordCount(list) / count;

  const length = Math.min(1, text.length / 200);
  const fw = Math.min(1, functionShare / 0.35);
  const punct = endsSentence ? 1 : /[.!?;,]\s/.test(text) ? 0.4 : 0;
  const textScore = (0.4 * length + 0.4 * fw + 0.2 * punct) * (1 - Math.min(1, interfaceShare * 2)) * (1 - linkDensity);
  const bare = list.length <= 3 && functionShare === 0 && !endsSentence ? 0.35 : 0;
  const furniture = Math.max(
    Math.min(1, interfaceShare * 2.5),
    linkDensity,
    isSeparatorRow ? 0.8 : 0,
    bare + (repeats > 0 && list.length <= 8 ? 0.25 : 0),
    // A short line with a strong interface word or phrase is a button, a label or a banner; a
    // notice is a statement of a sentence or two ("The views expressed here are the author's own.").
    (ui.strong || copyright > 0) && list.length <= 10 ? 0.6 : 0,
    notices.length > 0 && list.length <= 25 ? 0.6 : 0,
    // A block inside a page's menu, share bar, comments or footer (by element, role or class).
    unit.page?.landmark ? 0.6 : 0,
  );
  return {
    chars: text.length,
    words: list.length,
    functionShare: round(functionShare),
    interfaceShare: round(interfaceShare),
    interfaceHits: [...ui.hits, ...notices.map((n) => n.text)],
    hasStrongInterface: copyright > 0 || ui.strong || notices.length > 0,
    hasMachineryWord: ui.machinery,
    notices: notices.map((n) => n.kind),
    // Worded as only a page's own notice or form is (see notices.ts FIRM), whether or not a notice kind names it.
    firmNotice: isFirmNotice(text),
    phraseShare: round(phraseShare),
    endsSentence,
    linkDensity: round(linkDensity),
    isSeparatorRow,
    repeats,
    text: round(textScore),
    furniture: round(furniture),
  };
}

/** True for a line that reads as a sentence: it ends like one and has function words. */
export function isSentenceLike(f: Features): boolean {
  return f.endsSentence && f.words >= 3 && f.functionShare >= 0.15 && f.interfaceShare < 0.2;
}

/**
 * True for a line that would read as a sentence without its interface phrases and notices ("It
 * drew 300 comments.", "The contractor is an equal opportunity employer."): inside an article such
 * a line is kept and checked, not dropped, since news also reports on comments, sponsors, press
 * offices and companies. Not a line with a word that names the page's machinery (cookie,
 * newsletter, subscribe), nor a feedback widget's question ("Was this article helpful?"): those
 * are never news.
 */
export function readsAsSentenceApartFromPhrases(f: Features, text: string): boolean {
  if (f.hasMachineryWord || f.phraseShare === 0) return false;
  if (f.notices.length > 0 && f.notices.every((k) => k === 'feedback') && /\?\s*$/.test(text)) return false;
  return isSentenceLike({ ...f, interfaceShare: f.interfaceShare - f.phraseShare });
}

/** True for a line shaped like a headline: a few words to a couple of dozen, no closing full stop. */
export function isHeadlineShaped(text: string, f: Features): boolean {
  return f.words >= 2 && f.words <= 30 && text.length <= 200 && !/[.,;:]$/.test(text.trim()) && !/^[-*•]/.test(text);
}
