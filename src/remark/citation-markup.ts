/**
 * Markup for the citations plugin: the notes list and the "Where the sources disagree" blocks, as
 * mdast nodes that remark-rehype turns into HTML elements (through `data.hName`).
 */
import { correctionId } from '../lib/corrections.ts';
import { sourceLabel, type Note, type NoteArticle } from '../lib/notes.ts';

/** Any mdast node, loosely typed: these helpers build nodes mdast has no type for. */
export type AnyNode = { type: string; value?: string; children?: AnyNode[]; data?: Record<string, unknown>; name?: string | null; attributes?: unknown[] };

/** An element with a tag name, properties and children, as an mdast node. */
export function h(tag: string, props: Record<string, unknown>, children: AnyNode[]): AnyNode {
  return { type: 'element-node', data: { hName: tag, hProperties: props }, children };
}

const text = (value: string): AnyNode => ({ type: 'text', value });

const RELIABILITY = { high: 'high reliability', medium: 'medium reliability', low: 'low reliability', unrated: 'not rated' } as const;

/** The notes section at the end of a page. */
export function renderNotes(
  notes: Note[],
  options: { articles: ReadonlyMap<string, NoteArticle>; href: (article: string, paragraph: number) => string; site?: string },
): AnyNode {
  const items = notes.map((note) => {
    const article = options.articles.get(note.article);
    const parts: AnyNode[] = [];
    if (note.by) parts.push(text(`According to ${note.by}. `));
    const link = options.href(note.article, note.paragraph);
    const print = options.site ? { dataPrintUrl: new URL(link, options.site).href } : {};
    parts.push(h('a', { href: link, ...print }, [text(sourceLabel(note, article))]));
    parts.push(text(` (${RELIABILITY[article?.reliability ?? 'unrated']}): `));
    parts.push(h('q', {}, [text(note.quote)]));
    for (const c of note.corrections) {
      parts.push(text(' '));
      parts.push(h('a', { href: `${options.href(note.article, note.paragraph).replace(/#.*$/, '')}#${correctionId(c.n)}`, className: ['note-correction'] }, [text(c.status === 'wrong' ? 'This passage is corrected.' : 'This passage is unconfirmed.')]));
    }
    parts.push(text(' '));
    parts.push(h('a', { href: `#ref-${note.n}-1`, className: ['backref'], ariaLabel: `Back to the text of note ${note.n}` }, [text('↩')]));
    return h('li', { id: `note-${note.n}` }, parts);
  });
  return h('section', { className: ['notes'], ariaLabelledBy: 'notes-heading', dataPagefindIgnore: '' }, [
    h('h2', { id: 'notes-heading' }, [text('Notes')]),
    h('ol', {}, items),
  ]);
}

/** Reads a string attribute of an MDX JSX element. */
function attr(node: AnyNode, name: string): string | undefined {
  const found = (node.attributes as { type: string; name: string; value: unknown }[] | undefined)?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

const isElement = (node: AnyNode, name: string): boolean => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

/**
 * Turns `<Disagree question="…"><Side claim="…">…</Side>…</Disagree>` into an aside with one
 * block per side, in place.
 *
 * @returns Problems with malformed blocks (fewer than two sides, a side with no citation).
 */
export function renderDisagreements(tree: { children: AnyNode[] }): string[] {
  const problems: string[] = [];
  let count = 0;
  const walk = (node: { children?: AnyNode[] }): void => {
    node.children?.forEach((child, i) => {
      if (!isElement(child, 'Disagree')) {
        walk(child);
        return;
      }
      count++;
      const question = attr(child, 'question');
      const sides = (child.children ?? []).filter((c) => isElement(c, 'Side'));
      const line = (child as { position?: { start: { line: number } } }).position?.start.line ?? 0;
      if (!question) problems.push(`<Disagree> at line ${line} needs question="…"`);
      if (sides.length < 2) problems.push(`<Disagree> at line ${line} needs at least two <Side claim="…"> children`);
      const id = `disagreement-${count}`;
      const rendered = sides.map((side) => {
        const claim = attr(side, 'claim');
        if (!claim) problems.push(`<Side> in the <Disagree> at line ${line} needs claim="…"`);
        if (!JSON.stringify(side.children ?? []).includes('"name":"Cite"')) problems.push(`<Side claim="${claim ?? ''}"> at line ${line} cites no source: add a <Cite>`);
        return h('div', { className: ['side'] }, [h('p', { className: ['claim'] }, [h('strong', {}, [text(claim ?? '')])]), ...(side.children ?? [])]);
      });
      node.children![i] = h('aside', { className: ['disagree'], ariaLabelledBy: id }, [
        h('p', { className: ['disagree-label'], id }, [text(`Where the sources disagree: ${question ?? ''}`)]),
        h('div', { className: ['sides'] }, rendered),
      ]);
      for (const side of sides) walk(side);
    });
  };
  walk(tree);
  return problems;
}
