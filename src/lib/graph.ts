/**
 * Layout of the relations graph, pure: actors in rows by kind (states at the top, people at the
 * bottom), edges between them. Deterministic, so builds are reproducible.
 */

/** A node to place. */
export interface GraphNode {
  id: string;
  name: string;
  kind: string;
}

/** A typed edge: `from` is `type` `to` ("kataib-hezbollah" part-of "popular-mobilization-forces"). */
export interface GraphEdge {
  from: string;
  to: string;
  type: string;
}

/** The order of rows, top to bottom. */
export const ROW_ORDER = ['state', 'government', 'state-body', 'umbrella', 'armed-group', 'organisation', 'person', 'quoted-voice'];

/** Placed nodes and edges in a `width` × `height` box. */
export interface GraphLayout {
  width: number;
  height: number;
  nodes: (GraphNode & { x: number; y: number; w: number })[];
  edges: (GraphEdge & { x1: number; y1: number; x2: number; y2: number })[];
}

/** Lays out the nodes that take part in an edge; at most `perRow` nodes to a row. */
export function layoutGraph(nodes: GraphNode[], edges: GraphEdge[], width = 880, perRow = 4): GraphLayout {
  const used = new Set(edges.flatMap((e) => [e.from, e.to]));
  const kept = nodes.filter((n) => used.has(n.id)).sort((a, b) => ROW_ORDER.indexOf(a.kind) - ROW_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name));
  const rows: GraphNode[][] = [];
  for (const kind of ROW_ORDER) {
    const ofKind = kept.filter((n) => n.kind === kind);
    for (let i = 0; i < ofKind.length; i += perRow) rows.push(ofKind.slice(i, i + perRow));
  }
  const rowHeight = 70;
  const placed = rows.flatMap((row, r) =>
    row.map((n, i) => {
      const w = Math.min(width / perRow - 8, Math.max(60, n.name.length * 6.2 + 12));
      return { ...n, x: Math.round(((i + 0.5) * width) / row.length), y: 30 + r * rowHeight, w: Math.round(w) };
    }),
  );
  const at = new Map(placed.map((n) => [n.id, n]));
  const placedEdges = edges
    .filter((e) => at.has(e.from) && at.has(e.to))
    .map((e) => {
      const a = at.get(e.from)!;
      const b = at.get(e.to)!;
      const down = b.y > a.y ? 1 : b.y < a.y ? -1 : 0;
      return { ...e, x1: a.x, y1: a.y + down * 12, x2: b.x, y2: b.y - down * 14 };
    });
  return { width, height: 30 + rows.length * rowHeight, nodes: placed, edges: placedEdges };
}
