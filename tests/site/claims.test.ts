/**
 * Citable claims in dist/: every sentence of an explainer that a citation supports has an anchor,
 * and that anchor is the hash of the sentence itself. So it is the same in every build of the same
 * sentence and is untouched by edits anywhere else — which is what lets a link to it last.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { claimHash, claimSentence } from '../../src/lib/claims.ts';
import { page } from './dist.ts';

const explainers = readdirSync('content/explainers')
  .filter((n) => n.endsWith('.mdx'))
  .map((n) => `explainers/${n.replace(/\.mdx$/, '')}/index.html`);

/** A claim's sentence as a reader sees it: without its markers, warnings and link. */
function sentence(claim: HTMLElement): string {
  const copy = parse(claim.outerHTML);
  for (const el of copy.querySelectorAll('sup.cite, copy-link, .low-source, .correction-flag')) el.remove();
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

describe('citable claims', () => {
  it('anchor every cited sentence of every explainer, in the body and in the short answer', () => {
    for (const file of explainers) {
      const root = page(file);
      const markers = root.querySelectorAll('article sup.cite').filter((s) => !s.closest('.key-facts'));
      expect(markers.length, file).toBeGreaterThan(0);
      for (const marker of markers) expect(marker.closest('.cited-claim'), `${file}: ${marker.textContent}`).not.toBeNull();
    }
  });

  it('make each anchor of the sentence alone, so a rebuild or an edit elsewhere leaves it as it was', () => {
    for (const file of explainers) {
      const ids = new Set<string>();
      for (const claim of page(file).querySelectorAll('.cited-claim')) {
        const m = /^([ac])-([0-9a-f]{8})(?:-\d+)?$/.exec(claim.id);
        expect(m, `${file}: ${claim.id}`).not.toBeNull();
        expect(m![2], `${file}: ${sentence(claim)}`).toBe(claimHash(claimSentence(sentence(claim))));
        expect(ids.has(claim.id), `${file}: ${claim.id} twice`).toBe(false);
        ids.add(claim.id);
      }
    }
  });

  it('end each anchored sentence with a plain link to it, which works without JavaScript', () => {
    for (const file of explainers) {
      for (const claim of page(file).querySelectorAll('.cited-claim')) {
        expect(claim.querySelector('copy-link > a')?.getAttribute('href'), file).toBe(`#${claim.id}`);
      }
    }
  });
});
