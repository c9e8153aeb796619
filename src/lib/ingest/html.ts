/**
 * Saved pages (`seeds/*.html`, what a browser's "Save page as" writes). The page is parsed with
 * linkedom, a DOM that never runs scripts, and the article is found by @mozilla/readability, the
 * extractor behind Firefox's Reader View. Readability's choice is one signal among the classifier's
 * features, not the last word: every visible block of the page becomes a unit with its landmark
 * (nav, footer, aside, comments…), its link density and whether Readability kept it, so a paragraph
 * Readability leaves out is still reported (and kept, when it reads as prose) rather than lost.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { creditOnly, labelledCaption, splitCredit } from './captions.ts';
import { clean, readPageMeta, type PageMeta } from './page-meta.ts';
import type { Unit } from './units.ts';

/** A saved page read into units, with its metadata and the index of its headline unit (-1: none). */
export interface SavedPage {
  units: Unit[];
  meta: PageMeta;
  headline: number;
  /** Index of the standfirst unit (-1: none). */
  standfirst: number;
  /** Readability found an article on the page. */
  hasArticle: boolean;
}

/** Elements whose content is never text of the page. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'select', 'textarea', 'input', 'head', 'meta', 'link', 'img', 'picture', 'source', 'map']);

/** Elements that start a new block of text. */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'tr', 'td', 'th', 'ul', 'body', 'legend', 'caption', 'center']);

/** Landmark elements and roles, and class or id words, that mark a page's furniture. */
const LANDMARK_TAGS: Record<string, string> = { nav: 'nav', aside: 'aside', form: 'form', dialog: 'dialog', header: 'header', footer: 'footer' };
const LANDMARK_ROLES: Record<string, string> = { navigation: 'nav', banner: 'header', contentinfo: 'footer', complementary: 'aside', dialog: 'dialog', search: 'form', alertdialog: 'dialog' };
const LANDMARK_WORDS = /(?:^|[-_\s])(nav|navbar|navigation|menu|masthead|footer|sidebar|comments?|share|sharing|social|related|recommended|newsletter|subscribe|promo|advert|advertisement|ad-slot|cookie|consent|breadcrumbs?|popup|modal|most-read|trending|outbrain|taboola|webmentions?|guestbook|ambox|site[-_\s]?notice|site[-_\s]?sub|copyright|disclaimer|interstitial|regwall|registration[-_\s]?wall|paywall[-_\s](?:prompt|modal|banner|offer|message))(?:$|[-_\s])/i;
/** Class or id words of an embedded post: what the article quotes, whatever service it comes from. */
const EMBED_WORDS = /(?:^|[-_\s])(?:embed|embedded|embeds|tweet|twitter-tweet|instagram-media|tiktok-embed|bluesky-embed)(?:$|[-_\s])/i;

/**
 * An element's class and id words. CSS-module and component class names run words together
 * ("NewsletterSignup_box__R8eXm"): they are split at each capital. `modifiers: false` leaves out
 * state and layout modifiers ("has-sidebar", "show-site-tagline"), which say what the element holds
 * or shows, not what it is.
 */
