import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../src/lib/glossary/matcher.ts';
import { citeEvidence, eventParties, GRADE_INFO, GRADES, gradeEvidence, responsible, speakerActor, withBodies, type CiteEvidence } from '../../../src/lib/evidence.ts';
import { replace, site } from './content/fixture.ts';

/** A citation's facts, as citeEvidence would give them: a named publisher, no speaker, unmarked. */
const cite = (over: Partial<CiteEvidence> = {}): CiteEvidence => ({ label: 'Coast Daily, 3 May 2031, ¶2', publisher: 'Coast Daily', aiGenerated: false, speakerActors: [], ...over });
const ai = (over: Partial<CiteEvidence> = {}): CiteEvidence => cite({ label: 'A machine-written text, ¶1', publisher: undefined, aiGenerated: true, ...over });

describe('the evidence grade', () => {
  it('is confirmed by a record the responsible party published', () => {
    const g = gradeEvidence({ cites: [cite({ label: 'Ferry Line notice, 4 May 2031', publisher: 'Northern Ferry Line', speaker: 'Northern Ferry Line', speakerActors: ['ferry-line'] })], parties: ['ferry-line'] });
    expect(g.grade).toBe('confirmed');
    expect(g.reason).toBe('A party to it says so in its own record: Ferry Line notice, 4 May 2031.');
  });

  it('is confirmed by a quoted speaker who is part of the responsible party', () => {
    const spokesman = cite({ speaker: 'a harbour master', speakerActors: ['harbour-master', 'port-authority'] });
    const g = gradeEvidence({ cites: [spokesman], parties: ['port-authority'] });
    expect(g.grade).toBe('confirmed');
    expect(g.reason).toContain('a harbour master, quoted in Coast Daily');
  });

  it('is not confirmed by a speaker who is only the target or a bystander', () => {
    expect(gradeEvidence({ cites: [cite({ speaker: 'Fishermen', speakerActors: ['fishermen'] })], parties: ['ferry-line'] }).grade).toBe('single-source');
  });

  it('is corroborated by two independent publishers', () => {
    const g = gradeEvidence({ cites: [cite(), cite({ label: 'Bay Herald, ¶5', publisher: 'Bay Herald' })], parties: [] });
    expect(g).toEqual({ grade: 'corroborated', reason: '2 independent publishers report it: Coast Daily and Bay Herald.' });
  });

  it('counts an agency report carried by two outlets once', () => {
    // Both articles carry the same Wire Agency report, so their publisher is the agency.
    const g = gradeEvidence({ cites: [cite({ publisher: 'Wire Agency' }), cite({ label: 'Bay Herald, ¶1', publisher: 'wire agency ' })], parties: [] });
    expect(g.grade).toBe('single-source');
    expect(g.reason).toBe('One publisher only: Wire Agency.');
  });

  it('does not count a source whose publisher is unknown as a second, independent one', () => {
    const g = gradeEvidence({ cites: [cite(), cite({ publisher: undefined, label: 'Unknown blog, ¶3' })], parties: [] });
    expect(g.grade).toBe('single-source');
    expect(g.reason).toMatch(/^One publisher only: Coast Daily \(and a source whose publisher is unknown/);
    expect(gradeEvidence({ cites: [cite({ publisher: undefined })], parties: [] }).reason).toMatch(/publisher is unknown/);
  });

  it('is contested when the accounts give different casualty figures', () => {
    const casualties = [
      { who: 'crew', according: 'the ferry line', killed: { min: 2, max: 2 } },
      { who: 'passengers and crew', according: 'the coastguard', killed: { min: 9 } },
    ];
    const g = gradeEvidence({ cites: [cite(), cite({ publisher: 'Bay Herald' })], parties: [], casualties });
    expect(g.grade).toBe('contested');
    expect(g.reason).toBe('The accounts differ on the number killed, from 2 to at least 9.');
  });

  it('is not contested by figures that agree, or by one account’s rows for several groups', () => {
    const agree = [
      { who: 'crew', according: 'the ferry line', injured: { min: 4, max: 4 } },
      { who: 'crew', according: 'the coastguard', injured: { min: 4 } },
    ];
    expect(gradeEvidence({ cites: [cite()], parties: [], casualties: agree }).grade).toBe('single-source');
    const groups = [
      { who: 'crew', according: 'the coastguard', killed: { min: 1, max: 1 } },
      { who: 'passengers', according: 'the coastguard', killed: { min: 5, max: 5 } },
    ];
    expect(gradeEvidence({ cites: [cite()], parties: [], casualties: groups }).grade).toBe('single-source');
  });

  it('is contested when a correction marks the cited words as wrong or unconfirmed, even beside the party’s own word', () => {
    const own = cite({ speaker: 'Northern Ferry Line', speakerActors: ['ferry-line'] });
    for (const status of ['wrong', 'unconfirmed'] as const) {
      const g = gradeEvidence({ cites: [own, cite({ label: 'Bay Herald, ¶7', marked: status })], parties: ['ferry-line'] });
      expect(g).toEqual({ grade: 'contested', reason: `A correction marks the cited words of Bay Herald, ¶7 as ${status}.` });
    }
  });

  it('is not contested by a clarification, which says the words are right in one reading', () => {
    expect(gradeEvidence({ cites: [cite({ marked: 'clarified' })], parties: [] }).grade).toBe('single-source');
  });

  it('is AI-only when every citation is machine-written, marked or not, and whoever it quotes', () => {
    const g = gradeEvidence({ cites: [ai(), ai({ marked: 'wrong', speaker: 'Northern Ferry Line', speakerActors: ['ferry-line'] })], parties: ['ferry-line'] });
    expect(g.grade).toBe('ai-only');
    expect(g.reason).toBe('Its only source is machine-written: A machine-written text, ¶1.');
  });

  it('never lets a machine-written text confirm or corroborate', () => {
    const quoted = ai({ speaker: 'Northern Ferry Line', speakerActors: ['ferry-line'], publisher: 'Bot Press' });
    expect(gradeEvidence({ cites: [cite(), quoted], parties: ['ferry-line'] }).grade).toBe('single-source');
  });

  it('refuses to grade nothing, naming the rule that every claim cites a source', () => {
    expect(() => gradeEvidence({ cites: [], parties: [] })).toThrow(/no citation to grade.*src\/schemas/);
  });

  it('has a label and a definition for every grade', () => {
    for (const g of GRADES) {
      expect(GRADE_INFO[g].label.length).toBeGreaterThan(2);
      expect(GRADE_INFO[g].definition).toMatch(/^[A-Z].{30,160}\.$/);
    }
  });
});

describe('who a speaker is', () => {
  const matcher = buildMatcher([
    { actor: 'port-authority', file: 'a.mdx', text: 'Port Authority' },
    { actor: 'ferry-line', file: 'b.mdx', text: 'Northern Ferry Line' },
    { actor: 'ferry-line', file: 'b.mdx', text: 'NFL' },
    { actor: 'jane-roe', file: 'c.mdx', text: 'Jane Roe' },
  ]);

  it('is the actor whose name starts the speaker’s words', () => {
    expect(speakerActor(matcher, 'the Port Authority')).toBe('port-authority');
    expect(speakerActor(matcher, 'NFL officials')).toBe('ferry-line');
    expect(speakerActor(matcher, 'Northern Ferry Line spokeswoman Jane Roe')).toBe('ferry-line');
  });

  it('is the actor whose name ends the speaker’s words after titles only', () => {
    expect(speakerActor(matcher, 'Saltmarsh Port Authority')).toBe('port-authority');
    expect(speakerActor(matcher, 'Harbour Master Jane Roe')).toBe('jane-roe');
  });

  it('is no actor when the name only follows a linking word', () => {
    expect(speakerActor(matcher, 'a skipper close to the Northern Ferry Line')).toBeUndefined();
    expect(speakerActor(matcher, 'an engineer who works with the Port Authority')).toBeUndefined();
    expect(speakerActor(matcher, 'fishermen in the harbour')).toBeUndefined();
  });
});

describe('the parties responsible', () => {
  it('are the actors who acted, not the targets, the victims, the mediators or those only said to have acted', () => {
    const actors = [
      { actor: 'a', role: 'attacker' },
      { actor: 'b', role: 'target' },
      { actor: 'c', role: 'killed' },
      { actor: 'd', role: 'official' },
      { actor: 'e', role: 'claimant', attributedBy: 'a rival' },
      { actor: 'f', role: 'mediator' },
      { actor: 'a', role: 'responder' },
    ];
    expect(eventParties(actors)).toEqual(['a', 'd']);
  });

  it('leave out quoted voices, and include the bodies an actor is part of', () => {
    const model = site();
    expect(withBodies(model, 'northern-ferry-line')).toEqual(['northern-ferry-line', 'port-authority']);
    const withVoice = site((f) => replace(f, 'content/actors/port-authority.mdx', 'kind: "state-body"', 'kind: "quoted-voice"'));
    expect(responsible(withVoice, ['northern-ferry-line', 'port-authority'])).toEqual(['northern-ferry-line']);
  });
});

describe('what a citation brings to the grade', () => {
  const ARTICLE = 'content/articles/harbour-report.mdx';
  const quote = { article: 'harbour-report', paragraph: 2, quote: '14 vessels stayed in harbour', by: 'Port officials' } as never;

  it('names the agency an article carries as its publisher', () => {
    const plain = citeEvidence(site(), quote);
    expect(plain).toMatchObject({ publisher: 'Harbour Post', aiGenerated: false, speaker: 'Port officials', label: 'Harbour Post, 4 May 2031, ¶2' });
    const carried = citeEvidence(site((f) => replace(f, ARTICLE, 'name: "Harbour Post"', 'name: "Harbour Post"\n  via: "Wire Agency"')), quote);
    expect(carried.publisher).toBe('Wire Agency');
  });

  it('takes an outside record’s publisher as its speaker, with the bodies it is part of', () => {
    const e = citeEvidence(site(), { source: 'harbour-bulletin', fact: 'piers-closed' } as never);
    expect(e).toMatchObject({ publisher: 'Saltmarsh Port Authority', speaker: 'Saltmarsh Port Authority', speakerActors: ['port-authority'] });
  });

  it('marks a machine-written article and words a correction marks', () => {
    const model = site((f) => {
      replace(f, ARTICLE, 'kind: "news-report"', 'kind: "ai-generated"');
      replace(f, ARTICLE, 'ingest:', 'corrections:\n  - quotes: ["14 vessels"]\n    status: "unconfirmed"\n    text: "No other source gives the number of vessels."\ningest:');
    });
    expect(citeEvidence(model, quote)).toMatchObject({ aiGenerated: true, marked: 'unconfirmed' });
  });

  it('names the missing record, with the command that finds it', () => {
    expect(() => citeEvidence(site(), { source: 'no-such-record', fact: 'x' } as never)).toThrow(/No outside source "no-such-record".*content:check/);
  });
});
