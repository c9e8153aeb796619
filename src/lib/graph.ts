/**
 * Layout of the relations graph, pure and at build time: the actors and their typed relations laid
 * out by ELK's layered algorithm (elkjs) with orthogonal edge routing, so edges run between the
 * layers and never through a box. Every edge is drawn from the actor a relation points at (the
 * backer, the umbrella) to the actor it describes, so the actors others stand behind come first.
 * Each node has one port per relation type and role: the relations of one type that meet at an
 * actor leave it as one trunk, which keeps the picture light and their dash patterns in step.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { pathData, type Point } from './geometry.ts';
import { textWidth, wrapText } from './text-width.ts';

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

/** A placed node: its box (top-left corner, size) and its name broken into lines. */
export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

/** A routed edge: its points run from the target's port (`to`) to the subject (`from`). */
export interface RoutedEdge extends GraphEdge {
  points: Point[];
  /** The SVG path data of `points`. */
  d: string;
}

/** Placed nodes and routed edges in a `width` × `height` box. */
export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: RoutedEdge[];
  /** The text size the boxes were measured for, in px. */
  fontSize: number;
  /** The distance between the baselines of a name's lines, in px. */
  lineHeight: number;
}

/** Options for {@link layoutGraph}; every field has a default. */
export interface GraphOptions {
  /** Text size of the names, in px. Default 13. */
  fontSize?: number;
  /** The widest a name may run before it wraps, in px. Default 112. */
  maxLabelWidth?: number;
  /** Which way the layers run. Default `RIGHT` (the actors others stand behind on the left). */
  direction?: 'RIGHT' | 'DOWN';
  /** Space between the layers, in px. Default 30. */
  layerGap?: number;
}

const PAD_X = 8;
const PAD_Y = 5;

/** The box a name needs: its lines and the width and height with padding. */
export function nodeBox(name: string, fontSize: number, maxLabelWidth: number): { lines: string[]; width: number; height: number } {
  const lines = wrapText(name, fontSize, maxLabelWidth);
  const lineHeight = Math.round(fontSize * 1.25);
  const width = Math.ceil(Math.max(...lines.map((l) => textWidth(l, fontSize))) + 2 * PAD_X);
  return { lines, width, height: lines.length * lineHeight + 2 * PAD_Y };
}

/**
 * Keeps the edges that can be drawn: both ends among the nodes, not a loop, and each
 * (from, to, type) once. Returns them with the nodes that take part in one, both sorted by id so
 * the layout does not depend on the order the content was read in.
 */
