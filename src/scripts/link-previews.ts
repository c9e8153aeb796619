/**
 * <link-previews>: Wikipedia-style previews for glossary links inside it. Hovering, focusing or
 * tapping an actor link (`a[data-actor]`) shows the actor's name, kind and one-sentence description without
 * leaving the page; screen readers get it as the link's description. The preview closes when the
 * focus or the pointer moves on (to the next citation too), on a tap elsewhere and with Esc; it
 * opens above the link when there is no room below. The card's code and data (preview-card.ts,
 * /actors/previews.json) load on the first interaction, so a page that is only read carries this
 * file alone. A switch in the footer turns previews off, and the choice is remembered. Without
 * JavaScript, the links simply work.
 */

const STORAGE_KEY = 'link-previews';
const isOff = (): boolean => {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'off';
  } catch {
    return false;
  }
};

type Card = typeof import('./preview-card.ts');
let card: Card | undefined;
let loading: Promise<Card> | undefined;
/** The link the reader is on while the card's code loads: it is shown only if they stay. */
let pending: HTMLAnchorElement | undefined;
/** Whether the pointer that started the current click was a finger. */
let touch = false;

/** The glossary link an event happened on, if it is inside a <link-previews>. */
const actorLink = (e: Event): HTMLAnchorElement | null | undefined => (e.target as Element).closest?.<HTMLAnchorElement>('link-previews a[data-actor]');

/** Shows the preview of the link `e` happened on, after `delay` ms, loading the card first if need be. */
function maybe(e: Event, delay: number): void {
  const link = actorLink(e);
  if (!link || isOff()) return;
  pending = link;
  loading ??= import('./preview-card.ts');
  void loading.then((m) => {
    card = m;
    if (pending === link) m.showSoon(link, delay);
  });
}

/** Closes the preview when the pointer or focus leaves its link for anything but the card. */
function leave(e: FocusEvent | PointerEvent, now: boolean): void {
  if (!actorLink(e)) return;
  pending = undefined;
  if (card?.leaves(e.relatedTarget)) (now ? card.hide : card.hideSoon)();
}

class LinkPreviews extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('pointerover', (e) => maybe(e, 250));
    this.addEventListener('focusin', (e) => maybe(e, 0));
    this.addEventListener('pointerout', (e) => leave(e, false));
    // Focus moving anywhere but into the preview closes it, the next link or citation included.
    this.addEventListener('focusout', (e) => leave(e, true));
    // On touch, the first tap shows the preview; a second tap on the same link follows it.
    this.addEventListener('click', (e) => {
      const link = actorLink(e);
      if (!link || isOff() || !touch || card?.isCurrent(link)) return;
      e.preventDefault();
      maybe(e, 0);
    });
  }
}

addEventListener('pointerdown', (e) => (touch = e.pointerType === 'touch'), true);

/**
 * The persistent on/off switch in the footer. The button is in the markup, shown (by the
 * stylesheet) only on a page with JavaScript and with previews; this labels it and makes it work.
 */
const toggle = document.getElementById('preview-switch');
const label = (): void => {
  toggle?.setAttribute('aria-pressed', String(!isOff()));
  if (toggle) toggle.textContent = `Link previews: ${isOff() ? 'off' : 'on'}`;
};
toggle?.addEventListener('click', () => {
  try {
    localStorage.setItem(STORAGE_KEY, isOff() ? 'on' : 'off');
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  card?.hide();
  label();
});
label();

if (!customElements.get('link-previews')) customElements.define('link-previews', LinkPreviews);

// A module, so its names stay its own.
export {};
