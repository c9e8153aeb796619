import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, inflate, polylineCrossesBox, polylineCrossings, type Point } from '../../../src/lib/geometry.ts';
import { drawable, layoutGraph, neighbourhood, RELATION_MARKER, relationTypesIn, type GraphEdge, type GraphLayout, type GraphNode } from '../../../src/lib/graph.ts';
import { RELATION_TYPES } from '../../../src/schemas/actor.ts';

/** The glossary's actors and relations, read from the content files. */
function realGraph(): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const file of readdirSync('content/actors')) {
    const id = file.replace(/\.mdx$/, '');
    const data = parse(readFileSync(`content/actors/${file}`, 'utf8').split(/^---$/m)[1]!) as { name: string; kind: string; relations?: { type: string; target: string }[] };
    nodes.push({ id, name: data.name, kind: data.kind });
    for (const r of data.relations ?? []) edges.push({ from: id, to: r.target, type: r.type });
  }
  return { nodes, edges };
}

/** Every edge that runs through the inside of a box, as "edge → box" (its own two boxes included). */
function edgesThroughBoxes(g: GraphLayout): string[] {
  const hits: string[] = [];
  for (const e of g.edges) for (const n of g.nodes) if (polylineCrossesBox(e.points, inflate(n, -0.5))) hits.push(`${e.from} ${e.type} ${e.to} → ${n.id}`);
  return hits;
}

/** True when `p` lies on the outline of the node's box. */
const onOutline = (p: Point, n: { x: number; y: number; width: number; height: number }): boolean =>
  p.x >= n.x - 0.5 && p.x <= n.x + n.width + 0.5 && p.y >= n.y - 0.5 && p.y <= n.y + n.height + 0.5 && (Math.abs(p.x - n.x) < 0.5 || Math.abs(p.x - n.x - n.width) < 0.5 || Math.abs(p.y - n.y) < 0.5 || Math.abs(p.y - n.y - n.height) < 0.5);

function expectClean(g: GraphLayout): void {
  expect(edgesThroughBoxes(g)).toEqual([]);
  for (let i = 0; i < g.nodes.length; i++) for (let j = i + 1; j < g.nodes.length; j++) expect(boxesOverlap(g.nodes[i]!, g.nodes[j]!), `${g.nodes[i]!.id} / ${g.nodes[j]!.id}`).toBe(false);
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  for (const e of g.edges) {
    expect(e.points.length, `${e.from} ${e.type} ${e.to}`).toBeGreaterThanOrEqual(2);
    expect(onOutline(e.points[0]!, byId.get(e.to)!), `${e.from} ${e.type} ${e.to} starts at ${e.to}`).toBe(true);
    expect(onOutline(e.points.at(-1)!, byId.get(e.from)!), `${e.from} ${e.type} ${e.to} ends at ${e.from}`).toBe(true);
  }
  for (const n of g.nodes) {
    expect(n.x).toBeGreaterThanOrEqual(0);
    expect(n.y).toBeGreaterThanOrEqual(0);
    expect(n.x + n.width).toBeLessThanOrEqual(g.width);
    expect(n.y + n.height).toBeLessThanOrEqual(g.height);
  }
}

/** Edge crossings, counted over pairs of edges. */
function crossings(g: GraphLayout): number {
  let count = 0;
  for (let i = 0; i < g.edges.length; i++) for (let j = i + 1; j < g.edges.length; j++) count += polylineCrossings(g.edges[i]!.points, g.edges[j]!.points);
  return count;
}

