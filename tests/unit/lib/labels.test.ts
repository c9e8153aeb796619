import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxInside, boxesOverlap, circleOverlapsBox, segmentCrossesBox } from '../../../src/lib/geometry.ts';
import { labelSize, placeLabels, type LabelRequest } from '../../../src/lib/labels.ts';

const bounds = { x: 0, y: 0, width: 360, height: 300 };

/** Every overlap among placed labels, points and leader lines. */
function problems(requests: LabelRequest[], result: ReturnType<typeof placeLabels>): string[] {
  const out: string[] = [];
  const { labels } = result;
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    if (!boxInside(a.box, { ...bounds, height: result.height })) out.push(`${a.id} outside`);
    for (let j = i + 1; j < labels.length; j++) if (boxesOverlap(a.box, labels[j]!.box)) out.push(`${a.id} × ${labels[j]!.id}`);
    for (const r of requests) if (r.id !== a.id && circleOverlapsBox(r.x, r.y, r.r, a.box)) out.push(`${a.id} covers point ${r.id}`);
    // A leader to the rows under the drawing (the last resort) may pass behind a label; any other may not.
    for (const b of labels) if (b !== a && b.leader && b.box.y < bounds.height && segmentCrossesBox(b.leader.from, b.leader.to, a.box)) out.push(`leader of ${b.id} through ${a.id}`);
  }
  return out;
}

describe('label placement', () => {
  it('puts a lone label right of its point, on the same line', () => {
    const { labels } = placeLabels([{ id: 'a', text: 'Erbil', x: 100, y: 100, r: 5 }], { fontSize: 13, bounds });
    expect(labels[0]!.anchor).toBe('start');
    expect(labels[0]!.box.x).toBeGreaterThan(105);
    expect(labels[0]!.box.y).toBeLessThan(100);
    expect(labels[0]!.box.y + labels[0]!.box.height).toBeGreaterThan(100);
    expect(labels[0]!.leader).toBeUndefined();
  });

  it('turns a label to the left of a point at the right edge', () => {
    const { labels } = placeLabels([{ id: 'a', text: 'Tehran', x: 350, y: 100, r: 5 }], { fontSize: 13, bounds });
    expect(labels[0]!.anchor).toBe('end');
    expect(labels[0]!.box.x + labels[0]!.box.width).toBeLessThan(345);
  });

  it('never covers an obstacle such as a country name', () => {
    const obstacle = { x: 105, y: 80, width: 80, height: 40 };
    const { labels } = placeLabels([{ id: 'a', text: 'Mayadin', x: 100, y: 100, r: 4 }], { fontSize: 13, bounds, obstacles: [obstacle] });
    expect(boxesOverlap(labels[0]!.box, obstacle)).toBe(false);
  });

  it('sizes a label of several lines for its longest line and all its lines', () => {
    const one = labelSize('at least 103 attacks', 13);
    const two = labelSize('at least 103 attacks\nsince 7 Oct 2023', 13);
    expect(two.width).toBeCloseTo(one.width);
    expect(two.height).toBeGreaterThan(one.height * 1.8);
  });

  it('places any set of points, however crowded, with no label over another, over a point or crossed by a leader', () => {
    const points = fc.array(
      fc.record({ x: fc.integer({ min: 0, max: 360 }), y: fc.integer({ min: 0, max: 300 }), r: fc.integer({ min: 2, max: 10 }), text: fc.string({ minLength: 1, maxLength: 18 }) }),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(points, fc.boolean(), (list, clustered) => {
        const requests = list.map((p, i) => ({ id: `p${i}`, text: p.text, x: clustered ? 180 + (p.x % 30) : p.x, y: clustered ? 150 + (p.y % 30) : p.y, r: p.r }));
        const result = placeLabels(requests, { fontSize: 13, bounds });
        expect(result.labels).toHaveLength(requests.length);
        expect(problems(requests, result)).toEqual([]);
      }),
      { numRuns: 60, seed: 14 },
    );
  });
});
