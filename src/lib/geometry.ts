/**
 * Plane geometry for the pictures, pure: boxes, segments and the tests the layouts and their unit
 * tests share (does an edge run through a box, do two labels overlap, how often do edges cross).
 */

/** A point in SVG user units. */
export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned box: top-left corner, width and height. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A box grown by `by` on every side (shrunk when `by` is negative). */
export function inflate(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/** True when two boxes share interior area (boxes that only touch do not overlap). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when the box lies wholly inside `outer`. */
export function boxInside(box: Box, outer: Box): boolean {
  return box.x >= outer.x && box.y >= outer.y && box.x + box.width <= outer.x + outer.width && box.y + box.height <= outer.y + outer.height;
}

/** True when a circle (centre and radius) shares area with a box. */
export function circleOverlapsBox(cx: number, cy: number, r: number, box: Box): boolean {
  const nx = Math.max(box.x, Math.min(cx, box.x + box.width));
  const ny = Math.max(box.y, Math.min(cy, box.y + box.height));
  return (cx - nx) ** 2 + (cy - ny) ** 2 < r * r;
}

/**
 * True when the segment from `p` to `q` passes through the inside of the box (Liang–Barsky
 * clipping). A segment that only runs along an edge or touches a corner does not count.
 */
export function segmentCrossesBox(p: Point, q: Point, box: Box): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  const clip = (denominator: number, numerator: number): boolean => {
    if (denominator === 0) return numerator > 0;
    const t = numerator / denominator;
    if (denominator < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  const inside =
    clip(-dx, p.x - box.x) && clip(dx, box.x + box.width - p.x) && clip(-dy, p.y - box.y) && clip(dy, box.y + box.height - p.y);
  if (!inside || t1 <= t0) return false;
  // The clipped part must reach the box's interior, not just its outline.
  const mx = p.x + ((t0 + t1) / 2) * dx;
  const my = p.y + ((t0 + t1) / 2) * dy;
  return mx > box.x && mx < box.x + box.width && my > box.y && my < box.y + box.height;
}

/** True when a polyline passes through the inside of the box. */
export function polylineCrossesBox(points: Point[], box: Box): boolean {
  return points.slice(1).some((q, i) => segmentCrossesBox(points[i]!, q, box));
}

const cross = (o: Point, a: Point, b: Point): number => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/**
 * True when two segments cross properly: each passes from one side of the other to the other
 * side. Segments that meet at an end, touch, or run along each other do not count: in the graph
 * those are shared trunks and ports, not crossings a reader has to untangle.
 */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** How many times two polylines cross each other. */
export function polylineCrossings(a: Point[], b: Point[]): number {
  let count = 0;
  for (let i = 1; i < a.length; i++) for (let j = 1; j < b.length; j++) if (segmentsCross(a[i - 1]!, a[i]!, b[j - 1]!, b[j]!)) count++;
  return count;
}

/** The SVG path data of a polyline, rounded to a tenth of a unit. */
export function pathData(points: Point[]): string {
  const r = (v: number): number => Math.round(v * 10) / 10;
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(p.x)} ${r(p.y)}`).join('');
}
