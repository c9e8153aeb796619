import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/content/check.ts';
import { names, reportsAsClaim } from '../../../../src/lib/content/editorial.ts';
import { houseWordsIn } from '../../../../src/lib/content/house-style.ts';
import type { Problem } from '../../../../src/lib/content/problems.ts';
import { countMarks, markSegments } from '../../../../src/lib/corrections.ts';
import { buildMatcher } from '../../../../src/lib/glossary/matcher.ts';
import { countText } from '../../../../src/lib/events.ts';
import { splitSentences } from '../../../../src/lib/sentences.ts';
import { replace, site } from './fixture.ts';

const EXPLAINER = 'content/explainers/why-did-the-ferries-stop.mdx';
const ARTICLE = 'content/articles/harbour-report.mdx';
const rules = (change: (f: Map<string, string>) => void): Problem[] => checkContent(site(change));

/** A correction in the fixture's article: "14 vessels stayed in harbour" is wrong. */
const withCorrection = (f: Map<string, string>): void =>
  replace(f, ARTICLE, 'ingest:', 'corrections:\n  - quotes:\n      - text: "14 vessels stayed in harbour"\n        correct: "nine vessels stayed"\n    status: "wrong"\n    text: "Nine vessels stayed in harbour."\n    evidence:\n      - { source: harbour-bulletin, fact: piers-closed }\ningest:');

const matcher = buildMatcher([
  { actor: 'port-authority', file: 'a', text: 'Port Authority' },
  { actor: 'port-authority', file: 'a', text: 'the harbourmaster' },
  { actor: 'ana-ruiz', file: 'b', text: 'Ana Ruiz' },
  { actor: 'ana-ruiz', file: 'b', text: 'Ruiz' },
]);

describe('attribution: a party is credited only where the cited paragraph names it', () => {
  it('accepts a party named in the paragraph under another of its names', () => {
    expect(names('Ruiz said the piers would reopen.', 'Ana Ruiz, the director', matcher)).toBe(true);
    expect(names('The harbourmaster closed the quay.', 'the Port Authority', matcher)).toBe(true);
  });

  it('refuses a party the paragraph does not name, even when another paragraph does', () => {
    expect(names('He said the piers would reopen.', 'Ana Ruiz', matcher)).toBe(false);
  });

  it('needs the person a role stands for: "a harbour official" is not any paragraph that names the harbour', () => {
    const harbour = buildMatcher([{ actor: 'port-authority', file: 'a', text: 'Port Authority' }]);
    expect(names('The Port Authority closed the quay.', 'a Port Authority official', harbour)).toBe(false);
    expect(names('A Port Authority official said the quay was closed.', 'a Port Authority official', harbour)).toBe(true);
    // Other words only describe the entry.
    expect(names('The Port Authority closed the quay.', 'the Port Authority board', harbour)).toBe(true);
  });

  it('needs a person named by name, not by "he"', () => {
    const isPerson = (a: string) => a === 'ana-ruiz';
    expect(names('Ruiz said the quay was closed.', 'Ana Ruiz, the director', matcher, isPerson)).toBe(true);
    expect(names('The Port Authority said, she added, that it was closed.', 'Ana Ruiz of the Port Authority', matcher, isPerson)).toBe(false);
  });

  it('falls back to the words when a name is written differently ("Iran-backed", "Iranian-backed")', () => {
    const iran = buildMatcher([{ actor: 'iran', file: 'i', text: 'Iran' }]);
    expect(names('An official with one of the Iranian-backed militias said so.', 'an official with one of the Iran-backed militias', iran)).toBe(true);
  });

  it('accepts a figure according to the report itself, which no paragraph of it names', () => {
    const problems = rules((f) => replace(f, 'content/counts.yaml', 'according: "port officials"', 'according: "the Harbour Post (source not named)"'));
    expect(problems).toEqual([]);
    const other = rules((f) => replace(f, 'content/counts.yaml', 'according: "port officials"', 'according: "the coastguard"'));
    expect(other.map((p) => p.rule)).toEqual(['attribution']);
  });

  it('reads a party the glossary does not know by most of its words', () => {
    expect(names('A customs officer, speaking anonymously, said the line would reopen.', 'a customs officer', matcher)).toBe(true);
    expect(names('An official said the line would reopen.', 'a customs officer', matcher)).toBe(false);
  });

  it('fails the build for a by="…" the paragraph does not name, naming the file, the citation and the fix', () => {
    const problems = rules((f) => replace(f, EXPLAINER, 'q="the worst in a decade" />', 'q="the worst in a decade" by="Ana Ruiz" />'));
    expect(problems.map((p) => [p.rule, p.file, p.field])).toEqual([['attribution', EXPLAINER, '<Cite> 3']]);
    expect(problems[0]!.message).toBe('The citation credits Ana Ruiz, but ¶3 of harbour-report does not name them.');
  });

  it('checks the role an event attributes and who a casualty figure is according to', () => {
    const problems = rules((f) => {
      replace(f, 'content/events/ferries-halted.yaml', 'role: "responder"', 'role: "responder"\n    attributedBy: "the coastguard"');
    });
    expect(problems.map((p) => [p.rule, p.field])).toEqual([['attribution', 'actors.0.attributedBy']]);
  });
});

