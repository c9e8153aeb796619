/**
 * Label placement for point features, pure: each label goes to the first free position in a fixed
 * list of candidates, the way cartographers place town names (Imhof's positions, as in
 * Christensen, Marks and Shieber's "An Empirical Study of Algorithms for Point-Feature Label
 * Placement", 1995): first beside its point (right, above right, below right, left, …), then
 * further out with a leader line, and as a last resort in a row below the drawing. A position is
 * free when the label stays inside the drawing and overlaps no other label, no fixed obstacle and
 * no point but its own, and when its leader line crosses no label, no other point and, where
 * another position exists, no other leader. The result never has two
 * labels on top of each other, however dense the points.
 */
import { boxInside, boxesOverlap, circleOverlapsBox, inflate, segmentCrossesBox, segmentsCross, type Box, type Point } from './geometry.ts';
import { textWidth } from './text-width.ts';

/** A point to label: its centre and radius, and the text. */
export interface LabelRequest {
  id: string;
  text: string;
  x: number;
  y: number;
  /** The radius of the point's mark. */
  r: number;
}

/** A placed label: where its text goes, the box it takes, and its leader line if it has one. */
export interface PlacedLabel {
  id: string;
  text: string;
  box: Box;
  /** Where the text is anchored (SVG `x`, `y` of the baseline) and which way it runs. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** A line from the point's mark to the label, when the label sits away from it. */
  leader?: { from: Point; to: Point };
}

/** Options for {@link placeLabels}. */
export interface LabelOptions {
  /** Text size in px. */
  fontSize: number;
  /** The drawing: labels stay inside it. */
  bounds: Box;
  /** Boxes no label may cover (country names, a legend). Default none. */
  obstacles?: Box[];
  /** Extra space between the letters, in px (as CSS `letter-spacing`). Default 0. */
  letterSpacing?: number;
}

/** The distance between the baselines of a label's lines, as a share of the text size. */
export const LINE_HEIGHT = 1.3;

/**
 * The box a label takes at `fontSize`: wide enough for its longest line in any font of the stack,
 * and tall enough for the first line's ascent, the last line's descent and the lines between.
 * Lines are separated by `\n`.
 */
export function labelSize(text: string, fontSize: number, letterSpacing = 0): { width: number; height: number } {
  const lines = text.split('\n');
  const width = Math.max(...lines.map((l) => textWidth(l, fontSize) + letterSpacing * [...l].length));
  return { width, height: fontSize * (1.4 + LINE_HEIGHT * (lines.length - 1)) };
}

/** Where a label's first baseline sits below the top of its box, as a share of the text size. */
export const ASCENT = 1.08;
/** Clear space around every label, in px. */
const PAD = 1.5;

interface Candidate {
  box: Box;
  anchor: 'start' | 'end';
  leader?: { from: Point; to: Point };
}

/** The positions tried for one label, best first. */
function candidates(req: LabelRequest, width: number, height: number): Candidate[] {
  const gap = req.r + 3;
  const diag = gap * 0.75;
  const h2 = height / 2;
  const beside: [number, number, 'start' | 'end'][] = [
    [req.x + gap, req.y - h2, 'start'],
    [req.x + diag, req.y - diag - height, 'start'],
    [req.x + diag, req.y + diag, 'start'],
    [req.x - gap - width, req.y - h2, 'end'],
    [req.x - diag - width, req.y - diag - height, 'end'],
    [req.x - diag - width, req.y + diag, 'end'],
    [req.x - width / 2, req.y - gap - height, 'start'],
    [req.x - width / 2, req.y + gap, 'start'],
  ];
  const list: Candidate[] = beside.map(([x, y, anchor]) => ({ box: { x, y, width, height }, anchor }));
  // Further out, with a leader: rings of growing distance, 16 directions each, rightwards first;
  // at each point the label may start there, end there, or centre on it (above or below it).
  for (let d = gap + 10; d <= gap + 260; d += 8) {
    for (let k = 0; k < 16; k++) {
      const angle = ((k % 2 === 0 ? k / 2 : -(k + 1) / 2) * Math.PI) / 8;
      const px = req.x + d * Math.cos(angle);
      const py = req.y + d * Math.sin(angle);
      const boxes: [Box, 'start' | 'end'][] = [
        [{ x: px, y: py - h2, width, height }, 'start'],
        [{ x: px - width, y: py - h2, width, height }, 'end'],
        [{ x: px - width / 2, y: Math.sin(angle) < 0 ? py - height : py, width, height }, 'start'],
      ];
      if (Math.cos(angle) < -1e-9) boxes.unshift(boxes.splice(1, 1)[0]!);
      for (const [box, anchor] of boxes) {
        // The leader runs from the point's edge to the nearest point of the label's box.
        const to = { x: Math.min(Math.max(req.x, box.x), box.x + width), y: Math.min(Math.max(req.y, box.y), box.y + height) };
        const len = Math.hypot(to.x - req.x, to.y - req.y) || 1;
        const from = { x: req.x + ((to.x - req.x) / len) * req.r, y: req.y + ((to.y - req.y) / len) * req.r };
        list.push({ box, anchor, leader: { from, to } });
      }
    }
  }
  return list;
}

