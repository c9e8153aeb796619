import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedDistance, buildFuzzyIndex, editDistance, fuzzyActor, type FuzzyTerm } from '../../../../src/lib/search/fuzzy.ts';

/** An invented glossary, unlike the site's: long and short names, acronyms, Arabic. */
const TERMS: FuzzyTerm[] = [
  { actor: 'silver-river', text: 'Saraya Nahr al-Fidda' },
  { actor: 'silver-river', text: 'Silver River Companies' },
  { actor: 'silver-river', text: 'SNF' },
  { actor: 'silver-river', text: 'سرايا نهر الفضة' },
  { actor: 'moon-front', text: 'Jabhat al-Qamar' },
  { actor: 'moon-front', text: 'KSS' },
  { actor: 'ridge-brigades', text: 'KH' },
  { actor: 'ridge-brigades', text: 'Northern Ridge Brigades' },
  { actor: 'birun', text: 'Birun' },
  { actor: 'haddad', text: 'Yusuf Haddad' },
  { actor: 'haddad', text: 'Abu Layth', ambiguous: true },
  { actor: 'waad', text: 'Harakat al-Waad' },
  { actor: 'wahd', text: 'Harakat al-Wahd' },
];
const index = buildFuzzyIndex(TERMS);
const find = (query: string): string | undefined => fuzzyActor(query, index)?.actor;

/** The textbook optimal-string-alignment distance, without early stops, to check the fast one. */
function reference(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const d = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const row = d[i]!;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[s.length]![t.length]!;
}

/** One random edit of a word: a letter changed, dropped, added, or two neighbours swapped. */
const oneEdit = (word: string) =>
  fc.tuple(fc.nat({ max: word.length - 2 }), fc.constantFrom('change', 'drop', 'add', 'swap'), fc.constantFrom(...'qxzjv')).map(([at, kind, letter]) => {
    const i = at + 1; // Never the first letter, so the edit stays inside the name.
    if (kind === 'change') return word.slice(0, i) + (word[i] === letter ? 'w' : letter) + word.slice(i + 1);
    if (kind === 'drop') return word.slice(0, i) + word.slice(i + 1);
    if (kind === 'add') return word.slice(0, i) + letter + word.slice(i);
    return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
  });

describe('editDistance', () => {
  it('agrees with the textbook distance whenever it is within the limit, and says "over" otherwise', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcd'), maxLength: 9 }), fc.string({ unit: fc.constantFrom(...'abcd'), maxLength: 9 }), fc.nat({ max: 4 }), (a, b, max) => {
        const exact = reference(a, b);
        expect(editDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
      }),
    );
  });

  it('counts a swap of two neighbouring letters as one edit and compares Arabic letters as letters', () => {
    expect(editDistance('hezbollha', 'hezbollah', 2)).toBe(1);
    expect(editDistance('نهر', 'نهز', 2)).toBe(1);
  });
});

describe('fuzzyActor', () => {
  it('finds a long name typed one letter off', () => {
    expect(fuzzyActor('saraya nahr al-fida', index)).toEqual({ actor: 'silver-river', text: 'Saraya Nahr al-Fidda', distance: 1, whole: true });
  });

  it('finds a name with two letters swapped, or two letters off when it is long', () => {
    expect(find('Silver Rivre Companies')).toBe('silver-river');
    expect(find('silvr rivr companies')).toBe('silver-river');
  });

  it('finds a name written as one word or with its article as "el"', () => {
    expect(find('sarayanahralfidda')).toBe('silver-river');
    expect(find('Jabhat el-Qamar')).toBe('moon-front');
  });

  it('finds a name inside a longer question and says it is only part of it', () => {
    expect(fuzzyActor('who leads the northern rigde brigades?', index)).toMatchObject({ actor: 'ridge-brigades', whole: false });
  });

  it('finds an Arabic name with a letter missing', () => {
    expect(find('سرايا نهر الفض')).toBe('silver-river');
  });

  it('never matches an acronym fuzzily: "KH" is not "KSS" and "KSX" is neither', () => {
    expect(find('KSS')).toBeUndefined();
    expect(find('KHS')).toBeUndefined();
    expect(find('KSX')).toBeUndefined();
    expect(find('kh')).toBeUndefined();
  });

  it('never matches a name shorter than six letters fuzzily, nor an ambiguous alias', () => {
    expect(find('Biran')).toBeUndefined();
    expect(find('abu layt')).toBeUndefined();
  });

  it('does not guess between two actors that are equally close', () => {
    expect(find('harakat al-wazd')).toBeUndefined();
    expect(find('harakat al-waad')).toBe('waad');
  });

  it('allows no edit below six letters, one up to eleven, two from twelve', () => {
    expect([5, 6, 11, 12, 30].map(allowedDistance)).toEqual([0, 1, 1, 2, 2]);
  });

  it('finds every name of a generated glossary from any one-letter slip', () => {
    const name = fc.string({ unit: fc.constantFrom(...'abcdefghiklmnoprstu'), minLength: 7, maxLength: 10 });
    const glossary = fc.uniqueArray(fc.tuple(name, name).map(([a, b]) => `${a} ${b}`), { minLength: 2, maxLength: 6 });
    const slip = glossary.chain((texts) => fc.nat({ max: texts.length - 1 }).chain((pick) => fc.tuple(fc.constant(texts), fc.constant(pick), oneEdit(texts[pick]!))));
    fc.assert(
      fc.property(slip, ([texts, pick, typed]) => {
        // Names so alike that one slip could make either are not what this property is about.
        const keys = texts.map((t) => t.replace(' ', ''));
        fc.pre(keys.every((x, i) => keys.every((y, j) => i === j || editDistance(x, y, 5) > 5)));
        const generated = buildFuzzyIndex(texts.map((text, i) => ({ actor: `actor-${i}`, text })));
        expect(fuzzyActor(typed, generated)?.actor, typed).toBe(`actor-${pick}`);
      }),
      { numRuns: 300 },
    );
  });

  it('never matches a generated acronym that was typed a letter off', () => {
    const acronym = fc.string({ unit: fc.constantFrom(...'ABCDEFGHKMNPQRSTU'), minLength: 2, maxLength: 8 });
    fc.assert(
      fc.property(fc.uniqueArray(acronym, { minLength: 1, maxLength: 8 }), fc.constantFrom(...'XYZ'), (acronyms, letter) => {
        const generated = buildFuzzyIndex([...acronyms.map((text, i) => ({ actor: `acronym-${i}`, text })), ...TERMS]);
        for (const a of acronyms) {
          for (const typed of [a + letter, a.slice(1), letter + a.slice(1)]) expect(fuzzyActor(typed, generated)).toBeUndefined();
        }
      }),
    );
  });
});
