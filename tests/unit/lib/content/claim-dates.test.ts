import { describe, expect, it } from 'vitest';
import { claimDates, unsupportedDates } from '../../../../src/lib/content/claim-dates.ts';

const phrases = (claim: string, texts: string[], published: string[] = []): string[] => unsupportedDates(claim, { texts, published }).map((d) => d.phrase);

describe('claimDates', () => {
  it('reads a year with its month, day and a mid-/early-/late- prefix', () => {
    expect(claimDates('Ferries stopped on 4 March 1998, again in mid-June 2001 and in 2005.')).toEqual([
      { phrase: '4 March 1998', year: '1998', month: 3, day: 4 },
      { phrase: 'mid-June 2001', year: '2001', month: 6 },
      { phrase: '2005', year: '2005' },
    ]);
  });
  it('does not read numbers that are not years', () => {
    expect(claimDates('About 2,500 people and 3100 sheep; route 1850a.')).toEqual([]);
  });
});

describe('unsupportedDates', () => {
  it('accepts a year the cited paragraph gives, also as ’98', () => {
    expect(phrases('The harbour wall was rebuilt in 1998.', ['Rebuilt in ’98, the wall held.'])).toEqual([]);
    expect(phrases('The harbour wall was rebuilt in 1998.', ['The wall, rebuilt in 1998, held.'])).toEqual([]);
  });
  it('flags an event dated by the article when the paragraph says "this month"', () => {
    expect(phrases('In June 2011 the mayor opened the bridge.', ['The mayor opened the bridge this month.'], ['2011-06-20'])).toEqual(['June 2011']);
  });
  it('accepts as-of dating: the report is dated, with the cited article’s month and year, and attributed', () => {
    expect(phrases('The Harbour Gazette reported in June 2011 that the mayor had opened the bridge.', ['The mayor opened the bridge this month.'], ['2011-06-20'])).toEqual([]);
    expect(phrases('According to a report of 2011, the bridge is open.', ['The bridge is open.'], ['2011-06'])).toEqual([]);
  });
  it('flags as-of dating whose month is not the cited article’s', () => {
    expect(phrases('The Gazette reported in May 2011 that the bridge was open.', ['The bridge is open.'], ['2011-06-20'])).toEqual(['May 2011']);
  });
  it('flags a date without a reporting word even when it is the publication date', () => {
    expect(phrases('In June 2011 the bridge was open.', ['The bridge is open.'], ['2011-06-20'])).toEqual(['June 2011']);
  });
  it('accepts a wire-style date of the current year: "Jun. 3" or "3 June" in an article of that year, that month or later', () => {
    expect(phrases('Ferries stopped on 3 June 2011.', ['Ferries have not run since June 3.'], ['2011-07-01'])).toEqual([]);
    expect(phrases('Ferries stopped on 3 June 2011.', ['Ferries have not run since 3 June.'], ['2011-06-05'])).toEqual([]);
    expect(phrases('Ferries stopped in October 2011.', ['Ferries stopped in October, the council said.'], ['2011-11-02'])).toEqual([]);
  });
  it('flags a current-year reading the article’s date rules out, or a day the paragraph does not give', () => {
    expect(phrases('Ferries stopped on 3 June 2011.', ['Ferries have not run since June 3.'], ['2011-05-30'])).toEqual(['3 June 2011']);
    expect(phrases('Ferries stopped on 3 June 2011.', ['Ferries have not run since June 4.'], ['2011-07-01'])).toEqual(['3 June 2011']);
    expect(phrases('Ferries stopped on 3 June 2012.', ['Ferries have not run since June 3.'], ['2011-07-01'])).toEqual(['3 June 2012']);
  });
  it('does not take a word that starts like a month for the month', () => {
    expect(phrases('The board met in December 2011.', ['The board Decided to meet; it was Mayhem.'], ['2011-12-20'])).toEqual(['December 2011']);
  });
  it('accepts a date an outside record gives', () => {
    expect(phrases('On 2 February 2024 the port closed.', ['The port closed.', 'Port authority notice', '2024-02-02'])).toEqual([]);
  });
});
