import type { Link, Nodes, Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { buildMatcher, type GlossaryTerm } from '../../../src/lib/glossary/matcher.ts';
import { entryOf } from '../../../src/remark/index.ts';
import remarkActorLinks from '../../../src/remark/remark-actor-links.ts';
import remarkGlossaryLinks, { type GlossaryLinkOptions } from '../../../src/remark/remark-glossary-links.ts';

const GLOSSARY: Record<string, string[]> = {
  'kataib-hezbollah': ['Kataib Hezbollah', "Kata'ib Hizballah", 'Hezbollah Brigades', 'KH', 'كتائب حزب الله'],
  hezbollah: ['Hezbollah', 'Lebanese Hezbollah', 'حزب الله'],
  iran: ['Iran', 'Tehran'],
  'united-states': ['United States', 'US', 'U.S.', 'Washington'],
};

const terms: GlossaryTerm[] = [
  ...Object.entries(GLOSSARY).flatMap(([actor, texts]) => texts.map((text) => ({ actor, file: `content/actors/${actor}.mdx`, text }))),
  { actor: 'badr-organization', file: 'content/actors/badr-organization.mdx', text: 'the Organization', ambiguous: true },
  { actor: 'islamic-state', file: 'content/actors/islamic-state.mdx', text: 'the Organization', ambiguous: true },
];

const matcher = buildMatcher(terms);
const href = (actor: string): string => `/base/actors/${actor}/`;

/** The actor a file is the page of, the way the pipeline tells it. */
const ownActor = (file: VFile): string | undefined => {
  const e = entryOf('/home/site', file);
  return e?.dir === 'content/actors' ? e.slug : undefined;
};

/** Parses MDX the way @astrojs/mdx does, then runs the hand-written links plugin and this one, as the pipeline does. */
function processor(options: Partial<GlossaryLinkOptions> = {}) {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkActorLinks, { href }).use(remarkGlossaryLinks, { matcher, href, ownActor, ...options });
}

/** Runs the plugin over `source` (as the file at `path`, if given) and returns the tree and file. */
async function run(source: string, path?: string, options: Partial<GlossaryLinkOptions> = {}): Promise<{ tree: Root; file: VFile }> {
  const file = new VFile(path === undefined ? { value: source } : { value: source, path });
  const p = processor(options);
  const tree = (await p.run(p.parse(file), file)) as Root;
  return { tree, file };
}

