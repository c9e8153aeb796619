import { describe, expect, it } from 'vitest';
import { claimAnchorsByCite, claimHash, claimRuns, claimSentence, normalizeSentence } from '../../../src/lib/claims.ts';
import { anchors } from '../../../src/lib/paths.ts';

describe('claim anchors', () => {
  it('pins the anchor of a sentence, so links made today still land after any later build', () => {
    // SHA-256 of the normal form (checked with sha256sum). If this changes, every #c- link anyone has
    // shared breaks: change the algorithm only with redirects for the old anchors.
    expect(claimHash('The ferry line halted all crossings on Tuesday.')).toBe('35ce3ffd');
    expect(claimRuns(['The ferry line halted all crossings on Tuesday.'])[0]?.id).toBe('c-35ce3ffd');
  });

  it('keeps a sentence’s anchor when quote marks, dashes, spaces or capitals are retyped', () => {
    const a = claimHash('The port’s director said “a week” — no more.');
    expect(claimHash("The port's  director said \"a week\" - no more.")).toBe(a);
    expect(claimHash('the PORT’S director said “a week” — no more.')).toBe(a);
    expect(normalizeSentence('  Two\nlines\u00a0here ')).toBe('two lines here');
  });

  it('changes the anchor when a word of the sentence changes', () => {
    expect(claimHash('Fourteen vessels stayed in harbour.')).not.toBe(claimHash('Fifteen vessels stayed in harbour.'));
  });

  it('keeps every other sentence’s anchor when a paragraph is added above, a neighbour is reworded or a citation is added', () => {
    const before = ['A storm hit the coast.', 'A storm hit the coast. The piers broke.', 'Repairs take a week.'];
    const ids = (claims: string[]) => claimRuns(claims).map((r) => [r.sentence, r.id]);
    const original = new Map(ids(before) as [string, string][]);
    // A new paragraph first, a reworded first sentence, and a second citation of the last one.
    const after = ['Rain fell for days.', 'A storm struck the coast.', 'A storm hit the coast. The piers broke.', 'Repairs take a week.', 'Repairs take a week.'];
    const changed = new Map(ids(after) as [string, string][]);
    expect(changed.get('The piers broke.')).toBe(original.get('The piers broke.'));
    expect(changed.get('Repairs take a week.')).toBe(original.get('Repairs take a week.'));
  });

  it('anchors the sentence a citation stands after, not the uncited sentences before it', () => {
    expect(claimSentence('The line runs ferries. It halted them on Tuesday.')).toBe('It halted them on Tuesday.');
    expect(claimSentence('Sgt. Ruiz said so.')).toBe('Sgt. Ruiz said so.');
    expect(claimSentence('  ')).toBe('');
    expect(claimSentence('— 14 —')).toBe('');
  });

  it('gives a run of citations of one sentence one anchor, and a sentence said twice two', () => {
    const claims = ['Piers broke.', 'Piers broke.', 'Crossings stopped.', 'Piers broke.'];
    const runs = claimRuns(claims);
    expect(runs.map((r) => [r.start, r.end])).toEqual([
      [0, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(runs[2]!.id).toBe(`${runs[0]!.id}-2`);
    expect(new Set(runs.map((r) => r.id)).size).toBe(3);
    expect(claimAnchorsByCite(claims)).toEqual([runs[0]!.id, runs[0]!.id, runs[1]!.id, runs[2]!.id]);
  });

  it('leaves a citation with no sentence before it without an anchor', () => {
    expect(claimAnchorsByCite(['', 'Piers broke.'])).toEqual([undefined, `c-${claimHash('Piers broke.')}`]);
  });

  it('writes short-answer anchors with their own prefix, so they never collide with the body’s', () => {
    const [run] = claimRuns(['Piers broke.'], anchors.answerClaim);
    expect(run!.id).toBe(`a-${claimHash('Piers broke.')}`);
  });
});
