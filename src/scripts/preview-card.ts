/**
 * The glossary preview card, loaded by link-previews.ts on the first preview a reader asks for
 * (with the previews' data): the actor's name, kind and description with a link to its entry, the
 * link's description for screen readers, below the link or above it when the screen ends first,
 * never past either side. The position is set through CSSOM (the CSP forbids style attributes in
 * markup, not CSSOM changes). It closes when the pointer or the focus moves on, on a tap or click
 * elsewhere and with Esc.
 */

/** One actor's preview, as /actors/previews.json gives it. */
type Preview = { name: string; kind: string; description: string };

let data: Promise<Record<string, Preview>> | undefined;
let card: HTMLElement | undefined;
/** The link whose preview is shown (or about to be). */
let current: HTMLAnchorElement | undefined;
let timer = 0;

/** Whether `link`'s preview is the one shown (or about to be). */
export const isCurrent = (link: Element): boolean => link === current;

/** Closes the preview. */
export function hide(): void {
  clearTimeout(timer);
  if (card) card.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = undefined;
}

/** Closes the preview after a moment, so the pointer can cross into it. */
export function hideSoon(): void {
  clearTimeout(timer);
  timer = window.setTimeout(hide, 200);
}

/** Shows `link`'s preview after `delay` ms (hovering) or at once (focus, tap). */
export function showSoon(link: HTMLAnchorElement, delay: number): void {
  clearTimeout(timer);
  timer = window.setTimeout(() => void show(link), delay);
}

/**
 * The page's one card: a tooltip, kept out of the search index, inside the main landmark (as all
 * content must be) but placed in page coordinates, since `main` is not positioned.
 */
function createCard(): HTMLElement {
  const c = document.createElement('div');
  c.id = 'link-preview';
  c.className = 'link-preview';
  c.setAttribute('role', 'tooltip');
  c.setAttribute('data-pagefind-ignore', '');
  c.addEventListener('pointerleave', hideSoon);
  c.addEventListener('pointerenter', () => clearTimeout(timer));
  (document.querySelector('main') ?? document.body).append(c);
  return c;
}

async function show(link: HTMLAnchorElement): Promise<void> {
  const slug = link.dataset['actor'];
  if (!slug) return;
  current?.removeAttribute('aria-describedby');
  current = link;
  data ??= fetch(new URL('../previews.json', link.href)).then((r) => (r.ok ? r.json() : {}));
  const preview = (await data.catch((): Record<string, Preview> => ({})))[slug];
  // The reader may have moved on while the data loaded.
  if (!preview || current !== link) return;
  card ??= createCard();
  const name = document.createElement('strong');
  name.textContent = preview.name;
  const kind = document.createElement('span');
  kind.className = 'preview-kind';
  kind.textContent = preview.kind;
  const text = document.createElement('p');
  text.textContent = preview.description;
  const more = document.createElement('a');
  more.href = link.href;
  more.textContent = `More about ${preview.name}`;
  card.replaceChildren(name, ' ', kind, text, more);
  card.hidden = false;
  const box = link.getBoundingClientRect();
  const height = card.offsetHeight;
  const above = box.bottom + 6 + height > innerHeight && box.top - 6 - height > 0;
  card.style.top = `${scrollY + (above ? box.top - 6 - height : box.bottom + 6)}px`;
  card.style.left = `${scrollX + Math.max(8, Math.min(box.left, document.documentElement.clientWidth - card.offsetWidth - 8))}px`;
  link.setAttribute('aria-describedby', card.id);
}

/** Whether the pointer or the focus moving to `to` leaves the preview (anywhere but into the card). */
export const leaves = (to: EventTarget | null): boolean => !card?.contains(to as Node);

// A tap or click anywhere but the preview and its link closes it; so does Esc, giving the link the focus.
addEventListener(
  'pointerdown',
  (e) => {
    const target = e.target as Node;
    if (current && leaves(target) && !current.contains(target)) hide();
  },
  true,
);
addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && current) {
    const link = current;
    hide();
    link.focus();
  }
});
