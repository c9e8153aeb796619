import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/content.ts';
import { BASE, htmlFiles, page, readingText } from './dist.ts';

const matcher = loadContent(process.cwd()).matcher();
const actorPages = htmlFiles().filter((f) => /^actors\/[^/]+\/index\.html$/.test(f) && page(f).querySelector('article'));
const articlePages = htmlFiles().filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));

/** The text of a page's prose that auto-linking may link: no headings, notes or existing non-glossary links. */
function linkableText(file: string): string {
  const prose = page(file).querySelector('link-previews')!.clone() as ReturnType<typeof page>;
  for (const el of prose.querySelectorAll('h1, h2, h3, h4, .notes, sup.cite, .pilcrow, .correction-ref, .correction-correct, a:not([data-actor])')) el.remove();
  return readingText(prose);
}

describe('the actor glossary', () => {
  it('has an entry for every actor the brief names', () => {
    const slugs = new Set(actorPages.map((f) => f.split('/')[1]));
    for (const slug of ['kataib-hezbollah', 'popular-mobilization-forces', 'islamic-resistance-in-iraq', 'asaib-ahl-al-haq', 'badr-organization', 'kataib-sayyid-al-shuhada', 'hezbollah', 'houthis', 'hamas', 'palestinian-islamic-jihad', 'islamic-state', 'iran', 'irgc', 'quds-force', 'us-central-command', 'us-department-of-defense', 'united-states', 'iraqi-government', 'kurdistan-region', 'syrian-government', 'israel', 'qassem-soleimani', 'abu-mahdi-al-muhandis', 'mohammed-shia-al-sudani', 'ali-khamenei', 'antony-blinken', 'joe-biden', 'donald-trump', 'bashar-al-assad', 'john-kirby', 'ismail-haniyeh']) {
      expect(slugs, slug).toContain(slug);
    }
  });

  it('every actor page is reachable from the glossary index', () => {
    const links = new Set(page('actors/index.html').querySelectorAll('a').map((a) => a.getAttribute('href')));
    for (const file of actorPages) expect(links, file).toContain(`${BASE}${file.replace(/index\.html$/, '')}`);
  });

  it.each(articlePages)('%s links every actor it mentions, once, on the first mention', (file) => {
    const links = page(file).querySelectorAll('link-previews a[data-actor]');
    const linked = links.map((a) => a.getAttribute('data-actor'));
    expect(new Set(linked).size, 'one link per actor').toBe(linked.length);
    const mentioned = new Set(matcher.find(linkableText(file)).filter((m) => !m.ambiguous).map((m) => m.actor));
    expect([...linked].sort(), `linked vs mentioned`).toEqual([...mentioned].sort());
    for (const a of links) {
      const id = a.getAttribute('data-actor')!;
      expect(a.getAttribute('href')).toBe(id.startsWith('place:') ? `${BASE}places/${id.slice(6)}/` : `${BASE}actors/${id}/`);
    }
  });

  it('never links Lebanon’s Hezbollah for Kataib Hezbollah, or the other way round', () => {
    for (const file of htmlFiles()) {
      for (const a of page(file).querySelectorAll('a[data-actor]')) {
        const text = a.textContent;
        if (a.getAttribute('data-actor') === 'hezbollah') expect(text, file).not.toMatch(/Kata|Brigades|كتائب/);
        if (a.getAttribute('data-actor') === 'kataib-hezbollah') expect(text, file).toMatch(/Kata|Brigades|\bKH\b|كتائب/);
      }
    }
  });

  it('never links an actor on its own page', () => {
    for (const file of actorPages) {
      const slug = file.split('/')[1];
      expect(page(file).querySelectorAll(`link-previews a[data-actor="${slug}"]`), file).toHaveLength(0);
    }
  });

  it('shows on each actor page where the sources mention it, with counts and the first sentence', () => {
    const kh = page('actors/kataib-hezbollah/index.html');
    const items = kh.querySelectorAll('#mentioned-in + ul > li');
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const li of items) {
      expect(li.querySelector('.meta')!.textContent).toMatch(/\d+ mentions?/);
      expect(readingText(li.querySelector('blockquote')!)).toMatch(/Kataib Hezbollah|Kataeb Hezbollah|Hezbollah Brigades/);
    }
  });

  it('lists every alias in the index of names, and redirects a guessed alias URL to its entry', () => {
    const index = readingText(page('actors/index.html').querySelector('.cross-refs')!);
    expect(index).toContain('Hezbollah Brigades → Kataib Hezbollah');
    const redirect = page('actors/hezbollah-brigades/index.html');
    expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${BASE}actors/kataib-hezbollah/`);
  });

  it('keeps preview data out of the pages: one small JSON file for every actor', () => {
    const json = JSON.parse(readingText(page('actors/previews.json')) || '{}') as Record<string, { name: string; kind: string; description: string }>;
    expect(Object.keys(json).length).toBe(actorPages.length);
    expect(json['kataib-hezbollah']?.name).toBe('Kataib Hezbollah');
  });
});
