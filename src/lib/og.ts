/**
 * Social images (Open Graph): which pages get a card of their own, the file each page points to,
 * and the card composed as SVG (the site's name, the page's kind, title and description, wrapped
 * to fit). Pure: the build integration renders the SVG to PNG with a bundled font.
 */

/** What a card shows, and the page it is for. */
export interface OgCard {
  /** The page's path under the base (`articles/x/`, `` for home). */
  path: string;
  title: string;
  description: string;
  kind: string;
}

/** The image every page without a card of its own shares. */
export const SHARED_CARD = 'site.png';

/** The image articles without a card of their own share. */
export const SHARED_ARTICLE_CARD = 'article.png';

/** The image file name for a page path under the base: `articles/x/` → `articles--x.png`, `` → `home.png`. */
export function ogFileName(pathUnderBase: string): string {
  return `${pathUnderBase.replace(/^\/+|\/$/g, '').replaceAll('/', '--') || 'home'}.png`;
}

/** The image a page points to: its own card if it has one, else the shared card of its kind. */
export function ogImageFor(pathUnderBase: string, cards: ReadonlySet<string>): string {
  const clean = pathUnderBase.replace(/^\/+/, '');
  if (cards.has(clean)) return `og/${ogFileName(clean)}`;
  // An article page, not a page of the articles index (articles/2/).
  return `og/${/^articles\/(?!\d+\/$)[^/]+\/$/.test(clean) ? SHARED_ARTICLE_CARD : SHARED_CARD}`;
}

/** Escapes text for SVG. */
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Wraps text into at most `maxLines` lines of about `maxChars` characters, breaking at spaces and
 * ending the last line with an ellipsis when text is left over.
 */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
      if (lines.length === maxLines) {
        lines[maxLines - 1] = `${(lines[maxLines - 1] as string).replace(/[\s,.;:]+$/, '')}…`;
        return lines;
      }
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The 1200 × 630 SVG of a card, in the site's light colours. */
export function ogSvg(card: Pick<OgCard, 'title' | 'description' | 'kind'>): string {
  const title = wrap(card.title, 30, 3);
  const description = wrap(card.description, 62, 2);
  const titleTop = 230;
  const descriptionTop = titleTop + title.length * 76 + 24;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">',
    '<rect width="1200" height="630" fill="#fdfcfa"/>',
    '<rect width="24" height="630" fill="#8a2d1c"/>',
    '<text x="80" y="110" font-family="DejaVu Sans" font-weight="bold" font-size="40" fill="#8a2d1c">Tit for Tat</text>',
    `<text x="80" y="165" font-family="DejaVu Sans" font-size="30" fill="#555555">${esc(card.kind)}</text>`,
    ...title.map((l, i) => `<text x="80" y="${titleTop + i * 76}" font-family="DejaVu Sans" font-weight="bold" font-size="62" fill="#1b1b1b">${esc(l)}</text>`),
    ...description.map((l, i) => `<text x="80" y="${descriptionTop + i * 42}" font-family="DejaVu Sans" font-size="30" fill="#333333">${esc(l)}</text>`),
    '<text x="80" y="585" font-family="DejaVu Sans" font-size="24" fill="#555555">US strikes on Iran-backed militias, 2019–2024 · every claim cited to its source</text>',
    '</svg>',
  ].join('');
}
