/**
 * Our additions to Pagefind's Component UI, loaded with it: the ranking options, the modal, the
 * alias-aware actor card that stands above the results (and the actor's entry first among them),
 * the keyboard (the card is the first arrow-key stop; Enter opens the selected result or the first
 * one), and `?q=` on the search page (read on load, kept in sync, so a search is a shareable URL).
 */
import '../styles/search.css';
import { nameInQuery, queryMatcher, type QueryMatcher, type QueryName, type SearchTerm } from '../lib/search/actor-match.ts';
import { hasActiveFilters, hoist } from '../lib/search/hoist.ts';
import { HIGHLIGHT_PARAM, RANKING } from '../lib/search/options.ts';
import { RESULT_TEMPLATE } from '../lib/search/result-template.ts';

/** A search result from Pagefind's JavaScript API. */
type Result = { id: string; data(): Promise<{ url: string; meta?: Record<string, string> }> };
/** What Pagefind's `search()` resolves to. */
type Response = { results: Result[] };
/** Pagefind's JavaScript API, as the Component UI holds it once loaded. */
type Pagefind = { search(term: string | null, options?: { filters?: Record<string, unknown>; sort?: unknown }): Promise<Response | null> };
/** The Component UI's instance: the public methods we use, and the loaded API it keeps. */
type Instance = {
  on(event: string, cb: (value: unknown) => void, owner?: unknown): void;
  triggerSearch(term: string): void;
  searchTerm?: string;
  /** Not public: Pagefind's API once loaded. Used only to put the named actor's entry first; see `putEntryFirst`. */
  __pagefind__?: Pagefind;
};
type Components = {
  getInstanceManager(): { getInstance(name?: string): Instance };
  configureInstance(name: string, options: Record<string, unknown>): Instance;
};
type ActorData = { actors: Record<string, { name: string; kind: string; description: string }>; terms: SearchTerm[] };

const components = (): Components => (window as unknown as { PagefindComponents: Components }).PagefindComponents;
const instance = (): Instance => components().getInstanceManager().getInstance('default');
const base = document.documentElement.dataset['base'] ?? '/';

/** Creates an element with attributes and children. */
function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

let names: Promise<{ data: ActorData; matcher: QueryMatcher }> | undefined;

/** The actors' names and the query matcher, fetched and built once. */
function actorNames(): Promise<{ data: ActorData; matcher: QueryMatcher }> {
  names ??= fetch(`${base}search/actors.json`)
    .then((r) => r.json() as Promise<ActorData>)
    .then((data) => ({ data, matcher: queryMatcher(data.terms) }));
  return names;
}

/**
 * Wraps the loaded Pagefind API so that a query that is an actor's name or alias (or one typed a
 * letter off) has that actor's entry first: the entry is found with a filter-only search and moved
 * up, or put first when Pagefind did not find it and no filter is set. The Component UI offers no
 * hook for reordering results, so this reaches into its (unexported) `__pagefind__`; if that ever
 * changes, the wrap is skipped and results keep Pagefind's order (which the ranking options
 * already tune to the same end).
 */
function putEntryFirst(ui: Instance): void {
  const pagefind = ui.__pagefind__;
  if (!pagefind || typeof pagefind.search !== 'function') return;
  const search = pagefind.search.bind(pagefind);
  pagefind.search = async (term, options = {}) => {
    const found = await search(term, options);
    if (!found || !term) return found;
    const { data, matcher } = await actorNames();
    const name = nameInQuery(term, matcher);
    const actor = name?.whole ? data.actors[name.actor] : undefined;
    if (!actor) return found;
    const entry = await search(null, { filters: { type: 'Actor', actor: actor.name } });
    const page = entry?.results.length === 1 ? entry.results[0] : undefined;
    return { ...found, results: hoist(found.results, page, { insert: !hasActiveFilters(options.filters) }) };
  };
}

/** The term of the latest results shown, so Enter can wait for the results of what was typed. */
let shownTerm: string | undefined;

/**
 * Configures the Component UI's instance, once, right after its script has run: ranking, our
 * elements, the entry-first wrap and the bookkeeping Enter needs. Called by the loader.
 */
export function configure(): void {
  if (customElements.get('actor-card')) return;
  const ui = components().configureInstance('default', { ranking: RANKING });
  void actorNames();
  let wrapped = false;
  // The instance announces its filters as soon as Pagefind has loaded, before it runs any search.
  ui.on('filters', () => {
    if (!wrapped) putEntryFirst(ui);
    wrapped = true;
  });
  ui.on('results', () => (shownTerm = ui.searchTerm));
  customElements.define('actor-card', ActorCard);
}

/** <actor-card>: when the query names an actor, by any alias, its card stands above the results. */
class ActorCard extends HTMLElement {
  /** The query the card last answered. */
  term: string | undefined;

  connectedCallback(): void {
    this.setAttribute('aria-live', 'polite');
    instance().on('search', (term) => void this.show(String(term ?? '')), this);
  }