/**
 * Places every label (in the order given: put the most important first). Returns the labels
 * and the drawing's new height, taller than `bounds` only when labels had to go in rows below it.
 */
export function placeLabels(requests: LabelRequest[], options: LabelOptions): { labels: PlacedLabel[]; height: number } {
  const { fontSize, bounds, obstacles = [], letterSpacing = 0 } = options;
  const placed: PlacedLabel[] = [];
  const leaders: { from: Point; to: Point }[] = [];
  const taken = obstacles.map((o) => inflate(o, PAD));
  const isFree = (req: LabelRequest, c: Candidate, isStrict: boolean): boolean => {
    const padded = inflate(c.box, PAD);
    if (!boxInside(c.box, bounds)) return false;
    if (taken.some((t) => boxesOverlap(padded, t))) return false;
    if (requests.some((o) => o.id !== req.id && circleOverlapsBox(o.x, o.y, o.r + PAD, c.box))) return false;
    if (circleOverlapsBox(req.x, req.y, req.r + 1, c.box)) return false;
    if (leaders.some((l) => segmentCrossesBox(l.from, l.to, padded))) return false;
    if (c.leader) {
      const { from, to } = c.leader;
      if (taken.some((t) => segmentCrossesBox(from, to, t))) return false;
      // A leader passes no other point and, unless there is no other way, crosses no other leader.
      if (isStrict && leaders.some((l) => segmentsCross(l.from, l.to, from, to))) return false;
      if (requests.some((o) => o.id !== req.id && segmentCrossesBox(from, to, { x: o.x - o.r, y: o.y - o.r, width: 2 * o.r, height: 2 * o.r }))) return false;
    }
    return true;
  };
  const overflow: LabelRequest[] = [];
  for (const req of requests) {
    const { width, height } = labelSize(req.text, fontSize, letterSpacing);
    const list = candidates(req, width, height);
    const found = list.find((c) => isFree(req, c, true)) ?? list.find((c) => isFree(req, c, false));
    if (!found) {
      overflow.push(req);
      continue;
    }
    taken.push(inflate(found.box, PAD));
    if (found.leader) leaders.push(found.leader);
    placed.push(toLabel(req, found, fontSize));
  }
  // The last resort: rows under the drawing, each label as near below its point as the row allows.
  let bottom = bounds.y + bounds.height;
  let rowHeight = 0;
  let row: Box[] = [];
  let rowTop = bottom + PAD;
  for (const req of [...overflow].sort((a, b) => a.x - b.x)) {
    const { width, height } = labelSize(req.text, fontSize, letterSpacing);
    const x = Math.min(Math.max(bounds.x, req.x - width / 2), bounds.x + bounds.width - width);
    let box = { x, y: rowTop, width, height };
    const last = row.at(-1);
    if (last && last.x + last.width + 2 * PAD > box.x) box = { ...box, x: last.x + last.width + 2 * PAD };
    if (box.x + width > bounds.x + bounds.width) {
      rowTop += rowHeight + 2 * PAD;
      rowHeight = 0;
      row = [];
      box = { x, y: rowTop, width, height };
    }
    rowHeight = Math.max(rowHeight, height);
    row.push(box);
    bottom = Math.max(bottom, box.y + height + PAD);
    const to = { x: box.x + width / 2, y: box.y };
    placed.push(toLabel(req, { box, anchor: 'start', leader: { from: { x: req.x, y: req.y + req.r }, to } }, fontSize));
  }
  return { labels: placed, height: Math.ceil(bottom - bounds.y) };
}

function toLabel(req: LabelRequest, c: Candidate, fontSize: number): PlacedLabel {
  const r = (v: number): number => Math.round(v * 10) / 10;
  const box = { x: r(c.box.x), y: r(c.box.y), width: r(c.box.width), height: r(c.box.height) };
  const x = c.anchor === 'start' ? box.x : box.x + box.width;
  const label: PlacedLabel = { id: req.id, text: req.text, box, x: r(x), y: r(box.y + fontSize * ASCENT), anchor: c.anchor };
  if (c.leader) label.leader = { from: { x: r(c.leader.from.x), y: r(c.leader.from.y) }, to: { x: r(c.leader.to.x), y: r(c.leader.to.y) } };
  return label;
}
