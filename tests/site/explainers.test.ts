import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { normalizeQuote } from '../../src/lib/quotes.ts';
import { splitSentences } from '../../src/lib/sentences.ts';
import { BASE, htmlFiles, norm, page, readingText } from './dist.ts';

// The old address of a renamed explainer is a redirect (noindex), not an explainer.
const explainers = htmlFiles().filter((f) => /^explainers\/[^/]+\/index\.html$/.test(f) && !page(f).querySelector('meta[name="robots"][content="noindex"]'));

/**
 * Sentences of prose that state no fact and so carry no citation (transitions), each with the
 * editor's reason, in the editors' own list: the same list the content check reads.
 */
const ALLOWLIST = 'content/editorial-allowlist.yaml';
const ALLOWED_UNCITED = (existsSync(ALLOWLIST) ? (parseYaml(readFileSync(ALLOWLIST, 'utf8')) as { file: string; text: string }[] | null) : null) ?? [];

describe('explainers', () => {
  it('there are at least ten, including the two the brief names', () => {
    expect(explainers.length).toBeGreaterThanOrEqual(10);
    expect(explainers).toContain('explainers/who-is-kataib-hezbollah/index.html');
    expect(explainers).toContain('explainers/why-strike-syria-not-iraq/index.html');
  });

  it.each(explainers)('%s shows its short answer first and cites at least three distinct paragraphs', (file) => {
    const root = page(file);
    const article = root.querySelector('article')!;
    const first = article.querySelectorAll('section')[0]!;
    expect(first.querySelector('h2')?.textContent).toBe('The short answer');
    expect(norm(first.querySelector('p')!.textContent).length).toBeGreaterThan(40);
    const cited = new Set(root.querySelectorAll('.notes li > a[href*="#"]').map((a) => a.getAttribute('href')));
    expect(cited.size).toBeGreaterThanOrEqual(3);
  });

  it.each(explainers)('%s: every citation resolves to a paragraph whose text contains the quote', (file) => {
    for (const li of page(file).querySelectorAll('.notes li')) {
      const link = li.querySelector('a')!;
      const url = new URL(link.getAttribute('href')!, 'http://site.test');
      const target = `${url.pathname.slice(BASE.length)}index.html`;
      const paragraph = page(target).getElementById(url.hash.slice(1));
      expect(paragraph, `${file} → ${link.getAttribute('href')}`).not.toBeNull();
      const quotes = li.querySelectorAll('q');
      if (quotes.length > 0) {
        // An article paragraph: it holds each of the quoted words.
        for (const quote of quotes) expect(normalizeQuote(readingText(paragraph!)), `${file} note ${li.id}`).toContain(normalizeQuote(quote.textContent));
      } else {
        // An outside record's fact: the note says what the fact on the record's own page says.
        expect(target, `${file} note ${li.id}`).toMatch(/^about\/sources\/[a-z0-9-]+\/index\.html$/);
        expect(norm(li.textContent)).toContain(norm(paragraph!.childNodes[0]!.textContent).trim());
      }
    }
  });

  it.each(explainers)('%s: a source paragraph cited several times has one note, which every citation of it still reaches', (file) => {
    const root = page(file);
    const notes = root.querySelectorAll('.notes li');
    const sources = notes.map((li) => li.querySelector('a')!.getAttribute('href'));
    expect(new Set(sources).size, `${file}: a source paragraph in two notes`).toBe(sources.length);
    const markers = root.querySelectorAll('.prose sup.cite:not(.compact) > a');
    expect(markers.length).toBeGreaterThan(0);
    for (const marker of markers) {
      const note = root.getElementById(marker.getAttribute('aria-describedby') ?? '');
      expect(note?.closest('.notes'), `${file}: marker ${marker.id} has no note`).toBeTruthy();
      // One click to the source paragraph, the same one its note names.
      expect(marker.getAttribute('href'), `${file} ${marker.id}`).toBe(note!.querySelector('a')!.getAttribute('href'));
    }
    // Each quote of a note leads back to a marker that describes itself by that note.
    for (const li of notes) {
      const backs = li.querySelectorAll('a[href^="#ref-"]');
      expect(backs.length, `${file} ${li.id}`).toBe(Math.max(1, li.querySelectorAll('q').length));
      for (const back of backs) expect(root.getElementById(back.getAttribute('href')!.slice(1))?.getAttribute('aria-describedby'), `${file} ${li.id}`).toBe(li.id);
    }
  });

  it.each(explainers)('%s: the list of sources gives each reliability once, over its cited articles, and the notes do not repeat it', (file) => {
    const root = page(file);
    // The sources come in groups by reliability, each under its badge, shown once.
    const groups = root.querySelectorAll('ul.sources').map((ul) => ({ badge: ul.previousElementSibling?.querySelector('.badge')?.textContent ?? '', items: ul.querySelectorAll('li') }));
    expect(groups.length, file).toBeGreaterThan(0);
    expect(new Set(groups.map((g) => g.badge)).size, `${file}: a reliability shown twice`).toBe(groups.length);
    for (const g of groups) for (const li of g.items) expect(li.querySelector('.badge'), `${file}: a badge per article`).toBeNull();
    const listed = new Map(groups.flatMap((g) => g.items.map((li) => [li.querySelector('a')!.getAttribute('href'), g.badge] as const)));
    for (const li of root.querySelectorAll('.notes li')) {
      expect(li.textContent, `${file} ${li.id}`).not.toMatch(/reliability\)|\(not rated\)/);
      const href = li.querySelector('a')!.getAttribute('href')!;
      if (!href.includes('/articles/')) continue;
      expect(listed.get(href.replace(/#.*$/, '')), `${file} ${li.id}: ${href} not in its sources`).toMatch(/^(High|Medium|Low) reliability$|^Not yet rated$/);
    }
  });

  it('the largest explainer names the source of a paragraph it quotes several times once', () => {
    const root = page('explainers/why-strike-syria-not-iraq/index.html');
    const shared = root.querySelectorAll('.notes li').filter((li) => li.querySelectorAll('q').length > 1);
    expect(shared.length).toBeGreaterThan(0);
    const markers = root.querySelectorAll('.prose sup.cite > a');
    expect(markers.length).toBeGreaterThan(root.querySelectorAll('.notes li').length);
  });

  it.each(explainers)('%s: every paragraph that states a fact carries a citation (or is a reviewed transition)', (file) => {
    const slug = file.split('/')[1]!;
    const uncited = page(file)
      .querySelectorAll('.prose p')
      .filter((p) => !p.closest('.notes') && !p.classList.contains('claim') && !p.classList.contains('disagree-label'))
      .filter((p) => !p.querySelector('sup.cite'))
      .map((p) => readingText(p))
      .filter((text) => !splitSentences(text).every((s) => ALLOWED_UNCITED.some((a) => a.file === `content/explainers/${slug}.mdx` && s.startsWith(a.text.trim()))));
    expect(uncited).toEqual([]);
  });

  it('every explainer is reachable from the home page', () => {
    const links = new Set(page('index.html').querySelectorAll('a').map((a) => a.getAttribute('href')));
    for (const file of explainers) expect(links, file).toContain(`${BASE}${file.replace(/index\.html$/, '')}`);
  });

  it('article pages list the explainers that cite them', () => {
    const root = page('articles/us-tit-for-tat-strikes-send-warning/index.html');
    const listed = root.querySelectorAll('#explained-in + ul a').map((a) => a.getAttribute('href'));
    expect(listed).toContain(`${BASE}explainers/who-is-kataib-hezbollah/`);
  });

  it('show where the sources disagree, each side with a citation', () => {
    const blocks = explainers.flatMap((f) => page(f).querySelectorAll('aside.disagree'));
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const block of blocks) {
      const sides = block.querySelectorAll('.side');
      expect(sides.length).toBeGreaterThanOrEqual(2);
      for (const side of sides) expect(side.querySelector('sup.cite')).not.toBeNull();
    }
  });

  it('mark claims that only the AI-written article supports', () => {
    const tower = page('explainers/what-happened-at-tower-22/index.html');
    expect(tower.querySelectorAll('.low-source').length).toBeGreaterThan(0);
  });
});
