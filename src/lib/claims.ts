/**
 * Citable claims: every sentence of an explainer that a citation supports gets an anchor made from
 * the sentence itself, `#c-<hash>`, so a link to it survives a rebuild and any edit elsewhere on
 * the page (a new paragraph above, a reworded neighbour, a citation added), and changes only when
 * the sentence does. The remark plugin that writes the anchors and the data files that link to
 * them both call {@link claimRuns}, on the same claims the content model reads, so a link and its
 * anchor cannot disagree.
 *
 * What a citation supports is its claim (`src/lib/mdx-cites.ts`): the text back to the previous
 * citation or the paragraph's start. Its last sentence is the claim's sentence, as the editorial
 * lint reads it: a citation (or a run of them) supports the one sentence before it.
 */
import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { el } from './cite-markup.ts';
import { anchors } from './paths.ts';
import { splitSentences } from './sentences.ts';

/** How many hex digits of the hash an anchor keeps: 8 (32 bits) tells apart the sentences of a page. */
export const CLAIM_HASH_LENGTH = 8;

/**
 * A sentence in the form its anchor is made from: Unicode-normalised (NFKC), curly quotes and
 * apostrophes straight, dashes as hyphens, spaces collapsed, lower case. So retyping a quote mark
 * or fixing a capital keeps the anchor; changing a word does not.
 */
export function normalizeSentence(sentence: string): string {
  return sentence
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The short hash of a sentence: the first {@link CLAIM_HASH_LENGTH} hex digits of SHA-256 of its normal form. */
export function claimHash(sentence: string): string {
  return createHash('sha256').update(normalizeSentence(sentence)).digest('hex').slice(0, CLAIM_HASH_LENGTH);
}

/** The sentence a claim ends with (what its citations support), or `''` when it has no words. */
export function claimSentence(claim: string): string {
  const last = splitSentences(claim.replace(/\s+/g, ' ').trim()).at(-1) ?? '';
  return /\p{L}/u.test(last) ? last : '';
}

/** A run of citations that support one sentence, and that sentence's anchor. */
export interface ClaimRun {
  /** The index of the run's first citation in the list given. */
  start: number;
  /** The index of its last citation. */
  end: number;
  /** The sentence they support. */
  sentence: string;
  /** Its anchor id, without `#`: `c-1a2b3c4d`. */
  id: string;
}

/**
 * The anchored sentences of a page, from its citations' claims in document order. Citations in a
 * row with the same claim support one sentence and share its anchor. A sentence that appears twice
 * on a page gets `-2` on its second anchor (and so on), so every anchor is unique.
 *
 * @param claims Each citation's claim, in document order.
 * @param anchor How the hash becomes an id (default `c-<hash>`; short answers use `a-<hash>`).
 */
export function claimRuns(claims: readonly string[], anchor: (hash: string) => string = anchors.claim): ClaimRun[] {
  const runs: ClaimRun[] = [];
  const used = new Set<string>();
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i] ?? '';
    let end = i;
    while (end + 1 < claims.length && claims[end + 1] === claim) end++;
    const sentence = claimSentence(claim);
    if (sentence) {
      const base = anchor(claimHash(sentence));
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      runs.push({ start: i, end, sentence, id });
    }
    i = end;
  }
  return runs;
}

/** For each citation (by its index in the list), the anchor of the sentence it supports. */
export function claimAnchorsByCite(claims: readonly string[], anchor?: (hash: string) => string): (string | undefined)[] {
  const out: (string | undefined)[] = claims.map(() => undefined);
  for (const run of claimRuns(claims, anchor)) for (let i = run.start; i <= run.end; i++) out[i] = run.id;
  return out;
}

/** The class of a cited sentence's wrapper, which `:target` highlights. */
export const CLAIM_CLASS = 'cited-claim';

/**
 * The "copy link" affordance after a cited sentence: a plain link to its anchor, inside a
 * `<copy-link>` element that places it (and names it for the stylesheet and script: the link
 * itself carries no class, as a page has one per cited sentence); with JavaScript (src/scripts/copy-link.ts) a click copies
 * the sentence's full address instead.
 */
export function claimLinkHast(id: string): Element {
  return el('copy-link', {}, [
    el('a', { href: `#${id}`, ariaLabel: 'Link to this sentence' }, [{ type: 'text', value: '#' }]),
  ]);
}