describe('corrected words: a wrong passage supports only a report of its source’s claim', () => {
  it('tells a report of a claim from a statement of fact', () => {
    expect(reportsAsClaim('The rumour sheet says 14 vessels stayed in harbour.', matcher)).toBe(true);
    expect(reportsAsClaim('Fourteen vessels stayed in harbour.', matcher)).toBe(false);
    expect(reportsAsClaim('According to the Port Authority, 14 vessels stayed in harbour.', matcher)).toBe(false);
    expect(reportsAsClaim('The harbourmaster said 14 vessels stayed.', matcher)).toBe(false);
  });

  it('fails a citation of a wrong passage used as a fact, and one that credits another party with it', () => {
    const problems = rules((f) => {
      withCorrection(f);
      replace(f, EXPLAINER, 'Fishermen called it the worst storm in a decade.', 'Fourteen vessels stayed in harbour. <Cite a="harbour-report" p="2" q="14 vessels stayed in harbour" /> Fishermen called it the worst storm in a decade.');
      replace(f, EXPLAINER, 'q="repairs would take a week" by="Ana Ruiz" /></Side>', 'q="14 vessels stayed in harbour" by="Ana Ruiz" /></Side>');
    });
    const corrected = problems.filter((p) => p.rule === 'corrected-quote');
    // The two sentences, and the fixture's data that state the same words as fact: the actor's
    // relation and the explainer's key fact ("14"). The count says whose figure it is ("according to
    // port officials"), as a casualty row does, so it may stand, marked.
    expect(corrected.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/actors/northern-ferry-line.mdx relations.0.cite',
      `${EXPLAINER} keyFacts.0.cites.0`,
      `${EXPLAINER} <Cite> 3`,
      `${EXPLAINER} <Cite> 5`,
    ]);
    expect(corrected[2]!.message).toMatch(/marked by correction 1 \(wrong\).*this sentence states it as fact: "Fourteen vessels stayed in harbour\."/);
    expect(corrected[3]!.message).toMatch(/credits Ana Ruiz with it/);
  });

  it('accepts the same wrong passage cited as its source’s claim', () => {
    const problems = rules((f) => {
      withCorrection(f);
      replace(f, EXPLAINER, 'quote: "14 vessels stayed in harbour"', 'quote: "repairs would take a week"');
      replace(f, EXPLAINER, 'Fishermen called it the worst storm in a decade.', 'The report says 14 vessels stayed in harbour. <Cite a="harbour-report" p="2" q="14 vessels stayed in harbour" /> Fishermen called it the worst storm in a decade.');
      replace(f, 'content/counts.yaml', 'quote: "Port officials said 14 vessels stayed in harbour"', 'quote: "Port officials said"');
      replace(f, 'content/actors/northern-ferry-line.mdx', 'quote: "Port officials said 14 vessels stayed in harbour"', 'quote: "Port officials said"');
    });
    expect(problems.map((p) => `${p.rule} ${p.field}`)).toEqual([]);
  });
});

