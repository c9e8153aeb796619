/**
 * Loads search only when the reader starts to search: Ctrl/⌘+K or the header's Search link opens
 * Pagefind's Component UI in a modal, loading its code and styles at that moment. A reading page
 * ships only this loader. Where search cannot work (no index in `astro dev`, offline) it says so
 * plainly instead of failing. (A page opened from file:// runs no module script, this one included;
 * there its Search link is a plain link to the search page.) Arriving from a result, the searched
 * terms are marked on the page by our own small script (no Pagefind file).
 */
import { HIGHLIGHT_PARAM } from '../lib/search/options.ts';

const base = document.documentElement.dataset['base'] ?? '/';
const bundle = `${base}pagefind/`;
let ready: Promise<typeof import('./search-ui.ts')> | undefined;

/**
 * Adds a stylesheet or a classic script and waits for it. `onLoad` runs in the load event itself,
 * right after the script ran and before anything it started can finish.
 */
function add(tag: 'link' | 'script', url: string, onLoad?: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const el = document.createElement(tag);
    if (el instanceof HTMLLinkElement) Object.assign(el, { rel: 'stylesheet', href: url });
    else Object.assign(el, { src: url });
    el.addEventListener('load', () => {
      onLoad?.();
      resolve();
    });
    el.addEventListener('error', () => reject(new Error(`could not load ${url}`)));
    document.head.append(el);
  });
}

/** Why search cannot run here, in words for the reader, or undefined when it can. */
async function problem(): Promise<string | undefined> {
  try {
    const response = await fetch(`${bundle}pagefind-entry.json`);
    if (response.ok) return undefined;
    return 'There is no search index here (`astro dev` builds none). Run `npm start` to build and serve the site with it.';
  } catch {
    return 'Search could not load: you may be offline. The pages, the glossary and the explainers still work.';
  }
}

/** Shows a plain message in a dialog instead of search. */
function explain(message: string): void {
  const dialog = document.createElement('dialog');
  dialog.className = 'search-problem';
  dialog.setAttribute('aria-labelledby', 'search-problem-title');
  const title = document.createElement('h2');
  title.id = 'search-problem-title';
  title.textContent = 'Search is not available';
  const text = document.createElement('p');
  text.textContent = message;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.addEventListener('click', () => dialog.close());
  dialog.append(title, text, close);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}

/**
 * Loads the Component UI and our additions to it, once, and resolves to our additions. Ours load
 * first, so the instance is configured (ranking, our elements) as soon as Pagefind's script has
 * run, before any search can start.
 */
export function loadSearch(): Promise<typeof import('./search-ui.ts')> {
  ready ??= (async () => {
    const why = await problem();
    if (why) throw new Error(why);
    const ui = await import('./search-ui.ts');
    await Promise.all([add('link', `${bundle}pagefind-component-ui.css`), add('script', `${bundle}pagefind-component-ui.js`, () => ui.configure())]);
    return ui;
  })();
  ready.catch(() => (ready = undefined));
  return ready;
}

/** Opens the search modal. */
async function open(): Promise<void> {
  let ui: typeof import('./search-ui.ts');
  try {
    ui = await loadSearch();
  } catch (error) {
    explain((error as Error).message);
    return;
  }
  ui.searchModal(base).open();
}

document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k' && !document.querySelector('dialog[open]')) {
    e.preventDefault();
    void open();
  }
});
document.addEventListener('click', (e) => {
  const link = (e.target as Element | null)?.closest?.('[data-search-open]');
  if (!link || e.ctrlKey || e.metaKey || e.shiftKey) return;
  e.preventDefault();
  void open();
});

// Arriving from a search result: mark the words searched for.
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import('./search-highlight.ts').then((m) => m.highlight()).catch(() => undefined);
}
