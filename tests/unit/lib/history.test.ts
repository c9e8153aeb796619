import { describe, expect, it } from 'vitest';
import { contentDate, contentVersion, entryPath, lastUpdated, pageHistory, pageVersion, siteUpdates } from '../../../src/lib/history.ts';
import { replace, site } from './content/fixture.ts';

const ARTICLE = 'content/articles/harbour-report.mdx';
const EXPLAINER = 'content/explainers/why-did-the-ferries-stop.mdx';

/** The fixture with two corrections on its article: one dated, one dated only by its evidence. */
const withCorrections = (extra = '') =>
  site((f) => {
    replace(
      f,
      ARTICLE,
      'ingest:',
      [
        'corrections:',
        '  - quotes: ["14 vessels stayed in harbour"]',
        '    status: "wrong"',
        '    text: "Nine vessels stayed in harbour."',
        '    evidence: [{ source: "harbour-bulletin", fact: "piers-closed" }]',
        '    date: "2031-06-01"',
        '  - quotes: ["the worst in a decade"]',
        '    status: "unconfirmed"',
        '    text: "No record confirms it was the worst storm in a decade."',
        extra,
        'ingest:',
      ].join('\n'),
    );
  });

describe('visible history', () => {
  it('lists a page’s changes newest first, each with a stable anchor', () => {
    const entries = pageHistory(site(), 'explainer', 'why-did-the-ferries-stop');
    expect(entries.map((e) => e.date)).toEqual(['2031-05-07', '2031-05-06']);
    expect(entries[0]).toMatchObject({ kind: 'change', dating: 'own', what: 'Added what the fishermen said.', page: { kind: 'explainer', path: 'explainers/why-did-the-ferries-stop/' } });
    expect(entries[0]!.anchor).toMatch(/^change-[0-9a-f]{8}$/);
    expect(pageHistory(site(), 'explainer', 'why-did-the-ferries-stop').map((e) => e.key)).toEqual(entries.map((e) => e.key));
  });

  it('keeps a change’s anchor when another change is added', () => {
    const before = pageHistory(site(), 'actor', 'northern-ferry-line');
    const after = pageHistory(
      site((f) => replace(f, 'content/actors/northern-ferry-line.mdx', 'changes:', 'changes:\n  - { date: "2031-05-09", what: "Added its founding year.", why: "An outside record gives it." }')),
      'actor',
      'northern-ferry-line',
    );
    expect(after).toHaveLength(2);
    expect(after.map((e) => e.key)).toContain(before[0]!.key);
  });

  it('counts an article’s dated correction as a change of its page, and leaves an undated one to the corrections box', () => {
    const entries = pageHistory(withCorrections(), 'article', 'harbour-report');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'correction', date: '2031-06-01', dating: 'own', why: 'Nine vessels stayed in harbour.', anchor: 'correction-1' });
    expect(entries[0]!.what).toBe('Wrong: “14 vessels stayed in harbour”.');
  });

  it('lists every correction on the site, dating an undated one by its newest record or else by its article', () => {
    const updates = siteUpdates(withCorrections('    evidence: [{ article: "harbour-report", paragraph: 3, quote: "the worst in a decade" }]'));
    const corrections = updates.filter((e) => e.kind === 'correction');
    expect(corrections.map((e) => [e.date, e.dating])).toEqual([
      ['2031-06-01', 'own'],
      ['2031-05-04', 'evidence'],
    ]);
    const noEvidence = siteUpdates(withCorrections()).filter((e) => e.kind === 'correction');
    expect(noEvidence.map((e) => e.dating)).toEqual(['own', 'article']);
    expect(entryPath(noEvidence[1]!)).toBe('articles/harbour-report/#correction-2');
  });

  it('lists the changes of every kind of page together, newest first, and nothing of drafts', () => {
    const updates = siteUpdates(
      site((f) => {
        replace(f, 'content/articles/draft-note.mdx', 'ingest:', 'changes: [{ date: "2031-09-09", what: "Drafted a note.", why: "Not published yet." }]\ningest:');
      }),
    );
    expect(updates.map((e) => [e.date, e.page.kind])).toEqual([
      ['2031-05-08', 'actor'],
      ['2031-05-07', 'explainer'],
      ['2031-05-06', 'explainer'],
    ]);
  });

  it('dates a page by its newest change, or an explainer by `updated` when that is later', () => {
    expect(lastUpdated(site(), 'explainer', 'why-did-the-ferries-stop')).toBe('2031-05-07');
    expect(lastUpdated(site((f) => replace(f, EXPLAINER, 'updated: "2031-05-05"', 'updated: "2031-05-20"')), 'explainer', 'why-did-the-ferries-stop')).toBe('2031-05-20');
    expect(lastUpdated(site(), 'actor', 'port-authority')).toBeUndefined();
    expect(contentDate(site())).toBe('2031-05-08');
  });

  it('gives the same content the same version, and any change a new one', () => {
    expect(contentVersion(site())).toBe(contentVersion(site()));
    expect(contentVersion(site())).toMatch(/^[0-9a-f]{12}$/);
    expect(contentVersion(site((f) => replace(f, 'content/places/greyport.yaml', 'Greyport, a harbour', 'Greyport, a small harbour')))).not.toBe(contentVersion(site()));
  });

  it('changes a page’s version only when its own file changes', () => {
    const base = site();
    const otherEdited = site((f) => replace(f, 'content/places/greyport.yaml', 'Greyport, a harbour', 'Greyport, a small harbour'));
    const ownEdited = site((f) => replace(f, EXPLAINER, 'Fishermen called it', 'Fishermen in Saltmarsh called it'));
    const v = (m: typeof base) => pageVersion(m, 'explainer', 'why-did-the-ferries-stop');
    expect(v(otherEdited)).toBe(v(base));
    expect(v(ownEdited)).not.toBe(v(base));
  });
});
