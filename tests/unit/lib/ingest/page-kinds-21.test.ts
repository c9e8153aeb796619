/**
 * The rules held-out round 21 (transcripts, print editions, interviews, wikis and newsletters) led to
 * (issue #13), each on a small invented page unlike the round's own: a credit over its caption and
 * a "Courtesy of" credit under one, a print edition's index of pages and its jump lines, a
 * reporter's contact line with a local number, a transcript's end mark, feedback question and note
 * on how it was made, a sign-up box with no e-mail field, a date line whose digits read either way,
 * a wiki's entry (its site's line, hatnote, contents, notes, categories and footer), and a
 * forwarded newsletter's line.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, Q, R } from './pages.ts';
import { parseSeed } from '../../../../src/lib/ingest/parse.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';

const HEAD = ['Harbour Herald', '', 'Bridge reopens to walkers after a year of repairs', '', 'By Ana Ruiz', 'April 14, 2025', ''];

/** The figures ingest reads from a raw text. */
const figures = (lines: string[]) => {
  const r = ingestSeed('page.txt', new TextEncoder().encode(lines.join('\n')));
  if (!r.ok) throw new Error(r.problem.message);
  return r.articles[0]!.figures.map((f) => [f.caption, f.credit]);
};

describe('photos in print editions and interviews', () => {
  it('reads a credit over its caption, the two lines a block of their own, as a figure', () => {
    const caption = 'Walkers cross the reopened bridge on Monday morning, the first to do so in a year.';
    const lines = [...HEAD, 'MARIA LOPEZ/HERALD STAFF', caption, '', P, '', Q, '', R, '', '© 2025 Harbour Herald'];
    expect(figures(lines)).toEqual([[caption, 'MARIA LOPEZ/HERALD STAFF']]);
    expect(fates(lines)[P]).toBe('kept');
  });

  it('keeps a paragraph under a line shaped like a credit when a blank line parts them', () => {
    const short = 'The bridge reopened on Monday, a year after it closed.';
    const f = fates([...HEAD, 'ANA RUIZ/HARBOUR HERALD', '', short, '', P, '', Q, '', R]);
    expect(f[short]).toBe('kept');
  });

  it('reads a "Courtesy of" credit under its caption', () => {
    const caption = 'Tom Ashby on the bridge in 1974, the year of its last repair.';
    expect(figures([...HEAD, caption, 'Courtesy of the Ashby family', '', P, '', Q, '', R])).toEqual([[caption, 'Courtesy of the Ashby family']]);
  });
});

describe('print editions copied as text', () => {
  it('drops an index of the edition’s pages and its label, and keeps a list of figures', () => {
    const index = ['Council sets next year’s budget, A3', 'What the repairs cost? A5', 'Obituaries, B4'];
    const f = fates([...HEAD, P, '', 'IN TODAY’S PAPER', ...index, '', Q, '', 'Costs by year:', '', 'Steelwork 2024', 'Painting 2025', '', R]);
    for (const line of ['IN TODAY’S PAPER', ...index]) expect(f[line], line).toBe('removed navigation');
    expect(f['Steelwork 2024']).not.toMatch(/^removed/);
  });

  it('drops a story’s jump lines and its reporter’s contact line with a local number', () => {
    const f = fates([...HEAD, P, '', 'See BRIDGE, Page A4', '', 'From Page A1', '', Q, '', R, '', 'Reach Ana Ruiz at 555-0199 or aruiz@herald.example.']);
    expect(f['From Page A1']).toMatch(/^removed/);
    expect(f['Reach Ana Ruiz at 555-0199 or aruiz@herald.example.']).toBe('removed notice');
  });
});

describe('transcripts', () => {
  const note = 'Harbour Transcripts are produced by professional captioners working from the recording.';
  const lines = ['Harbour Transcripts', '', 'Council meeting on the bridge budget', '', 'April 14, 2025', '', note, '', `CHAIR: ${P}`, '', `ANA RUIZ: ${Q}`, '', `CHAIR: ${R}`, '', '(END OF TRANSCRIPT)', '', 'Was this briefing helpful?', 'Yes', 'No'];

  it('drops its note on how transcripts are made, and takes no standfirst from it', () => {
    expect(fates(lines)[note]).toBe('removed notice');
    expect(frontmatter(lines)['standfirst']).toBeUndefined();
  });

  it('ends the text at "END OF TRANSCRIPT", and drops the feedback question after it', () => {
    const f = fates(lines);
    expect(f['(END OF TRANSCRIPT)']).toMatch(/^removed/);
    expect(f['Was this briefing helpful?']).toBe('removed notice');
    expect(f[`CHAIR: ${R}`]).toBe('kept');
  });
});

