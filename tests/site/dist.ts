/**
 * Reading the built site in tests: where dist is, which pages it has, and their text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The built site's folder (DIST_DIR, default dist). */
export const DIST = process.env['DIST_DIR'] ?? 'dist';

/** The base path the site was built with (BASE_PATH, default /), always with a trailing slash. */
export const BASE = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error(`No built site in ${DIST}/: run \`npm run build\` first (the test command does).`);
}

/** Every HTML file in dist, as paths relative to dist. */
export function htmlFiles(dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith('.html')) out.push(relative(DIST, path));
  }
  return out.sort();
}

const cache = new Map<string, HTMLElement>();

/** Parses a built page; `file` is relative to dist, e.g. `articles/x/index.html`. */
export function page(file: string): HTMLElement {
  let root = cache.get(file);
  if (!root) {
    root = parse(readFileSync(join(DIST, file), 'utf8'));
    cache.set(file, root);
  }
  return root;
}

/** Normalises text for comparison: one kind of space, collapsed. */
export function norm(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The reading text of an element: without ¶ links and correction markers, normalised. */
export function readingText(el: HTMLElement): string {
  // A space at the end of each block, so the text of two table cells or list items never runs together.
  const copy = parse(el.outerHTML.replace(/<\/(td|th|li|p|h[1-6]|div|dd|dt)>/g, ' </$1>'));
  for (const annotation of copy.querySelectorAll('.pilcrow, .correction-ref, .correction-correct')) annotation.remove();
  return norm(copy.textContent);
}
