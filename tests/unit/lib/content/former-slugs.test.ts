import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/content/check.ts';
import { formatProblem, type Problem } from '../../../../src/lib/content/problems.ts';
import { replace, site } from './fixture.ts';

const EXPLAINER = 'content/explainers/why-did-the-ferries-stop.mdx';
const ACTOR = 'content/actors/northern-ferry-line.mdx';
const OTHER_ACTOR = 'content/actors/port-authority.mdx';
const PLACE = 'content/places/greyport.yaml';
const EVENT = 'content/events/ferries-halted.yaml';

/** The former-slug problems after one change to the fixture. */
const formerProblems = (change: (files: Map<string, string>) => void): Problem[] => checkContent(site(change)).filter((p) => p.rule === 'former-slug');

describe('former slugs', () => {
  it('accepts a renamed entry whose old slug no one else uses', () => {
    const problems = checkContent(
      site((f) => {
        replace(f, ACTOR, 'kind: "organisation"', 'kind: "organisation"\nformerSlugs:\n  - "saltmarsh-ferries"');
        replace(f, EVENT, 'kind: "political-event"', 'kind: "political-event"\nformerSlugs:\n  - "crossings-halted"');
      }),
    );
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('refuses a former slug that is a live entry’s slug, naming that entry’s file', () => {
    const [p, ...rest] = formerProblems((f) => replace(f, ACTOR, 'kind: "organisation"', 'kind: "organisation"\nformerSlugs:\n  - "port-authority"'));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: ACTOR, field: 'formerSlugs.0', value: '"port-authority"' });
    expect(p!.message).toContain(OTHER_ACTOR);
    expect(p!.line).toBe(6);
  });

  it('refuses a former slug that another entry of the same collection also claims, naming both files', () => {
    const problems = formerProblems((f) => {
      replace(f, ACTOR, 'kind: "organisation"', 'kind: "organisation"\nformerSlugs:\n  - "harbour-company"');
      replace(f, OTHER_ACTOR, 'kind: "state-body"', 'kind: "state-body"\nformerSlugs:\n  - "harbour-company"');
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'formerSlugs.0', value: '"harbour-company"' });
    // The two files are named: the one reported, and (in the message) the one that claimed it first.
    expect(`${problems[0]!.file} ${problems[0]!.message}`).toContain(ACTOR);
    expect(`${problems[0]!.file} ${problems[0]!.message}`).toContain(OTHER_ACTOR);
  });

  it('refuses an entry’s own slug as a former one', () => {
    const [p] = formerProblems((f) => replace(f, PLACE, 'precision: "town"', 'precision: "town"\nformerSlugs:\n  - "greyport"'));
    expect(p).toMatchObject({ file: PLACE, field: 'formerSlugs.0' });
    expect(p!.message).toMatch(/own slug/);
  });

  it('lets two collections share a former slug, since their addresses differ', () => {
    const problems = formerProblems((f) => {
      replace(f, PLACE, 'precision: "town"', 'precision: "town"\nformerSlugs:\n  - "old-harbour"');
      replace(f, EXPLAINER, 'published:', 'formerSlugs:\n  - "old-harbour"\npublished:');
    });
    expect(problems).toEqual([]);
  });

  it('refuses a former slug that is not a slug, through the schema', () => {
    const problems = checkContent(site((f) => replace(f, EVENT, 'kind: "political-event"', 'kind: "political-event"\nformerSlugs:\n  - "Crossings Halted"')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: 'schema', file: EVENT, field: 'formerSlugs.0' });
  });
});