describe('the editorial lint', () => {
  it('finds a sentence with no citation of its own, even in a cited paragraph', () => {
    const problems = rules((f) => replace(f, EXPLAINER, 'The line halted its crossings after the storm.', 'The piers are old. The line halted its crossings after the storm.'));
    expect(problems.map((p) => [p.rule, p.value])).toEqual([['uncited-sentence', '"The piers are old."']]);
  });

  it('lets a listed transition stand uncited, with its reason', () => {
    const problems = rules((f) => {
      replace(f, EXPLAINER, 'The line halted its crossings after the storm.', 'Here is what happened. The line halted its crossings after the storm.');
      f.set('content/editorial-allowlist.yaml', `- file: ${EXPLAINER}\n  text: "Here is what happened."\n  reason: "A transition: it states no fact."\n`);
    });
    expect(problems).toEqual([]);
  });

  it('asks for citations in a short answer written as plain text', () => {
    const problems = rules((f) => replace(f, EXPLAINER, /shortAnswer:\n[\s\S]*?\nactors:/.exec(f.get(EXPLAINER)!)![0], 'shortAnswer: "A storm damaged two piers, so the Northern Ferry Line halted its crossings."\nactors:'));
    expect(problems.map((p) => [p.rule, p.field])).toEqual([['uncited-sentence', 'shortAnswer']]);
  });

  it('finds house words in the site’s own voice but not inside quotation marks', () => {
    expect(houseWordsIn('The regime’s proxies struck.').map((w) => w.word)).toEqual(['proxies', 'regime']);
    expect(houseWordsIn('It called them “Iranian proxies”.')).toEqual([]);
    const problems = rules((f) => replace(f, 'content/places/greyport.yaml', 'a harbour town', 'an elite harbour town'));
    expect(problems.map((p) => [p.rule, p.file, p.value])).toEqual([['house-word', 'content/places/greyport.yaml', '"elite"']]);
  });

  it('keeps "more than N" apart from "at least N", in data and in what readers see', () => {
    const problems = rules((f) => {
      replace(f, ARTICLE, 'Port officials said 14 vessels', 'Port officials said more than 14 vessels');
      replace(f, 'content/counts.yaml', 'max: 14', 'said: "at least"');
      replace(f, 'content/counts.yaml', 'quote: "Port officials said 14 vessels stayed in harbour"', 'quote: "Port officials said more than 14 vessels stayed in harbour"');
      replace(f, 'content/actors/northern-ferry-line.mdx', 'quote: "Port officials said 14 vessels stayed in harbour"', 'quote: "Port officials said"');
      replace(f, EXPLAINER, 'quote: "14 vessels stayed in harbour"', 'quote: "more than 14 vessels stayed in harbour"');
    });
    expect(problems.map((p) => [p.rule, p.fix])).toEqual([['figure-wording', 'write said: more than']]);
    expect(countText({ min: 40, said: 'more than' })).toBe('more than 40');
    expect(countText({ min: 40 })).toBe('at least 40');
  });

  it('writes figures of a thousand and more with a thousands separator, as prose does', () => {
    expect(countText({ min: 1200 })).toBe('at least 1,200');
    expect(countText({ min: 1000, max: 12500 })).toBe('1,000–12,500');
    expect(countText({ min: 2500, max: 2500, said: 'about' })).toBe('about 2,500');
  });

});

describe('marks travel with the words', () => {
  const corrections = [{ quotes: [{ text: 'Staff Sgt. Jo Bloggs', correct: 'not a casualty' }], status: 'wrong' as const }, { quotes: [{ text: 'two drones' }], status: 'unconfirmed' as const }];

  it('marks each occurrence of a corrected quote in a snippet, up to spacing and quote marks', () => {
    const segments = markSegments('Killed: Staff  Sgt. Jo Bloggs, hit by two drones.', corrections);
    expect(segments.map((s) => [s.text, s.mark?.n ?? 0])).toEqual([
      ['Killed: ', 0],
      ['Staff  Sgt. Jo Bloggs', 1],
      [', hit by ', 0],
      ['two drones', 2],
      ['.', 0],
    ]);
    expect(segments[1]!.mark).toEqual({ n: 1, status: 'wrong', correct: 'not a casualty' });
  });

  it('counts the marks of each correction, so the corrections box links back to every one', () => {
    expect(countMarks(['two drones and two drones', 'Staff Sgt. Jo Bloggs'], corrections)).toEqual([1, 2]);
  });
});

describe('splitSentences', () => {
  it('does not end a sentence at a rank, a month or initials', () => {
    expect(splitSentences('Staff Sgt. Jo Bloggs died on Oct. 17. The U.S. said so. J. Doe agreed!')).toEqual(['Staff Sgt. Jo Bloggs died on Oct. 17.', 'The U.S. said so.', 'J. Doe agreed!']);
  });
});

describe('splitSentences and quotations', () => {
  it('keeps a quoted passage of two sentences inside the sentence that quotes it', () => {
    expect(splitSentences('Ruiz said: “The piers are shut. We will reopen.” The line agreed.')).toEqual(['Ruiz said: “The piers are shut. We will reopen.”', 'The line agreed.']);
  });
});
