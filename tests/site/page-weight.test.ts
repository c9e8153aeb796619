/**
 * The HTML budget of a reading page (issue #15): an article, explainer or actor page with link
 * previews, as the benchmark counts them (bench/site.ts), at most 60 kB (60,000 bytes) of HTML.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, page } from './dist.ts';

const LIMIT = 60_000;
const reading = htmlFiles().filter((f) => /^(articles|actors|explainers)\/[^/]+\/index\.html$/.test(f) && readFileSync(join(DIST, f), 'utf8').includes('<link-previews'));

describe('page weight', () => {
  it('finds the reading pages', () => {
    expect(reading.length).toBeGreaterThan(20);
    expect(reading).toContain('explainers/why-strike-syria-not-iraq/index.html');
  });

  it(`keeps every reading page within ${LIMIT / 1000} kB of HTML`, () => {
    const over = reading.map((f) => ({ f, bytes: statSync(join(DIST, f)).size })).filter((p) => p.bytes > LIMIT);
    expect(over).toEqual([]);
  });

  it('puts no scoping attribute on each element of the page history and "Cite this page", whose styles are global', () => {
    for (const f of reading) {
      const scoped = page(f).querySelectorAll('.page-history, .page-history *, #cite-this-page, #cite-this-page *').filter((el) => Object.keys(el.attributes).some((a) => a.startsWith('data-astro-cid')));
      expect(scoped.length, f).toBe(0);
    }
  });
});
