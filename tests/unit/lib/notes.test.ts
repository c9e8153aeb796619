import { describe, expect, it } from 'vitest';
import { numberNotes } from '../../../src/lib/notes.ts';
import type { Citation } from '../../../src/schemas/citation.ts';

const cite = (article: string, paragraph: number, quote: string, by?: string): Citation => ({ article, paragraph, quote, ...(by ? { by } : {}) }) as Citation;
const outside = (source: string, fact: string): Citation => ({ source, fact }) as Citation;

describe('numberNotes', () => {
  it('gives one note to a source paragraph cited several times, listing each of its quotes once', () => {
    const refs = [cite('a', 3, 'first words'), cite('b', 1, 'other'), cite('a', 3, 'second words', 'the Pentagon'), cite('a', 3, 'first  words')];
    const { notes, numbers, quotes, k } = numberNotes(refs);
    expect(notes.map((n) => n.n)).toEqual([1, 2]);
    expect(notes[0]!.quotes).toEqual([refs[0], refs[2]]);
    expect(numbers).toEqual([1, 2, 1, 1]);
    // The last citation repeats the first quote (whitespace aside): the same quote, a third marker of note 1.
    expect(quotes).toEqual([0, 0, 1, 0]);
    expect(k).toEqual([1, 1, 2, 3]);
  });

  it('keeps different paragraphs of one article, and the same words said by someone else, apart', () => {
    const { notes, quotes } = numberNotes([cite('a', 3, 'words'), cite('a', 4, 'words'), cite('a', 3, 'words', 'US officials')]);
    expect(notes.map((n) => n.quotes.length)).toEqual([2, 1]);
    expect(quotes).toEqual([0, 0, 1]);
  });

  it('shows a quote that lies within an earlier quote of the same paragraph and speaker by that quote', () => {
    const { notes, quotes } = numberNotes([cite('a', 2, 'the US has struck back only in Syria, officials said'), cite('a', 2, 'struck back only in Syria'), cite('a', 2, 'struck back', 'Reuters')]);
    expect(notes[0]!.quotes).toHaveLength(2);
    expect(quotes).toEqual([0, 0, 1]);
  });

  it('gives each outside fact a note of its own, shared by its repeats', () => {
    const { notes, numbers } = numberNotes([outside('s', 'x'), outside('s', 'y'), outside('s', 'x')]);
    expect(notes).toHaveLength(2);
    expect(numbers).toEqual([1, 2, 1]);
  });
});
