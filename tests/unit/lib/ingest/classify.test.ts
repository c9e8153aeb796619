import { describe, expect, it } from 'vitest';
import { classify, classOf } from '../../../../src/lib/ingest/classify.ts';
import { featuresOf } from '../../../../src/lib/ingest/features.ts';
import type { Unit } from '../../../../src/lib/ingest/units.ts';

const line = (text: string, n: number): Unit => ({ n, text, shape: 'line' });
const units = (...texts: string[]): Unit[] => texts.map((t, i) => line(t, i + 1));
const PROSE = 'The council said on Tuesday that the bridge would reopen in the spring, after a year of repairs that cost far more than planned.';
const MORE = 'Residents who had campaigned for the repairs said they were relieved, although some still worry about the cost of the work to the town.';

describe('block features', () => {
  it('scores prose as text and a menu item as furniture', () => {
    const prose = featuresOf(line(PROSE, 1));
    const menu = featuresOf(line('Subscribe', 1));
    expect(prose.text).toBeGreaterThan(0.6);
    expect(prose.furniture).toBeLessThan(0.2);
    expect(menu.furniture).toBeGreaterThanOrEqual(0.6);
    expect(menu.interfaceHits).toEqual(['subscribe']);
  });

  it('finds interface phrases across no-break spaces', () => {
    expect(featuresOf(line('Log\u00a0Out /\u00a0Change )', 1)).interfaceHits).toContain('log\u00a0out');
  });

  it('takes a media label opening a teaser and a newsletter’s sign-off pitch for interface wording', () => {
    expect(featuresOf(line('VIDEO: Crowds line the route of the carnival', 1)).hasStrongInterface).toBe(true);
    expect(featuresOf(line('Thanks for reading Field Notes! Become a supporter to get every issue.', 1)).furniture).toBeGreaterThanOrEqual(0.5);
    expect(featuresOf(line('The video showed crowds lining the route of the carnival.', 1)).hasStrongInterface).toBe(false);
  });

  it('knows a row of short items joined by separators', () => {
    expect(featuresOf(line('Home › News › Research', 1)).isSeparatorRow).toBe(true);
    expect(featuresOf(line('Prices rose · wages fell · rents doubled, the report said.', 1)).isSeparatorRow).toBe(false);
  });
});

describe('jusText classes', () => {
  it('gives long prose "good", a short line "short" and an interface line "bad"', () => {
    const c = (t: string) => classOf(line(t, 1), featuresOf(line(t, 1)));
    expect(c(`${PROSE} ${MORE}`)).toBe('good');
    expect(c('He declined to comment.')).toBe('short');
    expect(c('Sign up for our newsletter')).toBe('bad');
    expect(c('We use cookies to personalise content and ads, to provide social media features and to analyse our traffic.')).toBe('uiprose');
  });

  it('takes prose that only uses an interface phrase for prose, not for prose about the page', () => {
    const c = (t: string) => classOf(line(t, 1), featuresOf(line(t, 1)));
    expect(c('Readers posted 400 comments on the story in its first hour, and the paper closed the thread at noon.')).toBe('neargood');
  });
});

