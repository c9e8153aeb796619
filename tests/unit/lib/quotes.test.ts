import { describe, expect, it } from 'vitest';
import { checkCitation } from '../../../src/lib/citations.ts';
import { closestParagraph, isQuoteIn, normalizeQuote, similarity } from '../../../src/lib/quotes.ts';

const P = 'US Central Command said that it conducted “strikes against Kataib Hezbollah terrorist group targets in Iraq.” It said that it struck “multiple facilities”.';

describe('quote matching', () => {
  it('finds a verbatim quote', () => {
    expect(isQuoteIn('strikes against Kataib Hezbollah terrorist group targets in Iraq', P)).toBe(true);
  });

  it('ignores differences in white space, quote marks, apostrophes and dashes', () => {
    expect(isQuoteIn('conducted "strikes   against Kataib\nHezbollah', P)).toBe(true);
    expect(isQuoteIn("Iran's", 'Iran’s proxies')).toBe(true);
    expect(isQuoteIn('Israel-Hamas war', 'the Israel–Hamas war')).toBe(true);
    expect(normalizeQuote(' “a”  —  ‘b’ ')).toBe('"a" - \'b\'');
  });

  it.each([
    ['one word changed', 'strikes against Kataib Hezbollah militant group targets in Iraq'],
    ['a word dropped', 'strikes against Kataib Hezbollah group targets in Iraq'],
    ['a word added', 'strikes against the Kataib Hezbollah terrorist group targets in Iraq'],
    ['a number changed', 'struck 2 facilities'],
    ['letters in another case', 'STRIKES AGAINST KATAIB HEZBOLLAH'],
    ['a typo', 'strikes against Kataib Hezbolah'],
  ])('refuses a near miss: %s', (_name, quote) => {
    expect(isQuoteIn(quote, P)).toBe(false);
  });

  it('refuses an empty quote', () => {
    expect(isQuoteIn('  ', P)).toBe(false);
  });

  it('scores a near miss as similar and an unrelated quote as not', () => {
    expect(similarity('strikes against Kataib Hezbollah militant group targets', P)).toBeGreaterThan(0.6);
    expect(similarity('the weather in Paris was mild', P)).toBe(0);
  });

  it('names the closest paragraph, preferring one that holds the quote exactly', () => {
    expect(closestParagraph('multiple facilities', ['Nothing here.', P, 'Multiple other things.'])).toEqual({ n: 2, score: 2 });
  });
});

describe('checkCitation', () => {
  const index = new Map([['erbil', ['First paragraph about Syria.', P]]]);

  it('accepts a quote that is in its paragraph', () => {
    expect(checkCitation({ article: 'erbil', paragraph: 2, quote: 'multiple facilities' }, index)).toBeUndefined();
  });

  it('says which paragraph holds a quote cited to the wrong one', () => {
    expect(checkCitation({ article: 'erbil', paragraph: 1, quote: 'multiple facilities' }, index)).toEqual({
      message: 'cites erbil ¶1 with the quote "multiple facilities", which is not in that paragraph.',
      fix: 'the quote is in ¶2: cite p2',
    });
  });

  it('names the closest paragraph when one word of the quote was changed', () => {
    expect(checkCitation({ article: 'erbil', paragraph: 2, quote: 'strikes against Kataib Hezbollah militant group' }, index)?.fix).toMatch(/the closest is ¶2: "US Central Command said/);
  });

  it('refuses a paragraph that does not exist', () => {
    expect(checkCitation({ article: 'erbil', paragraph: 9, quote: 'Syria' }, index)).toEqual({ message: 'cites erbil ¶9, but that article has only 2 paragraphs.', fix: 'the quote is in ¶1: cite p1' });
  });

  it('refuses an article that does not exist and lists the real ones', () => {
    expect(checkCitation({ article: 'nope', paragraph: 1, quote: 'x' }, index)).toEqual({ message: 'cites article "nope", which does not exist.', fix: 'use one of: erbil' });
  });
});
