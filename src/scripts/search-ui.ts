/**
 * Our additions to Pagefind's Component UI, loaded with it: the modal, the alias-aware actor card
 * that stands above the results, and `?q=` on the search page (read on load, kept in sync, so a
 * search is a shareable URL).
 */
import { actorForQuery, queryMatcher, type SearchTerm } from '../lib/search/actor-match.ts';
import { RESULT_TEMPLATE } from '../lib/search/result-template.ts';

type Instance = { on(event: string, cb: (value: unknown) => void, owner?: unknown): void; triggerSearch(term: string): void };
type Components = { getInstanceManager(): { getInstance(name?: string): Instance } };
type ActorData = { actors: Record<string, { name: string; kind: string; description: string }>; terms: SearchTerm[] };

const components = (): Components => (window as unknown as { PagefindComponents: Components }).PagefindComponents;


/** Creates an element with attributes and children. */
function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** A results element with our template. */
function results(): HTMLElement {
  const template = el('script', { type: 'text/pagefind-template' });
  template.textContent = RESULT_TEMPLATE;
  return el('pagefind-results', {}, template);
}

let modal: (HTMLElement & { open(): void }) | undefined;

/** The search modal, created on first use. */
export function searchModal(base: string): HTMLElement & { open(): void } {
  if (!modal) {
    const config = el('pagefind-config', { 'bundle-path': `${base}pagefind/`, 'base-url': base, 'highlight-param': 'pagefind-highlight' });
    modal = el(
      'pagefind-modal',
      { 'reset-on-close': '' },
      el('pagefind-modal-header', {}, el('pagefind-input', { placeholder: 'Search actors, explainers, articles…' })),
      el('pagefind-modal-body', {}, el('actor-card'), el('pagefind-summary'), results()),
      el('pagefind-modal-footer', {}, el('pagefind-keyboard-hints'), el('a', { href: `${base}search/`, class: 'search-page-link' }, 'Filters and a shareable link: the search page')),
    ) as HTMLElement & { open(): void };
    document.body.append(config, modal);
  }
  return modal;
}

let actorData: Promise<ActorData> | undefined;

/** <actor-card>: when the query names an actor, by any alias, its card stands above the results. */
class ActorCard extends HTMLElement {
  connectedCallback(): void {
    this.setAttribute('aria-live', 'polite');
    const base = document.documentElement.dataset['base'] ?? '/';
    actorData ??= fetch(`${base}search/actors.json`).then((r) => r.json() as Promise<ActorData>);
    const matcher = actorData.then((d) => queryMatcher(d.terms));
    components()
      .getInstanceManager()
      .getInstance('default')
      .on(
        'search',
        async (term) => {
          const [data, m] = await Promise.all([actorData!, matcher]);
          const slug = actorForQuery(String(term ?? ''), m);
          const actor = slug ? data.actors[slug] : undefined;
          this.replaceChildren();
          if (!slug || !actor) return;
          this.append(
            el(
              'a',
              { class: 'actor-card', href: `${base}actors/${slug}/`, 'data-actor': slug },
              el('span', { class: 'actor-card-label' }, `Glossary · ${actor.kind}`),
              el('strong', {}, actor.name),
              el('span', { class: 'actor-card-text' }, actor.description),
            ),
          );
        },
        this,
      );
  }
}
if (!customElements.get('actor-card')) customElements.define('actor-card', ActorCard);

/** On the search page: run `?q=` and keep the address in step with the query. */
export function syncQueryParam(): void {
  const instance = components().getInstanceManager().getInstance('default');
  const q = new URLSearchParams(location.search).get('q');
  instance.on('search', (term) => {
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', String(term));
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
  // The input shows the term itself: it listens for searches it did not start.
  if (q) instance.triggerSearch(q);
}
