import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../src/build/content.ts';
import { checkContent, isEarlier } from '../../../../src/lib/content/check.ts';
import { formatProblem, type Problem } from '../../../../src/lib/content/problems.ts';
import { replace, site, siteFiles } from './fixture.ts';

const EXPLAINER = 'content/explainers/why-did-the-ferries-stop.mdx';
const ARTICLE = 'content/articles/harbour-report.mdx';
const ACTOR = 'content/actors/northern-ferry-line.mdx';
const EVENT = 'content/events/ferries-halted.yaml';

/** The problems the fixture has after one change. */
const problemsAfter = (change: (files: Map<string, string>) => void): Problem[] => checkContent(site(change));
/** The one problem a change causes (the test fails if it causes none or several). */
function oneProblem(change: (files: Map<string, string>) => void): Problem {
  const problems = problemsAfter(change);
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0]!;
}

describe('checkContent on the real content', () => {
  it('finds no problem in content/', () => {
    expect(checkContent(loadContent(process.cwd())).map(formatProblem)).toEqual([]);
  });
});

describe('checkContent on a fixture unlike the real content', () => {
  it('accepts a consistent fixture', () => {
    expect(problemsAfter(() => {}).map(formatProblem)).toEqual([]);
  });

  it('looks up no line of a YAML field when there is no problem (each lookup parses the file again), and the line of each problem it finds', () => {
    const count = (model: ReturnType<typeof site>): { problems: Problem[]; lookups: number } => {
      let lookups = 0;
      const lineOf = model.lineOf;
      model.lineOf = (entry, path) => (lookups++, lineOf(entry, path));
      return { problems: checkContent(model), lookups };
    };
    expect(count(site(() => {})).lookups).toBe(0);
    const broken = count(site((f) => replace(f, EVENT, 'title: ', 'title: The regime and ')));
    expect(broken.problems).toEqual([expect.objectContaining({ rule: 'house-word', file: EVENT, field: 'title', line: 1 })]);
    expect(broken.lookups).toBe(1);
  });

  it('refuses an unquoted impossible date, naming the file, the line, the field and why', () => {
    const p = oneProblem((f) => replace(f, ARTICLE, 'date: "2031-05-04"', 'date: 2031-13-45'));
    expect(p).toMatchObject({ rule: 'schema', file: ARTICLE, field: 'published.date' });
    expect(p.message).toMatch(/write the date in quotes/);
    expect(p.line).toBe(6);
  });

  it('names the line of a YAML syntax error', () => {
    const p = oneProblem((f) => replace(f, 'content/places/greyport.yaml', 'country: "Jordan"', 'country: "Jordan'));
    expect(p.rule).toBe('yaml');
    expect(p.line).toBeGreaterThan(1);
  });

  it('refuses a file name that is not a slug', () => {
    const p = oneProblem((f) => {
      f.set('content/places/Grey Port.yaml', f.get('content/places/greyport.yaml')!.replaceAll('Greyport', 'Harbourside').replaceAll('Grey Port', 'Harbour Side'));
    });
    expect(p).toMatchObject({ rule: 'file-name', file: 'content/places/Grey Port.yaml' });
    expect(p.fix).toContain('grey-port.yaml');
  });

  it('refuses a file name of digits only, which would take the URL of a page of its list', () => {
    const p = oneProblem((f) => {
      f.set('content/places/2.yaml', f.get('content/places/greyport.yaml')!.replaceAll('Greyport', 'Harbourside').replaceAll('Grey Port', 'Harbour Side'));
    });
    expect(p).toMatchObject({ rule: 'file-name', file: 'content/places/2.yaml', value: '"2"' });
    expect(p.fix).toContain('2-report.yaml');
  });

  it('refuses an unknown field, so a misspelt optional field is never silently dropped', () => {
    const p = oneProblem((f) => replace(f, ACTOR, 'relations:', 'relatoins: []\nrelations:'));
    expect(p.message).toMatch(/unknown field.*relatoins/);
  });

  it('names an explainer actor that does not exist, with the folder to look in', () => {
    const p = oneProblem((f) => replace(f, EXPLAINER, '- "port-authority"', '- "port-authorty"'));
    expect(p).toMatchObject({ rule: 'reference', file: EXPLAINER, field: 'actors.1', value: '"port-authorty"' });
    expect(p.fix).toContain('content/actors/');
  });

  it('refuses an explainer related to itself', () => {
    const p = oneProblem((f) => replace(f, EXPLAINER, 'related: []', 'related:\n  - "why-did-the-ferries-stop"'));
    expect(p.message).toMatch(/related to itself/);
  });

  it('refuses an event that answers a later event, giving both dates', () => {
    const p = oneProblem((f) => replace(f, 'content/events/storm-hits-harbour.yaml', 'date: "2031-05-03"', 'date: "2031-05-09"'));
    expect(p).toMatchObject({ rule: 'event-order', file: EVENT, field: 'inResponseTo.0' });
    expect(p.message).toContain('2031-05-09');
  });

  it('refuses an event that answers itself and one that names a missing place', () => {
    const problems = problemsAfter((f) => {
      replace(f, EVENT, '- "storm-hits-harbour"', '- "ferries-halted"');
      replace(f, EVENT, 'places:\n  - "saltmarsh"', 'places:\n  - "nowhere-town"');
    });
    expect(problems.map((p) => p.message)).toEqual(expect.arrayContaining(['an event cannot answer itself.', 'no file content/places/nowhere-town.* exists.']));
  });

  it('pins one changed word of a quote to the citation, its line and the closest paragraph', () => {
    const p = oneProblem((f) => replace(f, EXPLAINER, 'q="the worst in a decade"', 'q="the worst in a century"'));
    expect(p).toMatchObject({ rule: 'citation-quote', file: EXPLAINER, field: '<Cite> 3' });
    expect(p.message).toBe('cites harbour-report ¶3 with the quote "the worst in a century", which is not in that paragraph.');
    expect(p.fix).toMatch(/closest is ¶3/);
    // The body starts after the frontmatter; the citation is on the body's fifth line.
    expect(p.line).toBe(site().explainers.get('why-did-the-ferries-stop' as never)!.bodyLine + 4);
  });

  it('refuses a claim that dates an event with a year its paragraph lacks, and accepts the same date as the date of the report', () => {
    const p = oneProblem((f) => replace(f, EXPLAINER, 'The line halted its crossings after the storm.', 'In May 2031 the line halted its crossings after the storm.'));
    expect(p).toMatchObject({ rule: 'claim-date', file: EXPLAINER, field: '<Cite> 1', value: '"May 2031"' });
    expect(p.fix).toMatch(/date the report instead/);
    expect(problemsAfter((f) => replace(f, EXPLAINER, 'The line halted its crossings after the storm.', 'The harbour report said in May 2031 that the line halted its crossings after the storm.')).map(formatProblem)).toEqual([]);
    // A month the report is not of is refused as the date of the report too.
    expect(problemsAfter((f) => replace(f, EXPLAINER, 'The line halted its crossings after the storm.', 'The harbour report said in April 2031 that the line halted its crossings.')).map((x) => x.rule)).toEqual(['claim-date']);
  });

  it('names the paragraph that really holds a quote cited to the wrong one', () => {
    const p = oneProblem((f) => replace(f, EXPLAINER, 'p="3" q="the worst in a decade"', 'p="1" q="the worst in a decade"'));
    expect(p.fix).toBe('the quote is in ¶3: cite p3');
  });

  it('says how many paragraphs an article has when a citation names one past the end', () => {
    const p = oneProblem((f) => replace(f, EXPLAINER, 'p="3" q="the worst in a decade"', 'p="9" q="the worst in a decade"'));
    expect(p.message).toBe('cites harbour-report ¶9, but that article has only 3 paragraphs.');
  });

  it('refuses a citation of a draft', () => {
    const p = oneProblem((f) => replace(f, ACTOR, '<Cite a="harbour-report" p="1" q="The Northern Ferry Line halted all crossings" />', '<Cite a="draft-note" p="1" q="A draft paragraph that nobody has checked" />'));
    expect(p.rule).toBe('citation-draft');
  });

  it('refuses an outside source that does not exist and a fact key it does not have', () => {
    const problems = problemsAfter((f) => replace(f, EXPLAINER, 'f="piers-closed"', 'f="piers-open"'));
    expect(problems.map((p) => [p.rule, p.fix])).toEqual([['citation-source', 'use one of: piers-closed']]);
    const missing = oneProblem((f) => replace(f, EXPLAINER, 's="harbour-bulletin"', 's="harbour-gazette"'));
    expect(missing.fix).toContain('harbour-bulletin');
  });

  it('refuses a quote in data that is too short to find or too long to be a quote', () => {
    const p = oneProblem((f) => replace(f, EVENT, 'quote: "halted all crossings on Tuesday"', 'quote: "halted"'));
    expect(p).toMatchObject({ rule: 'quote-length', file: EVENT, field: 'citations.0' });
  });

  it('names both files when two entries claim one name', () => {
    const p = oneProblem((f) => replace(f, 'content/actors/port-authority.mdx', 'aliases:', 'aliases:\n  - text: "NFL"\n    type: "abbreviation"'));
    expect(p.rule).toBe('glossary-collision');
    expect(p.message).toContain('content/actors/port-authority.mdx');
    expect(p.message).toContain('content/actors/northern-ferry-line.mdx');
  });

  it('names two places that claim one spelling, under each spelling the glossary folds together', () => {
    const problems = problemsAfter((f) => replace(f, 'content/places/greyport.yaml', '"Grey Port"', '"Salt-Marsh"'));
    // "Salt-Marsh" is both "Saltmarsh" and "Salt Marsh" to the matcher.
    expect(problems.map((p) => [p.rule, p.file, p.field])).toEqual([
      ['glossary-collision', 'content/places/saltmarsh.yaml', 'name'],
      ['glossary-collision', 'content/places/saltmarsh.yaml', 'variants.0.text'],
    ]);
    expect(problems[0]!.message).toContain('content/places/greyport.yaml');
  });

  it('refuses a correction that quotes words the article does not contain', () => {
    const p = oneProblem((f) =>
      replace(f, ARTICLE, 'ingest:', 'corrections:\n  - quotes:\n      - "15 vessels stayed"\n    status: "unconfirmed"\n    text: "No other source gives the number."\ningest:'),
    );
    expect(p).toMatchObject({ rule: 'correction-quote', field: 'corrections.0.quotes.0', value: '"15 vessels stayed"' });
  });

  it('refuses an explainer that cites fewer than three paragraphs', () => {
    const p = oneProblem((f) => {
      replace(f, EXPLAINER, ' <Cite a="harbour-report" p="3" q="the worst in a decade" />', '');
      replace(f, EXPLAINER, '<Cite s="harbour-bulletin" f="piers-closed" />', '<Cite a="harbour-report" p="2" q="repairs would take a week" />');
      replace(f, EXPLAINER, 'quote: "14 vessels stayed in harbour"', 'quote: "repairs would take a week"');
      replace(f, EXPLAINER, 'Fishermen called it the worst storm in a decade.', '');
    });
    expect(p.rule).toBe('explainer-paragraphs');
  });

  it('refuses malformed citation and disagreement markup', () => {
    const problems = problemsAfter((f) => {
      replace(f, EXPLAINER, '<Cite a="harbour-report" p="3" q="the worst in a decade" />', '<Cite a="harbour-report" p={3} q="the worst in a decade" />');
      replace(f, EXPLAINER, '<Side claim="Unknown">The port authority gives no date. <Cite s="harbour-bulletin" f="piers-closed" /></Side>', '');
    });
    expect(problems.map((p) => p.message)).toEqual(expect.arrayContaining(['<Cite> attribute p is an expression, which is never evaluated.', '<Disagree> has 1 side(s).']));
  });

  it("refuses MDX-only syntax in an article's body, which is rendered as Markdown, naming its line and how to write it as text", () => {
    const change = (f: Map<string, string>): void => {
      replace(f, ARTICLE, 'the worst in a decade.', 'the worst in a decade. <Cite a="harbour-report" p="1" q="x" /> It was {big}.');
      replace(f, ARTICLE, 'Port officials said 14 vessels', '    Port officials said 14 vessels');
    };
    const files = siteFiles();
    change(files);
    const lines = files.get(ARTICLE)!.split('\n');
    const lineOf = (text: string): number => lines.findIndex((l) => l.includes(text)) + 1;
    const problems = problemsAfter(change);
    expect(problems.map((p) => [p.rule, p.file, p.line, p.field])).toEqual([
      ['markup', ARTICLE, lineOf('    Port officials'), 'indent'],
      ['markup', ARTICLE, lineOf('<Cite a="harbour-report" p="1"'), '<Cite>'],
      ['markup', ARTICLE, lineOf('{big}'), '{…}'],
    ]);
    expect(problems[1]!.fix).toMatch(/write "<" as "\\<"/);
  });

  it("refuses raw HTML in an article's body, which the Markdown renderer would pass into the page", () => {
    const p = oneProblem((f) => replace(f, ARTICLE, 'Fishermen in Saltmarsh', 'Fishermen <img src="x" onerror="alert(1)" /> in Saltmarsh'));
    expect(p).toMatchObject({ rule: 'markup', file: ARTICLE, field: '<img>' });
  });

  it('refuses a hand-written link to an actor that does not exist', () => {
    const p = oneProblem((f) => replace(f, EXPLAINER, 'The line halted', 'The [line](actor:ferry-line) halted'));
    expect(p).toMatchObject({ rule: 'reference', value: '"ferry-line"' });
  });

  it('formats a problem with the file and line, the field, the value, what is wrong and the fix', () => {
    const p = oneProblem((f) => replace(f, EXPLAINER, '- "port-authority"', '- "port-authorty"'));
    expect(formatProblem(p)).toMatch(/^content\/explainers\/why-did-the-ferries-stop\.mdx:\d+: field `actors\.1`: got "port-authorty": no file content\/actors\/port-authorty\.\* exists\. Fix: use a file name from content\/actors\//);
  });
});

describe('isEarlier', () => {
  it('compares partial dates on the part both have', () => {
    expect(isEarlier('2020-01-03', '2020-01-05')).toBe(true);
    expect(isEarlier('2020', '2020-01')).toBe(false);
    expect(isEarlier('2023-12-25', '2023-12')).toBe(false);
  });
});