  /** Shows the card of the actor `term` names, or nothing. */
  async show(term: string): Promise<void> {
    const { data, matcher } = await actorNames();
    const name = nameInQuery(term, matcher);
    const actor = name ? data.actors[name.actor] : undefined;
    this.replaceChildren();
    if (name && actor) this.append(card(name, actor, term));
    this.term = term;
  }
}

/** The card's link: label, name, description, and for a name typed a letter off, what it matched. */
function card(name: QueryName, actor: ActorData['actors'][string], term: string): HTMLElement {
  const label = el('span', { class: 'actor-card-label' }, `Glossary · ${actor.kind}`);
  if (name.fuzzy) label.append(el('span', { class: 'actor-card-near' }, ` · closest to “${term.trim()}”`));
  return el(
    'a',
    { class: 'actor-card', href: `${base}actors/${name.actor}/`, 'data-actor': name.actor },
    label,
    el('strong', {}, actor.name),
    el('span', { class: 'actor-card-text' }, actor.description),
  );
}

/** Resolves once `ready()` holds, checking every frame, or after `ms` with false. */
function until(ready: () => boolean, ms: number): Promise<boolean> {
  const deadline = performance.now() + ms;
  return new Promise((resolve) => {
    const check = (): void => {
      if (ready()) resolve(true);
      else if (performance.now() > deadline) resolve(false);
      else requestAnimationFrame(check);
    };
    check();
  });
}

/**
 * Enter in the search box: once the results of what is typed are shown, opens the actor's card
 * or else the first result (a result that is selected opens itself, as any link does).
 */
async function openFirst(root: HTMLElement, term: string): Promise<void> {
  if (!term.trim()) return;
  const cardEl = root.querySelector<HTMLElement & { term?: string }>('actor-card');
  await until(() => shownTerm === term && (!cardEl || cardEl.term === term), 5_000);
  const first = (): HTMLAnchorElement | null => root.querySelector('actor-card a') ?? root.querySelector('pagefind-results a.pf-result-link');
  if (await until(() => first() !== null, 2_000)) first()?.click();
}

/**
 * The keyboard in a search root (the modal or the search page): the card is the first arrow-key
 * stop between the search box and the results, and Enter in the box opens the first result. It
 * listens in the capture phase, before Pagefind's own handlers, and stops only the keys it handles.
 */
function keyboard(root: HTMLElement): void {
  root.addEventListener(
    'keydown',
    (e) => {
      if (e.isComposing || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const target = e.target as HTMLElement;
      const input = root.querySelector<HTMLInputElement>('pagefind-input input');
      const cardLink = root.querySelector<HTMLAnchorElement>('actor-card a');
      const firstResult = root.querySelector<HTMLAnchorElement>('pagefind-results a');
      const take = (next: HTMLElement | null | undefined): void => {
        e.preventDefault();
        e.stopPropagation();
        next?.focus();
      };
      if (target === input && e.key === 'Enter') {
        e.preventDefault();
        void openFirst(root, input.value);
      } else if (target === input && e.key === 'ArrowDown' && cardLink) take(cardLink);
      else if (target === cardLink && e.key === 'ArrowDown') take(firstResult ?? cardLink);
      else if (target === cardLink && e.key === 'ArrowUp') take(input);
      else if (target === firstResult && e.key === 'ArrowUp' && cardLink) take(cardLink);
    },
    true,
  );
}

/** A results element with our template. */
function results(): HTMLElement {
  const template = el('script', { type: 'text/pagefind-template' });
  template.textContent = RESULT_TEMPLATE;
  return el('pagefind-results', {}, template);
}

let modal: (HTMLElement & { open(): void }) | undefined;

/**
 * The search modal, created on first use. Pagefind's modal moves its children into a `<dialog>`
 * when it connects, and a header moved that way sets itself up twice (two close buttons on a
 * phone); so the modal connects with no content and ours goes straight into its dialog.
 */
export function searchModal(siteBase: string): HTMLElement & { open(): void } {
  if (!modal) {
    const config = el('pagefind-config', { 'bundle-path': `${siteBase}pagefind/`, 'base-url': siteBase, 'highlight-param': HIGHLIGHT_PARAM });
    modal = el('pagefind-modal', { 'reset-on-close': '' }, el('span', { hidden: '' })) as HTMLElement & { open(): void };
    document.body.append(config, modal);
    const dialog = modal.querySelector('dialog') ?? modal;
    dialog.replaceChildren(
      el('pagefind-modal-header', {}, el('pagefind-input', { placeholder: 'Search actors, explainers, articles…' })),
      el('pagefind-modal-body', {}, el('actor-card'), el('pagefind-summary'), results()),
      el('pagefind-modal-footer', {}, el('pagefind-keyboard-hints'), el('a', { href: `${siteBase}search/`, class: 'search-page-link' }, 'Filters and a shareable link: the search page')),
    );
    keyboard(modal);
  }
  return modal;
}

/** On the search page: the keyboard, and `?q=` run on load and kept in step with the query. */
export function searchPage(root: HTMLElement): void {
  keyboard(root);
  const ui = instance();
  const q = new URLSearchParams(location.search).get('q');
  ui.on('search', (term) => {
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', String(term));
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
  // The input shows the term itself: it listens for searches it did not start.
  if (q) ui.triggerSearch(q);
}
