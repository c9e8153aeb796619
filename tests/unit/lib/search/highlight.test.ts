import { describe, expect, it } from 'vitest';
import { buildHighlighter } from '../../../../src/lib/search/highlight.ts';

/** The stretches of `text` the queries mark, as written. */
const marked = (text: string, ...queries: string[]): string[] => buildHighlighter(queries).find(text).map((h) => text.slice(h.start, h.end));

describe('buildHighlighter', () => {
  it('marks every word a search word starts, in any case', () => {
    expect(marked('Strikes hit the depot; strikers fled. Restrike later.', 'strike')).toEqual(['Strikes', 'strikers']);
  });

  it('marks a name across its spelling variants, covering the marks and apostrophes as written', () => {
    expect(marked('Officials of Kata’ib Ḥizballāh denied it.', 'kataib hizballah')).toEqual(['Kata’ib', 'Ḥizballāh']);
  });

  it('marks an acronym only as a word of its own, in its own case', () => {
    expect(marked('The US used USAID funds; us and U.S. too.', 'US')).toEqual(['US']);
  });

  it('marks a short word only where it is the whole word', () => {
    expect(marked('KH and Khaled met kh.', 'kh')).toEqual(['KH', 'kh']);
  });

  it('does not mark the small words of a question', () => {
    expect(marked('Who is the Moon Front? It is a group.', 'who is the moon front')).toEqual(['Moon', 'Front']);
  });

  it('marks Arabic words with their vowel marks', () => {
    expect(marked('قالت سَرايا نهر الفضة إنها', 'سرايا')).toEqual(['سَرايا']);
  });

  it('joins marks that overlap into one', () => {
    expect(marked('The Silverriver group', 'silver', 'silverriver')).toEqual(['Silverriver']);
  });

  it('marks nothing when the query has no word worth marking', () => {
    expect(marked('Who is it?', 'who is it')).toEqual([]);
    expect(marked('anything', '')).toEqual([]);
  });
});
