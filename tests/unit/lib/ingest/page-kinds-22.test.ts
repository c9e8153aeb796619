/**
 * The rules held-out round 22 (a factbox, an event transcript, a letter, the Congressional Record, a
 * timeline and saved WordPress, Weebly and Joomla pages) led to (issue #13), each on a small
 * invented page unlike the round's own: a content area named for what it is not, a numeric date
 * the page's month names settle, captions with bare and two-part agency credits, hard-wrapped
 * lines that end where the page ends them, a row of asterisks, a site's box after the comment
 * form, a sign-off under the last paragraph, a letters policy, a certificate and a disclaimer
 * after a transcript, a masthead printed on two lines, and an issue's volume and number.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, pageFates, Q, R } from './pages.ts';
import { parseSeed } from '../../../../src/lib/ingest/parse.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';

const S = 'The bridge was built in 1889 by the harbour board, and carried trams across the river until the line closed in 1952.';
const T = 'Engineers replaced the deck plank by plank and repainted the steelwork, which is why the work took a full year.';

describe('saved pages', () => {
  it('reads a content area whose class says what it is not ("site-not-footer") as the page’s text', () => {
    const html = `<!doctype html><html><head><title>Bridge</title></head><body><div class="site-not-footer"><h2>Bridge to reopen to walkers in May</h2><div class="paragraph">${P}<br><br>${Q}<br><br>${R}</div></div><div class="site-footer">© 2025 Harbour Friends</div></body></html>`;
    const f = pageFates(html);
    for (const line of [P, Q, R]) expect(f[line], line).toBe('kept');
  });

  it('drops a site’s box about itself after the comment form, and keeps the post above it', () => {
    const about = 'The Harbour Friends are volunteers who look after the old bridge and its gardens.';
    const html = `<!doctype html><html><head><title>Bridge</title></head><body><main><h1>Bridge to reopen to walkers in May</h1><p>${P}</p><p>${Q}</p><p>${R}</p>` +
      `<div class="comments"><h3>Leave a comment</h3><div class="comment-field">Name</div><div class="comment-field">Email</div><div class="comment-field">Comment</div></div>` +
      `<h2>About the Friends</h2><div>${about}</div></main></body></html>`;
    const f = pageFates(html);
    expect(f[about]).toBe('removed after-article');
    expect(f['About the Friends']).toBe('removed after-article');
    expect(f[R]).toBe('kept');
  });
});

describe('dates and captions in raw copies', () => {
  // No month named but the one in `extra` (P, Q and T name none).
  const lines = (stamp: string, extra: string): string[] => ['Harbour Herald', '', 'Bridge to reopen to walkers', '', stamp, '', P, '', `${Q} ${extra}`, '', T];

  it('reads a numeric date the page’s own month names settle: "3/5/2025" on a page that speaks of March', () => {
    expect(frontmatter(lines('Posted 3/5/2025', 'The vote is set for March 20.'))['published']?.date).toBe('2025-03-05');
    expect(frontmatter(lines('Posted 3/5/2025', 'The vote is set for May 20.'))['published']?.date).toBe('2025-05-03');
  });

  it('does not guess a numeric date when the page names neither month, or both', () => {
    expect(frontmatter(lines('Posted 3/5/2025', 'The vote is set for the spring.'))['published']?.inferred).not.toBe(false);
    expect(frontmatter(lines('Posted 3/5/2025', 'The vote moved from March to May.'))['published']?.inferred).not.toBe(false);
  });

  it('reads a caption over a bare credit line, and a credit with two slashes at the end of a caption', () => {
    const caption = 'Walkers cross the reopened bridge on Monday morning, the first in a year.';
    const inline = 'Painters on the bridge in March, in this file photo. REUTERS/Ana Ruiz/File Photo';
    const r = ingestSeed('page.txt', new TextEncoder().encode(['Harbour Herald', '', 'Bridge to reopen to walkers in May', '', 'April 14, 2025', '', P, '', caption, 'Lee Park/Harbour Lens via Getty Images', '', Q, '', inline, '', R].join('\n')));
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.articles[0]!.figures.map((f) => [f.caption, f.credit])).toEqual([
      [caption, 'Lee Park/Harbour Lens via Getty Images'],
      ['Painters on the bridge in March, in this file photo.', 'REUTERS/Ana Ruiz/File Photo'],
    ]);
  });
});

describe('hard-wrapped copies and separators', () => {
  /** A paragraph wrapped at 66 characters, as a fixed-width service prints it. */
  const wrap = (text: string): string[] => {
    const out: string[] = [];
    let line = '';
    for (const w of text.split(' ')) {
      if (line && `${line} ${w}`.length > 66) (out.push(line), (line = w));
      else line = line ? `${line} ${w}` : w;
    }
    return [...out, line];
  };

  it('does not join a line the next line’s first word would have fitted on', () => {
    const tagline = 'Every council meeting, searchable and free';
    const lines = ['Council Record', tagline, 'Daily Record', 'Members', '', 'BRIDGE REPAIRS', '', ...[P, Q, R, S, T, `${P} ${Q}`].flatMap((p) => [...wrap(p), ''])];
    const f = fates(lines);
    expect(Object.keys(f)).toContain(tagline);
    expect(Object.keys(f).some((k) => k.startsWith(`${P.slice(0, 40)}`) && k.includes('after a year of repairs'))).toBe(true);
  });

  it('reads a row of asterisks as a separator, not as a list item', () => {
    const blocks = parseSeed(['Bridge to reopen to walkers in May', '', P, '', Q, '', '* * *', '', R].join('\n'))[0]!.blocks;
    expect(blocks.some((b) => b.kind === 'list')).toBe(false);
  });
});

