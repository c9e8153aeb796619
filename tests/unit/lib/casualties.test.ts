import { describe, expect, it } from 'vitest';
import { casualtyDisputes, casualtyRanges, casualtySummary, figuresDiffer, rangeText, sourceFigures, sumFigures, type CasualtyAccount } from '../../../src/lib/casualties.ts';

/** One casualty row of a made-up ferry accident. */
const row = (according: string, killed?: CasualtyAccount['killed'], injured?: CasualtyAccount['injured'], over: Partial<CasualtyAccount> = {}): CasualtyAccount => ({ who: 'passengers', according, killed, injured, ...over });

describe('casualty figures', () => {
  it('adds up one source’s figures for several groups, keeping an open end open', () => {
    expect(sumFigures([{ min: 5 }, { min: 2, max: 2 }])).toEqual({ min: 7 });
    expect(sumFigures([{ min: 3, max: 4 }, { min: 2, max: 2 }])).toEqual({ min: 5, max: 6 });
    expect(sumFigures([{ min: 40, said: 'more than' }, { min: 2, said: 'more than' }])).toEqual({ min: 42, said: 'more than' });
    expect(sumFigures([{ min: 60, max: 60, said: 'about' }, { min: 3, max: 3 }])).toEqual({ min: 63, max: 63, said: 'about' });
    expect(sumFigures([{ min: 9, said: 'nearly' }])).toEqual({ min: 9, said: 'nearly' });
  });

  it('tells figures that disagree from figures that only bound each other', () => {
    expect(figuresDiffer({ min: 3 }, { min: 3, max: 3 })).toBe(false);
    expect(figuresDiffer({ min: 3, max: 3 }, { min: 4, max: 4 })).toBe(true);
    expect(figuresDiffer({ min: 1 }, { min: 17 })).toBe(true);
    expect(figuresDiffer({ min: 25, max: 30 }, { min: 25, max: 25 })).toBe(true);
  });

  it('gives each source one figure per measure, in the order the sources come', () => {
    const accounts = [row('the coastguard', { min: 2, max: 2 }), row('the ferry line', undefined, { min: 8 }), row('the coastguard', { min: 1, max: 1 }, undefined, { who: 'crew' })];
    expect(sourceFigures(accounts, 'killed')).toEqual([{ according: 'the coastguard', figure: { min: 3, max: 3 } }]);
    expect(sourceFigures(accounts, 'injured')).toEqual([{ according: 'the ferry line', figure: { min: 8 } }]);
  });
});

describe('casualty ranges under the site’s rule', () => {
  const accounts = [row('the ferry line', { min: 2, max: 2 }, { min: 11, max: 11 }), row('the coastguard', { min: 9 }), row('a harbour doctor', { min: 5, max: 7 })];

  it('runs from the lowest figure any source gives to the highest', () => {
    const { ranges } = casualtyRanges(accounts);
    const killed = ranges.find((r) => r.measure === 'killed')!;
    expect(killed.low).toEqual({ min: 2, max: 2 });
    expect(killed.high).toEqual({ min: 9 });
    expect(killed.sources.map((s) => s.according)).toEqual(['the ferry line', 'a harbour doctor', 'the coastguard']);
    expect(killed.differ).toBe(true);
    expect(ranges.find((r) => r.measure === 'injured')).toMatchObject({ low: { min: 11, max: 11 }, differ: false });
  });

  it('takes the closed figure as the more conservative of two that start alike, and the open one as the higher', () => {
    const { ranges } = casualtyRanges([row('a', { min: 3 }), row('b', { min: 3, max: 3 })]);
    expect(ranges[0]).toMatchObject({ low: { min: 3, max: 3 }, high: { min: 3 }, differ: false });
  });

  it('never counts a figure a correction marks as wrong, but counts an unconfirmed one', () => {
    const marked = [row('the ferry line', { min: 2, max: 2 }), row('a bot', { min: 40, max: 40 }, undefined, { marked: 'wrong' }), row('a rumour', { min: 6 }, undefined, { marked: 'unconfirmed' })];
    const { ranges, leftOut } = casualtyRanges(marked);
    expect(leftOut.map((a) => a.according)).toEqual(['a bot']);
    expect(ranges[0]).toMatchObject({ low: { min: 2, max: 2 }, high: { min: 6 } });
  });

  it('finds disputes between sources only, a wrong account included', () => {
    expect(casualtyDisputes([row('x', { min: 1, max: 1 }), row('x', { min: 4, max: 4 }, undefined, { who: 'crew' })])).toEqual([]);
    const disputes = casualtyDisputes([row('the ferry line', { min: 2, max: 2 }), row('a bot', { min: 40, max: 40 }, undefined, { marked: 'wrong' })]);
    expect(disputes.map((d) => [d.measure, d.low.min, d.high.min])).toEqual([['killed', 2, 40]]);
  });

  it('says the most conservative figure, and the difference beside it', () => {
    const { ranges } = casualtyRanges(accounts);
    expect(ranges.map(rangeText)).toEqual(['2 killed (accounts differ, up to at least 9)', '11 injured']);
    expect(casualtySummary(accounts)).toBe('2 killed (accounts differ, up to at least 9), 11 injured.');
  });

  it('says when an account is left out, and says nothing when no source gives a figure', () => {
    expect(casualtySummary([row('the ferry line', { min: 2, max: 2 }), row('a bot', { min: 40, max: 40 }, undefined, { marked: 'wrong' })])).toBe('2 killed; one account that a correction marks as wrong is not counted.');
    expect(casualtySummary([row('a bot', { min: 40, max: 40 }, undefined, { marked: 'wrong' })])).toBe('No figure stands; one account that a correction marks as wrong is not counted.');
    expect(casualtySummary([])).toBeUndefined();
    expect(casualtySummary([row('the ferry line', { min: 100, said: 'more than' })])).toBe('More than 100 killed.');
  });
});
