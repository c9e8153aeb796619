/**
 * remark-disagreements: turns `<Disagree question="…"><Side claim="…">…</Side>…</Disagree>` into a
 * "Where the sources disagree" block with one part per side, each side's claim as its heading.
 * Rendering only: `checkContent` has checked that each block has a question and two or more sides,
 * each with a claim and a citation. Runs before remark-citations, which then numbers the sides'
 * citations with the rest of the page.
 *
 * A side whose citations quote words a correction marks carries the mark on its heading too, so a
 * wrong claim is never shown as a plain heading.
 */
import type { Root, RootContent } from 'mdast';
// Declares `hName` / `hProperties` on mdast data.
import type {} from 'mdast-util-to-hast';
import { MARK_WORD, worstStatus, type CorrectionStatus } from '../lib/corrections.ts';
import { collectCites, isJsx, sidesOf, stringAttr } from '../lib/mdx-cites.ts';
import type { Citation } from '../schemas/citation.ts';

/** Options: the correction statuses that touch what some citations quote. */
export interface DisagreementOptions {
  statusesOf: (refs: readonly Citation[]) => CorrectionStatus[];
}

/** An mdast node that remark-rehype turns into the element `tag`. */
function element(tag: string, props: Record<string, unknown>, children: RootContent[]): RootContent {
  return { type: 'blockElement', data: { hName: tag, hProperties: props }, children } as unknown as RootContent;
}

const text = (value: string): RootContent => ({ type: 'text', value }) as RootContent;
const attr = (node: Parameters<typeof stringAttr>[0], name: string): string => {
  const v = stringAttr(node, name);
  return typeof v === 'string' ? v : '';
};

/** The plugin. */
export default function remarkDisagreements(options: DisagreementOptions) {
  return (tree: Root): void => {
    let count = 0;
    const walk = (parent: { children: RootContent[] }): void => {
      parent.children.forEach((child, i) => {
        if (!isJsx(child, 'Disagree')) {
          if ('children' in child) walk(child as { children: RootContent[] });
          return;
        }
        const id = `disagreement-${++count}`;
        const sides = sidesOf(child);
        for (const side of sides) walk(side as unknown as { children: RootContent[] });
        parent.children[i] = element('aside', { className: ['disagree'], ariaLabelledBy: id }, [
          element('p', { className: ['disagree-label'], id }, [text(`Where the sources disagree: ${attr(child, 'question')}`)]),
          element(
            'div',
            { className: ['sides'] },
            sides.map((side) => {
              // A side written inline holds phrasing content: it becomes one paragraph.
              const body = side.type === 'mdxJsxTextElement' ? [{ type: 'paragraph', children: side.children } as RootContent] : (side.children as RootContent[]);
              const worst = worstStatus(options.statusesOf(collectCites({ type: 'root', children: [side as never] }).cites.map((c) => c.ref)));
              const flag = worst ? [text(' '), element('mark', { className: ['correction-flag', worst] }, [text(`${MARK_WORD[worst]}: see its notes`)])] : [];
              return element('div', { className: ['side', ...(worst ? [`has-${worst}`] : [])] }, [element('p', { className: ['claim'] }, [element('strong', {}, [text(attr(side, 'claim'))]), ...flag]), ...body]);
            }),
          ),
        ]);
      });
    };
    walk(tree);
  };
}