describe('the relations graph', () => {
  it('runs no edge of the glossary through a box, and no two boxes overlap', async () => {
    const { nodes, edges } = realGraph();
    const g = await layoutGraph(nodes, edges);
    expect(g.edges.length).toBe(drawable(nodes, edges).edges.length);
    expectClean(g);
  });

  it('keeps the glossary graph nearly free of crossings (the hand layout had 56)', async () => {
    const { nodes, edges } = realGraph();
    expect(crossings(await layoutGraph(nodes, edges))).toBeLessThanOrEqual(Math.ceil(edges.length / 4));
  });

  it('draws each actor’s own small graph cleanly too', async () => {
    const { nodes, edges } = realGraph();
    for (const id of ['iran', 'kataib-hezbollah', 'united-states']) {
      const near = neighbourhood(nodes, edges, id);
      expect(near.nodes.map((n) => n.id)).toContain(id);
      expect(near.edges.every((e) => e.from === id || e.to === id)).toBe(true);
      expectClean(await layoutGraph(near.nodes, near.edges, { maxLabelWidth: 88 }));
    }
  });

  it('runs no edge through a box in generated graphs unlike the glossary: dense, cyclic, long names, many types', async () => {
    const types = [...RELATION_TYPES];
    const graphs = fc.record({
      size: fc.integer({ min: 2, max: 26 }),
      edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...types)), { minLength: 1, maxLength: 60 }),
      names: fc.array(fc.string({ minLength: 1, maxLength: 40 }), { minLength: 26, maxLength: 26 }),
    });
    await fc.assert(
      fc.asyncProperty(graphs, async ({ size, edges, names }) => {
        const nodes = Array.from({ length: size }, (_, i) => ({ id: `n${i}`, name: names[i]!.trim() || `Actor ${i}`, kind: i % 3 === 0 ? 'person' : 'armed-group' }));
        const g = await layoutGraph(nodes, edges.map(([a, b, type]) => ({ from: `n${a % size}`, to: `n${b % size}`, type })));
        expectClean(g);
      }),
      { numRuns: 40, seed: 14 },
    );
  });

  it('gives the same picture for the same relations in any order', async () => {
    const { nodes, edges } = realGraph();
    const a = await layoutGraph(nodes, edges);
    const b = await layoutGraph([...nodes].reverse(), [...edges].reverse());
    expect(b).toEqual(a);
  });

  it('lays out only actors that take part in a relation, the actor others stand behind to the left', async () => {
    const g = await layoutGraph(
      [
        { id: 'kh', name: 'Kataib Hezbollah', kind: 'armed-group' },
        { id: 'iran', name: 'Iran', kind: 'state' },
        { id: 'x', name: 'Alone', kind: 'person' },
        { id: 'amm', name: 'Abu Mahdi al-Muhandis', kind: 'person' },
      ],
      [
        { from: 'kh', to: 'iran', type: 'backed-by' },
        { from: 'amm', to: 'kh', type: 'founded' },
      ],
    );
    const x = Object.fromEntries(g.nodes.map((n) => [n.id, n.x]));
    expect(Object.keys(x).sort()).toEqual(['amm', 'iran', 'kh']);
    expect(x['iran']!).toBeLessThan(x['kh']!);
    expect(x['kh']!).toBeLessThan(x['amm']!);
  });

  it('drops loops, duplicates and relations to actors it does not know', () => {
    const { edges } = drawable(
      [
        { id: 'a', name: 'A', kind: 'state' },
        { id: 'b', name: 'B', kind: 'state' },
      ],
      [
        { from: 'a', to: 'a', type: 'part-of' },
        { from: 'a', to: 'b', type: 'part-of' },
        { from: 'a', to: 'b', type: 'part-of' },
        { from: 'a', to: 'ghost', type: 'led' },
      ],
    );
    expect(edges).toEqual([{ from: 'a', to: 'b', type: 'part-of' }]);
  });

  it('wraps a long name onto lines no wider than asked, so its box stays narrow', async () => {
    const g = await layoutGraph(
      [
        { id: 'a', name: 'Islamic Revolutionary Guard Corps', kind: 'state-body' },
        { id: 'b', name: 'Iran', kind: 'state' },
      ],
      [{ from: 'a', to: 'b', type: 'part-of' }],
      { maxLabelWidth: 100 },
    );
    const irgc = g.nodes.find((n) => n.id === 'a')!;
    expect(irgc.lines.length).toBeGreaterThan(1);
    expect(irgc.width).toBeLessThanOrEqual(100 + 16);
  });

  it('has its own end mark for every relation type, and lists the types in the key’s order', () => {
    const shapes = RELATION_TYPES.map((t) => `${RELATION_MARKER[t]?.d}|${RELATION_MARKER[t]?.isOpen}`);
    expect(shapes.every((s) => !s.startsWith('undefined'))).toBe(true);
    expect(new Set(shapes).size).toBe(RELATION_TYPES.length);
    expect(relationTypesIn([{ type: 'founded' }, { type: 'part-of' }, { type: 'founded' }])).toEqual(['part-of', 'founded']);
  });

  it('gives every relation type its own dash pattern in pictures.css', () => {
    const css = readFileSync('src/styles/pictures.css', 'utf8');
    const dash = (t: string): string => css.match(new RegExp(`\\.rel-${t} \\{([^}]*)\\}`))?.[1]?.match(/stroke-dasharray: ([^;]+);/)?.[1] ?? 'solid';
    expect(RELATION_TYPES.every((t) => css.includes(`.rel-${t} {`))).toBe(true);
    expect(new Set(RELATION_TYPES.map(dash)).size).toBe(RELATION_TYPES.length);
  });
});
