/**
 * The house list: words the site never uses in its own voice, because they take a side or say more
 * than the sources do. Quotes of the sources are exempt. Each word comes with what to write instead.
 */

/** A word the site does not use, the pattern that finds it, and the advice. */
export interface HouseWord {
  word: string;
  pattern: RegExp;
  instead: string;
}

/** The list, to start (issue #12). */
export const HOUSE_WORDS: readonly HouseWord[] = [
  { word: 'proxies', pattern: /\bprox(?:y|ies)\b/i, instead: 'say what the group is: "Iran-backed groups", "allied militias"' },
  { word: 'incursion', pattern: /\bincursions?\b/i, instead: 'say what happened: "attack", "raid"' },
  { word: 'assassinated', pattern: /\bassassinat(?:e|ed|es|ing|ion|ions)\b/i, instead: '"killed", with who killed them and how, as the sources say' },
  { word: 'elite', pattern: /\belite\b/i, instead: 'name the unit and what it does' },
  { word: 'regime', pattern: /\bregimes?\b/i, instead: '"government"' },
  { word: 'measured', pattern: /\bmeasured\b/i, instead: 'say what the response was, and who called it that' },
  { word: 'rarely', pattern: /\brarely\b/i, instead: 'give the count the sources give, or drop it' },
  { word: 'caution', pattern: /\b(?:caution|cautious|cautiously)\b/i, instead: 'say what was done, and who describes it so' },
];

/** Text outside quotation marks: the site's own voice. Quoted words (“…”, "…", ‘…’ within them) are blanked. */
export function ownVoice(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length));
}

/** The house words a text uses in its own voice. */
export function houseWordsIn(text: string): HouseWord[] {
  const own = ownVoice(text);
  return HOUSE_WORDS.filter((w) => w.pattern.test(own));
}
