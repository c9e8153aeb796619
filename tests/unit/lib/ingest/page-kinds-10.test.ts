/**
 * The first rules held-out round 10 led to (issue #13; the round itself is measured but not yet
 * listed in the corpus), each on a small invented page unlike the round's own: a statement's
 * speaker line under its headline, a footer's "Copyright Information" link, and a masthead in
 * display capitals that the footer spells out.
 */
import { describe, expect, it } from 'vitest';
import { frontmatter, P, Q, R } from './pages.ts';
import { readCopyright } from '../../../../src/lib/ingest/metadata.ts';
import { isNameWithRole } from '../../../../src/lib/ingest/headline.ts';

describe('statements on a government site', () => {
  it('takes the headline above a statement’s speaker line, not the speaker', () => {
    expect(isNameWithRole('Jane R. Doe, Department Spokesperson')).toBe(true);
    expect(isNameWithRole('Bridge to reopen after a year of repairs')).toBe(false);
    const fm = frontmatter(['Kirkby Council', 'Home', 'News', '', 'Bridge to reopen after a year of repairs', '', 'STATEMENT', 'Ana M. Ruiz, Council Spokesperson', '9 April 2025', '', P, '', Q, '', R]);
    expect(fm['title']).toBe('Bridge to reopen after a year of repairs');
  });

  it('reads no holder in a footer’s link about copyright', () => {
    expect(readCopyright('Copyright Information')).toBeUndefined();
    expect(readCopyright('Copyright policy')).toBeUndefined();
    expect(readCopyright('Copyright 2025 Kirkby Council')).toBe('Kirkby Council');
  });

  it('names the publisher as the footer spells the masthead the head prints in capitals', () => {
    const fm = frontmatter(['KIRKBY BOROUGH COUNCIL', 'Home', 'News', '', 'Bridge to reopen after a year of repairs', '', '9 April 2025', '', P, '', Q, '', R, '', 'Kirkby Borough Council', 'Copyright Information', 'Privacy']);
    expect(fm['publisher']?.name).toBe('Kirkby Borough Council');
  });
});