/** The actor links in a tree, in document order, as [link text, actor, url]. */
function actorLinks(tree: Root): [string, string, string][] {
  const found: [string, string, string][] = [];
  const walk = (node: Nodes): void => {
    const actor = node.type === 'link' ? node.data?.hProperties?.['dataActor'] : undefined;
    if (node.type === 'link' && typeof actor === 'string') found.push([toString(node), actor, node.url]);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

const KH_LINK: [string, string, string] = ['Kataib Hezbollah', 'kataib-hezbollah', '/base/actors/kataib-hezbollah/'];

describe('remark-glossary-links', () => {
  it('links the first mention of an actor and leaves later mentions as text', async () => {
    const { tree } = await run('Kataib Hezbollah fired rockets. Later, Kataib Hezbollah denied it.\n\nKataib Hezbollah again.');
    expect(actorLinks(tree)).toEqual([KH_LINK]);
    expect(toString(tree)).toContain('Later, Kataib Hezbollah denied it.');
  });

  it('links the first mention of an alias', async () => {
    const { tree } = await run('KH fired rockets; Kataib Hezbollah denied it.');
    expect(actorLinks(tree)).toEqual([['KH', 'kataib-hezbollah', '/base/actors/kataib-hezbollah/']]);
  });

  it('links each actor once, in document order', async () => {
    const { tree } = await run('The US struck Kataib Hezbollah, not Hezbollah. Washington blamed Tehran and the U.S. said so.');
    expect(actorLinks(tree).map(([text, actor]) => [text, actor])).toEqual([
      ['US', 'united-states'],
      ['Kataib Hezbollah', 'kataib-hezbollah'],
      ['Hezbollah', 'hezbollah'],
      ['Tehran', 'iran'],
    ]);
  });

  it('keeps the text around a link, and a possessive outside it', async () => {
    const { tree } = await run('Before Kataib Hezbollah’s rockets, after.');
    expect(toString(tree)).toBe('Before Kataib Hezbollah’s rockets, after.');
    expect(actorLinks(tree)).toEqual([KH_LINK]);
  });

  it('renders an actor link as an <a> with data-actor and no class', async () => {
    const { tree } = await run('Kataib Hezbollah fired.');
    const hast = toHast(tree);
    const paragraph = hast.type === 'root' ? hast.children[0] : undefined;
    const anchor = paragraph?.type === 'element' ? paragraph.children[0] : undefined;
    expect(anchor).toMatchObject({
      type: 'element',
      tagName: 'a',
      properties: { href: '/base/actors/kataib-hezbollah/', dataActor: 'kataib-hezbollah' },
    });
    expect(anchor?.type === 'element' ? anchor.properties['className'] : 'none').toBeUndefined();
  });

  it('uses the preview class it is given', async () => {
    const { tree } = await run('Kataib Hezbollah fired.', undefined, { previewClass: 'glossary' });
    const link = (tree.children[0] as { children: Link[] }).children[0];
    expect(link?.data?.hProperties?.['className']).toEqual(['glossary']);
  });

  it('links inside emphasis, lists, block quotes and tables', async () => {
    const { tree } = await run('- *Kataib Hezbollah* fired\n\n> Tehran said\n\n| who |\n| --- |\n| Hezbollah |\n');
    expect(actorLinks(tree).map(([, actor]) => actor)).toEqual(['kataib-hezbollah', 'iran', 'hezbollah']);
  });

  // The skipped construct spells the name one way, the running text another: only the latter is linked.
  it.each([
    ['headings', "# Kata'ib Hizballah strikes\n\n## Why KH\n\nKataib Hezbollah fired."],
    ['existing links', "[Kata'ib Hizballah](https://example.com/kh) fired. Kataib Hezbollah denied it."],
    ['link references', "[Kata'ib Hizballah][kh] fired. Kataib Hezbollah denied it.\n\n[kh]: https://example.com/kh"],
    ['inline code', "`Kata'ib Hizballah` fired. Kataib Hezbollah denied it."],
    ['code blocks', "```\nKata'ib Hizballah\n```\n\nKataib Hezbollah fired."],
    ['image alt text', "![Kata'ib Hizballah fighters](kh.jpg)\n\nKataib Hezbollah fired."],
    ['MDX expressions', "{\"Kata'ib Hizballah\"} fired. Kataib Hezbollah denied it."],
    ['Cite elements', "<Cite article=\"a\" p={3}>Kata'ib Hizballah</Cite> fired. Kataib Hezbollah denied it."],
    ['Cite flow elements', "<Cite article=\"a\" p={3}>\n  Kata'ib Hizballah fired.\n</Cite>\n\nKataib Hezbollah denied it."],
  ])('never links inside %s', async (_, source) => {
    const { tree } = await run(source);
    expect(actorLinks(tree)).toEqual([KH_LINK]);
  });

  it('links the children of other MDX elements but never touches their attributes', async () => {
    const source = '<Aside title="Kataib Hezbollah">\n  Kataib Hezbollah fired.\n</Aside>';
    const { tree } = await run(source);
    const aside = tree.children[0];
    expect(aside?.type === 'mdxJsxFlowElement' ? aside.attributes : []).toMatchObject([{ name: 'title', value: 'Kataib Hezbollah' }]);
    expect(actorLinks(tree)).toEqual([KH_LINK]);
  });

  it('never links an actor on its own page, but links the others', async () => {
    const { tree } = await run('Kataib Hezbollah, backed by Iran.', '/home/site/content/actors/kataib-hezbollah.mdx');
    expect(actorLinks(tree).map(([, actor]) => actor)).toEqual(['iran']);
  });

  it('links the actor of a page outside content/actors/', async () => {
    const { tree } = await run('Kataib Hezbollah fired.', '/home/site/content/articles/kataib-hezbollah.mdx');
    expect(actorLinks(tree)).toEqual([KH_LINK]);
  });

  it('turns an explicit actor: link into an actor link that counts as the first mention', async () => {
    const { tree } = await run('Kataib Hezbollah fired. [The group](actor:kataib-hezbollah) denied it. Kataib Hezbollah again.');
    expect(actorLinks(tree)).toEqual([['The group', 'kataib-hezbollah', '/base/actors/kataib-hezbollah/']]);
  });

  it('keeps actor:none text plain and never links it, so a later mention is the first', async () => {
    const { tree } = await run('[Hezbollah](actor:none) is a word here. Later, Hezbollah fired.');
    expect(toString(tree)).toBe('Hezbollah is a word here. Later, Hezbollah fired.');
    const paragraph = tree.children[0] as { children: Nodes[] };
    expect(paragraph.children[0]).toMatchObject({ type: 'text', value: 'Hezbollah' });
    expect(actorLinks(tree)).toEqual([['Hezbollah', 'hezbollah', '/base/actors/hezbollah/']]);
  });

  it('never links an ambiguous alias, and says nothing per page (the build reports them once)', async () => {
    const { tree, file } = await run('Kataib Hezbollah fired.\n\nOfficials blamed\nthe Organization for it.');
    expect(actorLinks(tree)).toEqual([KH_LINK]);
    expect(file.messages).toEqual([]);
  });

  it('links Arabic names in Arabic text', async () => {
    const { tree } = await run('قصفت الولايات المتحدة مواقع كتائب حزب الله في العراق.');
    expect(actorLinks(tree)).toEqual([['كتائب حزب الله', 'kataib-hezbollah', '/base/actors/kataib-hezbollah/']]);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const source = 'The US struck Kataib Hezbollah. [It](actor:hezbollah) and [Iran](actor:none) and Iran.\n\nKataib Hezbollah and KH.';
    const { tree, file } = await run(source);
    const once = structuredClone(tree);
    const p = processor();
    const twice = (await p.run(tree, file)) as Root;
    expect(twice).toEqual(once);
    expect(actorLinks(twice).map(([text, actor]) => [text, actor])).toEqual([
      ['US', 'united-states'],
      ['Kataib Hezbollah', 'kataib-hezbollah'],
      ['It', 'hezbollah'],
      ['Iran', 'iran'],
    ]);
  });
});