export function drawable(nodes: GraphNode[], edges: GraphEdge[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const ids = new Set(nodes.map((n) => n.id));
  const seen = new Set<string>();
  const kept = edges.filter((e) => {
    const key = `${e.from}\u0000${e.to}\u0000${e.type}`;
    if (e.from === e.to || !ids.has(e.from) || !ids.has(e.to) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const used = new Set(kept.flatMap((e) => [e.from, e.to]));
  const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    nodes: nodes.filter((n) => used.has(n.id)).sort(byId),
    edges: kept.sort((a, b) => (a.from + a.to + a.type < b.from + b.to + b.type ? -1 : 1)),
  };
}

/** The direct relations of one actor: the actor, its neighbours and the edges between them. */
export function neighbourhood(nodes: GraphNode[], edges: GraphEdge[], id: string): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const own = edges.filter((e) => e.from === id || e.to === id);
  const ids = new Set([id, ...own.flatMap((e) => [e.from, e.to])]);
  return { nodes: nodes.filter((n) => ids.has(n.id)), edges: own };
}

const portId = (node: string, role: 'out' | 'in', type: string): string => `${node}|${role}|${type}`;

/**
 * Lays the graph out with ELK (layered, orthogonal routing). Only nodes that take part in a
 * drawable edge are placed. Deterministic: the same input gives the same picture.
 */
export async function layoutGraph(nodes: GraphNode[], edges: GraphEdge[], options: GraphOptions = {}): Promise<GraphLayout> {
  const { fontSize = 13, maxLabelWidth = 112, direction = 'RIGHT', layerGap = 30 } = options;
  const graph = drawable(nodes, edges);
  const boxes = new Map(graph.nodes.map((n) => [n.id, nodeBox(n.name, fontSize, maxLabelWidth)]));
  const ports = new Map<string, Set<string>>(graph.nodes.map((n) => [n.id, new Set()]));
  for (const e of graph.edges) {
    ports.get(e.to)!.add(portId(e.to, 'out', e.type));
    ports.get(e.from)!.add(portId(e.from, 'in', e.type));
  }
  // The layered algorithm's flow runs from the target to the subject, so "out" ports face the
  // flow (east in a left-to-right picture) and "in" ports face back.
  const [outSide, inSide] = direction === 'RIGHT' ? ['EAST', 'WEST'] : ['SOUTH', 'NORTH'];
  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': direction,
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.padding': '[top=4,left=4,bottom=4,right=4]',
      'elk.spacing.nodeNode': '10',
      'elk.spacing.edgeEdge': '7',
      'elk.spacing.edgeNode': '8',
      'elk.spacing.componentComponent': '26',
      'elk.layered.spacing.nodeNodeBetweenLayers': String(layerGap),
      'elk.layered.spacing.edgeNodeBetweenLayers': '10',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '7',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.aspectRatio': direction === 'RIGHT' ? '0.8' : '1.6',
      'elk.randomSeed': '1',
    },
    children: graph.nodes.map((n) => ({
      id: n.id,
      width: boxes.get(n.id)!.width,
      height: boxes.get(n.id)!.height,
      layoutOptions: { 'elk.portConstraints': 'FIXED_SIDE' },
      ports: [...ports.get(n.id)!].map((id) => ({ id, width: 0, height: 0, layoutOptions: { 'elk.port.side': id.includes('|out|') ? outSide : inSide } })),
    })),
    edges: graph.edges.map((e, i): ElkExtendedEdge => ({ id: `e${i}`, sources: [portId(e.to, 'out', e.type)], targets: [portId(e.from, 'in', e.type)] })),
  };
  const out = await new ELK().layout(root);
  const placed = new Map((out.children ?? []).map((c) => [c.id, c]));
  const routed = new Map((out.edges ?? []).map((e) => [e.id, e]));
  return {
    width: Math.ceil(out.width ?? 0),
    height: Math.ceil(out.height ?? 0),
    fontSize,
    lineHeight: Math.round(fontSize * 1.25),
    nodes: graph.nodes.map((n) => {
      const c = placed.get(n.id)!;
      const box = boxes.get(n.id)!;
      return { ...n, x: c.x ?? 0, y: c.y ?? 0, width: box.width, height: box.height, lines: box.lines };
    }),
    edges: graph.edges.map((e, i) => {
      const points = (routed.get(`e${i}`)?.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]).map((p) => ({ x: p.x, y: p.y }));
      return { ...e, points, d: pathData(points) };
    }),
  };
}

/** The marker that ends a relation's line at the actor it points at, drawn in a 10 × 10 box. */
export interface RelationMarker {
  /** SVG path data, pointing right, its tip at x = 10. */
  d: string;
  /** True for an outline (filled with the page colour), false for a solid shape. */
  isOpen: boolean;
}

/**
 * One marker per relation type, so the types stay apart without colour: with the dash patterns in
 * pictures.css (`.rel-<type>`), each type differs from every other in two ways that do not rely on
 * colour. A diamond for "part of" follows UML's mark for a part and its whole.
 */
export const RELATION_MARKER: Record<string, RelationMarker> = {
  'part-of': { d: 'M0 5L5 1.5L10 5L5 8.5z', isOpen: false },
  'backed-by': { d: 'M0 1L10 5L0 9z', isOpen: false },
  'front-name-of': { d: 'M1 1.5L9.3 5L1 8.5z', isOpen: true },
  leads: { d: 'M1.5 5a4 4 0 1 0 8 0a4 4 0 1 0-8 0z', isOpen: false },
  led: { d: 'M1.8 5a3.6 3.6 0 1 0 7.2 0a3.6 3.6 0 1 0-7.2 0z', isOpen: true },
  founded: { d: 'M2 1.5h7.5v7h-7.5z', isOpen: false },
  'allied-with': { d: 'M7 0.5h3v9h-3z', isOpen: false },
};

/** The relation types in the order a legend lists them. */
export const RELATION_ORDER = ['part-of', 'backed-by', 'front-name-of', 'leads', 'led', 'founded', 'allied-with'];

/** The relation types that occur in `edges`, in legend order (unknown types last, A–Z). */
export function relationTypesIn(edges: { type: string }[]): string[] {
  const present = new Set(edges.map((e) => e.type));
  const rank = (t: string): number => (RELATION_ORDER.includes(t) ? RELATION_ORDER.indexOf(t) : RELATION_ORDER.length);
  return [...present].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
