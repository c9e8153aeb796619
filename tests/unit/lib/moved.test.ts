import { describe, expect, it } from 'vitest';
import { articleLd, actorLd, explainerLd } from '../../../src/lib/json-ld.ts';
import { movedPages } from '../../../src/lib/moved.ts';
import { href } from '../../../src/lib/paths.ts';
import { sitemapFilter } from '../../../src/lib/sitemap.ts';
import { replace, site } from './content/fixture.ts';

const renamed = () =>
  site((f) => {
    replace(f, 'content/explainers/why-did-the-ferries-stop.mdx', 'published:', 'formerSlugs:\n  - "why-did-ferries-stop"\n  - "ferries-stopped"\npublished:');
    replace(f, 'content/places/greyport.yaml', 'precision: "town"', 'precision: "town"\nformerSlugs:\n  - "grey-port"');
    replace(f, 'content/articles/draft-note.mdx', 'ingest:', 'formerSlugs:\n  - "unchecked-draft"\ningest:');
    replace(f, 'content/events/ferries-halted.yaml', 'inResponseTo:', 'formerSlugs:\n  - "crossings-halted"\ninResponseTo:');
  });

describe('old addresses of renamed entries', () => {
  it('send each former slug of a page on to the entry’s page, and none of a draft or an event', () => {
    expect(movedPages(renamed())).toEqual([
      { from: 'explainers/why-did-ferries-stop/', to: 'explainers/why-did-the-ferries-stop/', name: 'Why did the ferries stop?' },
      { from: 'explainers/ferries-stopped/', to: 'explainers/why-did-the-ferries-stop/', name: 'Why did the ferries stop?' },
      { from: 'places/grey-port/', to: 'places/greyport/', name: 'Greyport' },
    ]);
  });

  it('keep the old addresses out of the sitemap, under any base path, and every live page in it', () => {
    const moved = new Set(movedPages(renamed()).map((m) => href('/explainers/', m.from)));
    const keep = sitemapFilter(new Set(['northern-ferry-line']), moved);
    expect(keep('https://example.org/explainers/explainers/why-did-ferries-stop/')).toBe(false);
    expect(keep('https://example.org/explainers/places/grey-port/')).toBe(false);
    expect(keep('https://example.org/explainers/explainers/why-did-the-ferries-stop/')).toBe(true);
    expect(keep('https://example.org/explainers/actors/northern-ferry-line/')).toBe(true);
    expect(keep('https://example.org/explainers/actors/nfl/')).toBe(false);
  });
});

describe('history in the structured data', () => {
  it('lists an article’s corrections as this site’s CorrectionComments, with where each is and when', () => {
    const ld = articleLd({ url: 'https://example.org/articles/a/', title: 'T', description: 'D', date: '2031-05-04', publisher: 'Harbour Post', image: 'https://example.org/og.png', dateModified: '2031-06-01', corrections: [{ text: 'Nine vessels.', date: '2031-06-01', url: 'https://example.org/articles/a/#correction-1' }, { text: 'Unconfirmed.', url: 'https://example.org/articles/a/#correction-2' }] });
    expect(ld).toMatchObject({ dateModified: '2031-06-01', correction: [{ '@type': 'CorrectionComment', text: 'Nine vessels.', datePublished: '2031-06-01', url: 'https://example.org/articles/a/#correction-1', author: { name: 'Tit for Tat' } }, { text: 'Unconfirmed.' }] });
    expect((ld['correction'] as Record<string, unknown>[])[1]).not.toHaveProperty('datePublished');
    expect(articleLd({ url: 'u', title: 'T', description: 'D', date: null, publisher: 'unknown', image: 'i' })).not.toHaveProperty('correction');
  });

  it('dates an explainer by its last update and a glossary entry’s page by its last change', () => {
    expect(explainerLd({ url: 'u', question: 'Q?', answer: 'A.', published: '2031-05-05', updated: '2031-05-07' })).toMatchObject({ datePublished: '2031-05-05', dateModified: '2031-05-07' });
    expect(actorLd({ url: 'u', name: 'N', description: 'D', kind: 'person', aliases: [], glossaryUrl: 'g', dateModified: '2031-05-08' })).toMatchObject({ mainEntityOfPage: { '@type': 'WebPage', dateModified: '2031-05-08' } });
    expect(actorLd({ url: 'u', name: 'N', description: 'D', kind: 'person', aliases: [], glossaryUrl: 'g' })).not.toHaveProperty('mainEntityOfPage');
  });
});