describe('what follows the text', () => {
  const HEAD = ['Harbour Herald', '', 'LETTER: Keep the bridge open to walkers', '', 'April 14, 2025', ''];

  it('keeps and checks a sign-off under the last paragraph, and reads no sign-off in a name over a biography', () => {
    const letter = fates([...HEAD, P, '', Q, '', R, '', 'Maria Lopez', 'Harbour Ward', '', '© 2025 Harbour Herald']);
    expect(letter['Maria Lopez']).toBe('check');
    expect(letter['Harbour Ward']).toBe('check');
    const box = fates([...HEAD, P, '', Q, '', R, '', 'Maria Lopez', 'Maria Lopez is a reporter at the Harbour Herald who covers the council and its budget.', '', '© 2025 Harbour Herald']);
    expect(box['Maria Lopez']).not.toBe('check');
  });

  it('drops a paper’s letters policy, a notary’s certificate and a service’s disclaimer after the text', () => {
    const policy = 'The Herald welcomes letters of up to 250 words. We do not publish anonymous letters.';
    const certificate = 'I, Jo Bell, do hereby certify that the foregoing is a true record of the meeting, to the best of my ability.';
    const disclaimer = 'Council Record is an independent service and is not affiliated with the town council.';
    const f = fates([...HEAD, P, '', Q, '', R, '', 'Letters policy', policy, '', certificate, '', disclaimer, '', '© 2025 Harbour Herald']);
    for (const line of [policy, certificate, disclaimer]) expect(f[line], line).toBe('removed notice');
  });

  it('names the publisher whose name the masthead prints on two lines, as its copyright line gives it', () => {
    expect(frontmatter(['Harbour Forum', 'for Bridges and Rivers', 'Events', 'Research', '', 'Bridge to reopen to walkers in May', '', 'April 14, 2025', '', P, '', Q, '', R, '', '© 2025 Harbour Forum for Bridges and Rivers'])['publisher']?.name).toBe('Harbour Forum for Bridges and Rivers');
  });

  it('takes no standfirst from an issue’s volume and number under the headline', () => {
    const lines = ['Harbour Council Record', '', 'BRIDGE REPAIRS', '', 'The Harbour Council Record Vol. 12, No. 4', 'Council - April 14, 2025', 'Pages C12-C13', '', P, '', Q, '', R];
    expect(frontmatter(lines)['standfirst']).toBeUndefined();
    expect(fates(lines)['The Harbour Council Record Vol. 12, No. 4']).toMatch(/^removed/);
  });
});
