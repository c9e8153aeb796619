import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../../src/lib/text-width.ts';

describe('text width', () => {
  it('measures with DejaVu Sans, the widest font of the stack: wide letters wider, size scales it', () => {
    expect(textWidth('W', 13)).toBeGreaterThan(textWidth('i', 13));
    expect(textWidth('Kataib Hezbollah', 26)).toBeCloseTo(2 * textWidth('Kataib Hezbollah', 13));
    // DejaVu's advance widths: "Iran" is 295 + 411 + 613 + 634 thousandths of an em.
    expect(textWidth('Iran', 10)).toBeCloseTo(19.53);
    expect(textWidth('Maysulūn', 13)).toBeGreaterThan(textWidth('Maysulun', 13) - 0.01);
  });

  it('errs wide on characters it has no width for', () => {
    expect(textWidth('قاعدة', 13)).toBeGreaterThanOrEqual(5 * 13 * 0.7);
  });

  it('wraps at spaces within the width, keeping a word longer than the width whole', () => {
    const lines = wrapText('Islamic Revolutionary Guard Corps', 13, 100);
    expect(lines.join(' ')).toBe('Islamic Revolutionary Guard Corps');
    for (const line of lines) expect(textWidth(line, 13) <= 100 || !line.includes(' ')).toBe(true);
    expect(wrapText('Supercalifragilistic', 13, 20)).toEqual(['Supercalifragilistic']);
    expect(wrapText('  ', 13, 20)).toEqual([]);
  });
});