function classWords(el: Element, modifiers = true): string {
  // Pages whose class names are hashes ("css-1q8w2ze") still name their parts for tests and screen
  // readers: a test id ("regwall"), the id of the heading that labels a region ("newsletter-promo-title"),
  // a region's label ("Registration wall").
  const region = el.getAttribute('role') === 'region' || /^(?:section|aside|div)$/i.test(el.tagName);
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('aria-labelledby') ?? ''} ${region ? (el.getAttribute('aria-label') ?? '') : ''}`
    .split(/\s+/)
    .filter((w) => modifiers || !/^(?:has|show|hide|no|with|is)-/i.test(w))
    // A name that says what a part is not ("wsite-not-footer", Weebly's content area) names no such part.
    .filter((w) => !/(?:^|[-_])(?:not|non|without)[-_]/i.test(w))
    .join(' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}

/** True for an element that holds a post the article embeds (a tweet, an Instagram post). */
function isEmbed(el: Element): boolean {
  return EMBED_WORDS.test(classWords(el));
}

/** The landmark an element opens, if any. `<header>`/`<footer>` inside an article are the article's own. */
function landmarkOf(el: Element): string | undefined {
  const tag = el.tagName.toLowerCase();
  const role = el.getAttribute('role');
  if (role && LANDMARK_ROLES[role]) return LANDMARK_ROLES[role];
  // A <form> that holds the page's article or headline, or most of its text, is the page itself:
  // ASP.NET WebForms (Sitecore, older government and agency sites) wraps a whole page in one form.
  if (tag === 'form' && (el.querySelector('main, article, [role="main"], h1') || holdsMostText(el))) return undefined;
  if (LANDMARK_TAGS[tag] && !((tag === 'header' || tag === 'footer') && el.parentElement?.closest('article, main'))) return LANDMARK_TAGS[tag];
  // The page's own element describes its layout ("has-sidebar"), not a landmark.
  // So does an <article> or <main>: its element says what it is ("newsletter-post" is a post, not a newsletter box).
  if (tag === 'body' || tag === 'html' || tag === 'article' || tag === 'main' || role === 'article' || role === 'main') return undefined;
  // An embed ("SocialEmbed", "tweet-embed", "instagram-media") is a post the article quotes, not a share bar.
  if (isEmbed(el)) return undefined;
  return classWords(el, false).match(LANDMARK_WORDS)?.[1]?.toLowerCase().replace(/s$/, '');
}

/** How many characters of text an element holds, white space aside. */
function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

/** True for an element whose text is most of its page's visible text. */
function holdsMostText(el: Element): boolean {
  const body = el.ownerDocument.body;
  return !!body && textLength(el) > textLength(body) / 2;
}

/** True for an element the page hides. */
function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

/** The normalised texts of Readability's article: each block's text, and the whole text. */
function articleTexts(html: string): { blocks: Set<string>; whole: string; ok: boolean } {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, { charThreshold: 300 }).parse();
  if (!article?.content) return { blocks: new Set(), whole: '', ok: false };
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const blocks = new Set<string>();
  for (const el of content.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, td, th, blockquote, figcaption, pre, dt, dd, div')) {
    const text = clean(el.textContent);
    if (text) blocks.add(text);
  }
  return { blocks, whole: clean(content.body?.textContent) ?? '', ok: true };
}

/** Reads a saved page into units. Nothing on the page is executed: linkedom has no script engine. */
export function readSavedPage(html: string): SavedPage {
  const { document } = parseHTML(html);
  const meta = readPageMeta(document as unknown as Document);
  const article = articleTexts(html);
  const units: Unit[] = [];
  const inArticle = (text: string): boolean => !article.ok || article.blocks.has(text) || (text.length >= 40 && article.whole.includes(text));
  let group = 0;

  /** Where the walk is: the block element being filled, its landmark, its list, and whether in a link. */
  interface Context {
    tag: string;
    landmark: string | undefined;
    list: Unit['list'];
    inLink: boolean;
    /** Inside a post the article embeds. */
    embed: boolean;
  }
  let buffer = '';
  let linked = 0;
  /** True after an element closes: the next text starts in another element. */
  let boundary = false;
  const push = (unit: Omit<Unit, 'n'>): void => {
    units.push({ ...unit, n: units.length + 1 });
  };
  const signals = (tag: string, text: string, landmark: string | undefined, linkDensity = 0, embed = false): NonNullable<Unit['page']> => ({
    tag,
    linkDensity,
    inArticle: inArticle(text),
    ...(landmark ? { landmark } : {}),
    ...(embed ? { embed } : {}),
  });
  const flush = (ctx: Context): void => {
    const text = clean(buffer);
    const links = linked;
    buffer = '';
    linked = 0;
    if (!text) return;
    const page = signals(ctx.tag, text, ctx.landmark, Math.min(1, links / text.length), ctx.embed);
    if (/^h[1-6]$/.test(ctx.tag)) push({ text, shape: 'heading', page });
    else if (ctx.tag === 'li' && ctx.list) push({ text, shape: 'item', list: ctx.list, page });
    else if (ctx.tag === 'blockquote') push({ text, shape: 'quote', page });
    else push({ text, shape: 'line', page });
  };

  const walk = (node: Node, ctx: Context): void => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      // Text of two elements that touch ("<span>Sign in</span><span>Subscribe</span>") is shown
      // apart by the page's styles, which a saved page's reader does not apply: keep a space.
      if (/[\p{L}\p{N}]$/u.test(buffer) && /^[\p{L}\p{N}]/u.test(text) && node.previousSibling?.nodeType !== 3 && boundary) buffer += ' ';
      boundary = false;
      buffer += text;
      if (ctx.inLink) linked += clean(text)?.length ?? 0;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const name = el.tagName.toLowerCase();
    if (SKIP.has(name) || isHidden(el)) return;
    // A line break ends a line, as on the screen: old pages (table layouts, <font> and <br>) have no other.
    if (name === 'br') {
      flush(ctx);
      return;
    }
    const landmark = landmarkOf(el) ?? ctx.landmark;
    const embed = ctx.embed || isEmbed(el);
    // A table in the page's header, menu or footer lays out its links and notices: data tables are the article's.
    if (name === 'table' && !landmark && isDataTable(el)) {
      flush(ctx);
      const rows = [...el.querySelectorAll('tr')].map((tr) => [...tr.children].filter((c) => /^t[dh]$/i.test(c.tagName)).map((c) => clean(c.textContent) ?? ''));
      const [header = [], ...body] = rows;
      const text = clean(el.textContent) ?? '';
      // The table's caption is text of the article: a paragraph above the table.
      const caption = clean(el.querySelector('caption')?.textContent);
      if (caption) push({ text: caption, shape: 'line', page: signals('caption', caption, landmark) });
      push({ text: rows.map((r) => r.join(' | ')).join(' | '), shape: 'table', table: { header, rows: body, lines: [] }, page: signals('table', text, landmark) });
      return;
    }
    // A figure that shows no picture (a table with its source note, a quote with its speaker) holds
    // article text: its blocks are read as any others, its caption as a line under them.
    // A link card (a bookmark to another page) is one block of links, whatever its inner layout.
    if (name === 'figure' && isLinkCard(el)) {
      flush(ctx);
      // Its parts (title, description, site) are boxes of their own: a space between them.
      const parts: string[] = [];
      const walker = el.ownerDocument.createTreeWalker(el, 4);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
      const text = clean(parts.join(' '));
      if (text) push({ text, shape: 'line', page: signals('figure', text, landmark, 1) });
      return;
    }
    if (name === 'figure' && el.querySelector(MEDIA)) {
      flush(ctx);
      // The figure's caption, and its credit wherever the figure prints it ("Image source, Alamy"; a <cite> beside the <figcaption>).
      const text = clean(el.textContent);
      // Without a <figcaption>, the caption is the element the figure names so ("Figure-caption").
      const caption = el.querySelector('figcaption') ?? el.querySelector('[class*="caption" i]');
      if (!text) return;
      const creditEl = el.querySelector('[class*="credit" i], [class*="copyright" i], [class*="source" i], [class*="attribution" i], [itemprop="copyrightHolder"], figcaption small, cite');
      const creditText = clean(creditEl?.textContent);
      // "(Image: Lena Marsh/Example Post)": the brackets and the label are the credit's frame, not its name.
      const bare = creditText?.replace(/^[(]|[)]$/g, '').trim();
      const credit = bare ? (creditOnly(bare) ?? bare) : undefined;
      let captionText = clean(caption?.textContent) ?? '';
      if (creditText) captionText = clean(captionText.replace(creditText, '')) ?? '';
      captionText = labelledCaption(captionText) || captionText;
      const parts = credit ? { caption: captionText, credit } : (splitCredit(captionText) ?? { caption: captionText, credit: '' });
      push({ text, shape: 'figure', page: { ...signals('figure', text, landmark), figure: { caption: parts.caption, credit: parts.credit } } });
      return;
    }
    if (!BLOCK.has(name)) {
      boundary = true;
      for (const child of el.childNodes) walk(child as Node, { ...ctx, landmark, embed, inLink: ctx.inLink || name === 'a' });
      boundary = true;
      return;
    }
    flush(ctx);
    const inner: Context = {
      // A paragraph inside a list item or a quote stays part of it.
      tag: name === 'ul' || name === 'ol' ? ctx.tag : (ctx.tag === 'li' || ctx.tag === 'blockquote') && (name === 'p' || name === 'div') ? ctx.tag : name,
      landmark,
      list: name === 'ul' || name === 'ol' ? { group: ++group, ordered: name === 'ol' } : ctx.list,
      inLink: ctx.inLink,
      embed,
    };
    for (const child of el.childNodes) walk(child as Node, inner);
    flush(inner);
  };
  if (document.body) walk(document.body as unknown as Node, { tag: 'body', landmark: undefined, list: undefined, inLink: false, embed: false });

  const title = meta.title?.value;
  const normal = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  // The headline: the block the metadata's title names (an <h1> first, then any heading, then any
  // block: a blog's <h1> is often its own name, the post's title an <h3>); else the first <h1>.
  const isTitle = (u: Unit): boolean => title !== undefined && normal(u.text) === normal(title);
  let headline = units.findIndex((u) => u.page?.tag === 'h1' && isTitle(u));
  if (headline < 0) headline = units.findIndex((u) => /^h[1-6]$/.test(u.page?.tag ?? '') && isTitle(u));
  if (headline < 0) headline = units.findIndex(isTitle);
  if (headline < 0) headline = units.findIndex((u) => u.page?.tag === 'h1');
  if (headline >= 0) units[headline]!.page!.isHeadline = true;
  // The standfirst: the block right under the headline, when the page's description repeats it.
  const description = meta.description?.value;
  const next = units[headline + 1];
  // Or, failing that, a paragraph of six words or more between the headline and its byline or date line.
  const after = units[headline + 2];
  const isByline = (text: string): boolean => /^by(?:\s|$)/i.test(text);
  const hasYear = (text: string): boolean => /\b(?:19|20)\d\d\b/.test(text);
  const underHeadline =
    next !== undefined && !next.page?.landmark && /^(?:p|h2|div)$/.test(next.page?.tag ?? '') && !isByline(next.text) && !hasYear(next.text) && next.text.split(/\s+/).length >= 6 && after !== undefined && (isByline(after.text) || (hasYear(after.text) && after.text.length <= 60));
  // The description may word it a little differently ("near Qasr Dabbagh", "US troops"): most of its words, in a block of prose's shape.
  const close = (a: string, b: string): boolean => {
    const words = (t: string): Set<string> => new Set(normal(t).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
    const x = words(a);
    const y = words(b);
    const shared = [...x].filter((w) => y.has(w)).length;
    return x.size >= 6 && (2 * shared) / (x.size + y.size) >= 0.75;
  };
  const standfirst = headline >= 0 && next && ((description && (normal(next.text) === normal(description) || (!next.page?.landmark && close(next.text, description)))) || underHeadline) ? headline + 1 : -1;
  return { units, meta, headline, standfirst, hasArticle: article.ok };
}

/**
 * A link card in a figure (Ghost's bookmark card, an embedded link preview): no caption, and its
 * text is a link's to another page. It is no picture: one block of links.
 */
function isLinkCard(figure: Element): boolean {
  if (figure.querySelector('figcaption')) return false;
  const all = clean(figure.textContent)?.length ?? 0;
  const linked = [...figure.querySelectorAll('a')].reduce((n, a) => n + (clean(a.textContent)?.length ?? 0), 0);
  return all > 0 && linked >= 0.8 * all;
}

/** What makes a figure a picture: an image, a video, a drawing, an embedded player. */
const MEDIA = 'img, picture, video, svg, canvas, iframe, object, embed, audio';

/**
 * A table of data, not one used for layout: two rows or more, most of them of two cells or more
 * (a layout's rows are mostly one cell across the page), and no block inside a cell (a table, a
 * paragraph, a division, or paragraphs made of line breaks) — as browsers' own layout-table tests
 * (Firefox's, which Readability copies) judge, with the marks of a data table first.
 */
export function isDataTable(table: Element): boolean {
  const role = table.getAttribute('role');
  if (role === 'presentation' || role === 'none') return false;
  // Two line breaks with nothing between them: paragraphs, which no data cell holds.
  if (table.querySelector('table, p, div') || /<br\b[^>]*>\s*<br\b/i.test(table.innerHTML)) return false;
  if (table.querySelector('th, thead, caption, colgroup')) return true;
  // A table whose text is mostly links lays out a list of links ("Other News" beside their dates), not data.
  const linked = [...table.querySelectorAll('a')].reduce((sum, a) => sum + textLength(a), 0);
  if (linked * 2 > textLength(table)) return false;
  const rows = [...table.querySelectorAll('tr')];
  const wide = rows.filter((r) => [...r.children].filter((c) => /^t[dh]$/i.test(c.tagName)).length >= 2).length;
  return rows.length >= 2 && wide * 2 > rows.length;
}
