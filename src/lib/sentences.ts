/**
 * Splitting prose into sentences, for the editorial lint (every factual sentence cited). A full
 * stop ends a sentence unless it ends a common abbreviation ("Sgt.", "Oct.", "U.S.") or an initial,
 * or stands inside a quotation (“… one. Two …” is one sentence of the text that quotes it).
 */

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'sgt', 'spc', 'cpl', 'pvt', 'lt', 'col', 'gen', 'maj', 'capt', 'adm', 'gov', 'sen', 'rep', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.n', 'u.k', 'a.m', 'p.m']);

/** The sentences of a text, trimmed, in order. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]["”’)]*(?=\s+["“‘(]?[A-Z0-9\p{Lu}])/gu;
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length;
    const before = text.slice(start, m.index ?? 0);
    if (insideQuote(text.slice(0, end))) continue;
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (m[0][0] === '.' && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord) || /^(?:\p{L}\.)+\p{L}$/u.test(lastWord))) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}

/** True when a text ends inside an open quotation: more “ than ”, or an odd number of straight double quotes. */
function insideQuote(text: string): boolean {
  const open = (text.match(/“/g) ?? []).length - (text.match(/”/g) ?? []).length;
  return open > 0 || (text.match(/"/g) ?? []).length % 2 === 1;
}

/** The number of words in a text. */
export const wordCount = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;