describe('classify', () => {
  it('drops the menu above the headline and the footer after the last paragraph, and keeps the article', () => {
    const page = units('Home', 'News', 'Sport', 'Bridge to reopen after year of repairs', PROSE, MORE, 'Tags', 'Bridges', 'Transport', 'Terms of Use');
    const { verdicts, headline } = classify(page, []);
    expect(headline).toBe(3);
    expect(verdicts.map((v) => v?.fate)).toEqual(['drop', 'drop', 'drop', 'title', 'keep', 'keep', 'drop', 'drop', 'drop', 'drop']);
  });

  it('never drops a sentence on context alone: it keeps it and asks for a check', () => {
    const page = units('Bridge to reopen after year of repairs', PROSE, MORE, 'Advertisement', 'It will cost £2m.', 'Share', `${PROSE} Again.`, `${MORE} Again.`);
    const { verdicts } = classify(page, []);
    expect(verdicts[4]).toMatchObject({ fate: 'check' });
    expect(verdicts[3]).toMatchObject({ fate: 'drop', rule: 'interface' });
  });

  it('keeps a subheading that follows an advertisement label', () => {
    const page = units('Bridge to reopen after year of repairs', PROSE, 'Advertisement', 'What happens next', MORE, `${PROSE} Again.`);
    expect(classify(page, []).verdicts[3]).toMatchObject({ fate: 'keep' });
  });

  it('drops the headlines listed under a "Related" label inside the article', () => {
    const page = units('Bridge to reopen after year of repairs', PROSE, 'Related', 'Ferry service to resume in May', 'Council approves new cycle lanes', MORE, `${PROSE} Again.`);
    expect(classify(page, []).verdicts.map((v) => v?.rule)).toEqual([undefined, undefined, 'interface', 'teaser', 'teaser', undefined, undefined]);
  });

  it('drops a pull quote that repeats words of a paragraph, whose words stay there, and keeps a short line that recurs', () => {
    const quoted = `${PROSE} "Nobody wants to wait another winter," one resident said. It did not.`;
    const page = units('Bridge to reopen after year of repairs', quoted, '“Nobody wants to wait another winter.”', 'It did not.', MORE);
    const { verdicts } = classify(page, []);
    expect(verdicts[2]).toMatchObject({ fate: 'drop', rule: 'pull-quote' });
    expect(verdicts[3]?.fate).not.toBe('drop');
  });

  it('keeps a paragraph that another paragraph repeats and extends by a few words', () => {
    const page = units('Bridge to reopen after year of repairs', MORE, `${MORE} They said so twice.`, PROSE);
    expect(classify(page, []).verdicts[1]?.fate).toBe('keep');
  });

  it('keeps a line the editor keeps back, whatever it looks like', () => {
    const page = units('Bridge to reopen after year of repairs', PROSE, 'Advertisement', MORE);
    expect(classify(page, [], { kept: new Set([2]) }).verdicts[2]).toMatchObject({ fate: 'keep', why: 'kept back by the editor' });
  });

  it('keeps a short last paragraph with one weak interface word as the article’s, not as a line to check', () => {
    const page = units('Bridge to reopen after year of repairs', PROSE, MORE, '"We never wanted to close it," a spokeswoman said.', 'Most read', 'Storm closes coastal road');
    expect(classify(page, []).verdicts[3]).toMatchObject({ fate: 'keep' });
  });

  it('keeps and checks a short sentence inside the article that only uses an interface phrase', () => {
    const page = units('Bridge to reopen after year of repairs', PROSE, 'It drew 300 comments.', MORE, `${PROSE} Again.`);
    expect(classify(page, []).verdicts[2]).toMatchObject({ fate: 'check' });
  });

  it('removes a sponsor label between two paragraphs as a notice', () => {
    const page = units('Bridge to reopen after year of repairs', PROSE, 'Paid promotion', MORE, `${PROSE} Again.`);
    expect(classify(page, []).verdicts[2]).toMatchObject({ fate: 'drop', rule: 'notice' });
  });

  it('keeps and checks a sentence inside the article that is worded like a notice, since news reports on such things', () => {
    const page = units('Bridge to reopen after year of repairs', PROSE, 'The contractor is an equal opportunity employer.', MORE, `${PROSE} Again.`);
    expect(classify(page, []).verdicts[2]).toMatchObject({ fate: 'check' });
  });

  it('removes a feedback question inside the article with its answer buttons', () => {
    const page = units('Bridge to reopen after year of repairs', PROSE, 'Did you find this article useful?', 'Yes', 'No', MORE, `${PROSE} Again.`);
    expect(classify(page, []).verdicts.slice(2, 5).map((v) => v?.rule)).toEqual(['notice', 'notice', 'notice']);
  });

  it('removes notices after the last paragraph: a feedback question, a disclaimer, a registration line', () => {
    const page = units('Bridge to reopen after year of repairs', PROSE, MORE, 'Was this article useful?', 'Views expressed in this piece are the author’s own.', 'Registered in Wales. Company no. 7654321.');
    expect(classify(page, []).verdicts.slice(3).map((v) => v?.rule)).toEqual(['notice', 'notice', 'notice']);
  });

  it('reports the class before and after the neighbours (jusText’s context revision)', () => {
    const page = units('Menu', 'Short line here', 'Search', 'Bridge to reopen after year of repairs', PROSE, MORE);
    const v = classify(page, []).verdicts[1]!;
    expect(v).toMatchObject({ cls: 'short', revised: 'bad' });
  });
});
