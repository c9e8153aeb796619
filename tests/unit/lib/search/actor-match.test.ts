import { describe, expect, it } from 'vitest';
import { actorForQuery, nameInQuery, queryMatcher, type SearchTerm } from '../../../../src/lib/search/actor-match.ts';

/** An invented glossary, unlike the site's: two groups whose names share a word, acronyms, Arabic. */
const TERMS: SearchTerm[] = [
  { actor: 'silver-river', text: 'Saraya Nahr al-Fidda' },
  { actor: 'silver-river', text: 'Silver River Companies' },
  { actor: 'silver-river', text: 'SNF' },
  { actor: 'silver-river', text: 'سرايا نهر الفضة' },
  { actor: 'river-council', text: 'River Council' },
  { actor: 'moon-front', text: 'Jabhat al-Qamar' },
  { actor: 'moon-front', text: 'KSS' },
  { actor: 'ridge-brigades', text: 'KH' },
  { actor: 'ridge-brigades', text: 'Northern Ridge Brigades' },
  { actor: 'haddad', text: 'Layth', ambiguous: true },
];
const matcher = queryMatcher(TERMS);

describe('nameInQuery', () => {
  it('reads a whole alias as the whole query, written exactly', () => {
    expect(nameInQuery('Silver River Companies', matcher)).toEqual({ actor: 'silver-river', text: 'Silver River Companies', whole: true, fuzzy: false });
  });

  it('reads an acronym typed in lower case when it is the whole query', () => {
    expect(nameInQuery('kh', matcher)).toMatchObject({ actor: 'ridge-brigades', whole: true });
    expect(nameInQuery('kss', matcher)).toMatchObject({ actor: 'moon-front', whole: true });
  });

  it('keeps an acronym apart from its neighbours: "KSX" and "KHS" name no one', () => {
    expect(nameInQuery('KSX', matcher)).toBeUndefined();
    expect(nameInQuery('KHS', matcher)).toBeUndefined();
  });

  it('takes a name with punctuation around it as the whole query', () => {
    expect(nameInQuery('  “SNF”? ', matcher)).toMatchObject({ actor: 'silver-river', whole: true });
  });

  it('says when the name is only part of the query', () => {
    expect(nameInQuery('who funds the River Council in 2020', matcher)).toMatchObject({ actor: 'river-council', whole: false, fuzzy: false });
  });

  it('prefers the name that covers most of the query', () => {
    expect(actorForQuery('Silver River Companies and the River Council', matcher)).toBe('silver-river');
  });

  it('reads an Arabic name with another letter form as the name', () => {
    expect(nameInQuery('سرايا نهر الفضه', matcher)).toMatchObject({ actor: 'silver-river', whole: true, fuzzy: false });
  });

  it('falls back to a name typed a letter off, and says so', () => {
    expect(nameInQuery('northern rigde brigades', matcher)).toEqual({ actor: 'ridge-brigades', text: 'Northern Ridge Brigades', whole: true, fuzzy: true });
  });

  it('prefers a name written exactly to a closer fuzzy one elsewhere in the query', () => {
    expect(nameInQuery('River Council or saraya nahr al-fida', matcher)).toMatchObject({ actor: 'river-council', fuzzy: false });
  });

  it('names no one for an ambiguous alias or an empty query', () => {
    expect(nameInQuery('Layth', matcher)).toBeUndefined();
    expect(nameInQuery('   ', matcher)).toBeUndefined();
  });
});