describe('boxes and date lines', () => {
  it('drops a sign-up box with no e-mail field: its name, its pitch and its button', () => {
    const f = fates([...HEAD, P, '', Q, '', 'Subscribe to the Harbour Herald Weekly', 'The week on the waterfront, every Friday.', 'Subscribe', '', R, '', '© 2025 Harbour Herald']);
    for (const line of ['Subscribe to the Harbour Herald Weekly', 'The week on the waterfront, every Friday.', 'Subscribe']) expect(f[line], line).toMatch(/^removed interface/);
    expect(f[R]).toBe('kept');
  });

  it('drops a date line whose digits read either way, and takes neither standfirst nor headline from it', () => {
    const lines = ['Harbour Herald', '', 'Bridge reopens to walkers after a year of repairs', '', 'Updated 05/06/2025, 10:12 · First published 04/06/2025, 18:40', '', P, '', Q, '', R];
    expect(fates(lines)['Updated 05/06/2025, 10:12 · First published 04/06/2025, 18:40']).toBe('removed date-line');
    const fm = frontmatter(lines);
    expect(fm['standfirst']).toBeUndefined();
    expect(fm['title']).toBe('Bridge reopens to walkers after a year of repairs');
  });

  it('drops a newsletter’s line for readers it was forwarded to', () => {
    const line = 'If someone forwarded this newsletter to you, you can get your own copy below.';
    expect(fates([...HEAD, P, '', Q, '', R, '', line, '', '© 2025 Harbour Herald'])[line]).toBe('removed notice');
  });
});

describe('a wiki’s entry copied as text', () => {
  const S = 'The bridge was built in 1889 by the harbour board, and carried trams across the river until the line closed in 1952.';
  const T = 'Engineers replaced the deck plank by plank and repainted the steelwork, which is why the work took a full year.';
  const notes = ['^ Ana Ruiz, "The bridge at 150", Harbour Herald, 3 March 2024.', '^ Council minutes, 14 April 2025.', '^ "Repairs to finish in spring", Kirkby Times, 2 January 2025.'];
  const hatnote = '"Old Bridge" redirects here. For the bridge in Kirkby, see Kirkby Old Bridge.';
  const retrieved = 'Retrieved from "https://harbourpedia.example/wiki/Harbour_Bridge"';
  const categories = 'Categories: Bridges | Buildings of 1889 | Harbourtown';
  const licence = 'Text is available under the Creative Commons Attribution-ShareAlike License.';
  const lines = [
    'Jump to content', 'Harbour Bridge', 'From Harbourpedia, the free local encyclopedia', hatnote, '',
    P, '', 'Contents', '[hide]', '1 History', '2 Repairs', '3 Notes', '', 'History', '', S, '', Q, '', 'Repairs', '', T, '', R, '', 'Notes', '', ...notes, '',
    retrieved, categories, '', 'This page was last edited on 20 April 2025, at 08:15.', licence, 'Anyone can edit this wiki after signing in.', 'Privacy policy', 'About Harbourpedia',
  ];

  it('takes the entry’s title as the headline and the site’s line under it as the publisher', () => {
    const fm = frontmatter(lines);
    expect(fm['title']).toBe('Harbour Bridge');
    expect(fm['publisher']?.name).toBe('Harbourpedia');
    expect(fm['published']?.date).toBe('2025-04-20');
  });

  it('drops the hatnote, the contents, the categories, the "Retrieved from" line and the footer, and keeps the sections', () => {
    const f = fates(lines);
    for (const line of ['From Harbourpedia, the free local encyclopedia', hatnote, 'Contents', '[hide]', '1 History', '2 Repairs', '3 Notes', retrieved, categories, 'This page was last edited on 20 April 2025, at 08:15.', licence, 'Anyone can edit this wiki after signing in.']) expect(f[line], line).toMatch(/^removed/);
    for (const line of ['History', 'Repairs', S, Q, T, R]) expect(f[line], line).not.toMatch(/^removed/);
  });

  it('reads the notes, each opened by its caret, as a list', () => {
    expect(parseSeed(lines.join('\n'))[0]!.blocks.find((b) => b.kind === 'list')).toMatchObject({ items: notes });
  });
});
