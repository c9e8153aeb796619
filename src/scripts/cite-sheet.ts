/**
 * <cite-sheet>: the bottom sheet the first tap on a citation opens (see cite-tips.ts, which loads
 * this module on that tap). It shows what the citation's tooltip says — who, the source, the quoted
 * words with any correction — and "Open source paragraph", the link the tap would have followed.
 * A popover: Esc, a tap outside and its Close button close it, and the focus goes back to the
 * marker. Positioned by the stylesheet alone (at the bottom of the screen).
 */
class CiteSheet extends HTMLElement {
  #quote = document.createElement('p');
  #open = document.createElement('a');
  /** The marker the sheet was opened from, which gets the focus back when it closes. */
  #from: HTMLElement | undefined;

  connectedCallback(): void {
    if (this.childElementCount > 0) return;
    this.popover = 'auto';
    this.setAttribute('role', 'dialog');
    this.setAttribute('aria-label', 'Source');
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Close';
    close.addEventListener('click', () => this.hidePopover());
    this.#open.textContent = 'Open source paragraph';
    const actions = document.createElement('p');
    actions.append(this.#open, close);
    this.append(this.#quote, actions);
    this.addEventListener('toggle', (e) => {
      if ((e as ToggleEvent).newState === 'closed') this.#from?.focus({ preventScroll: true });
    });
  }

  /** Shows what `tip` says about the source `link` points to, and focuses the way there. */
  show(link: HTMLAnchorElement, tip: Element): void {
    this.#quote.replaceChildren(...[...tip.childNodes].map((n) => n.cloneNode(true)));
    this.#open.href = link.href;
    this.#from = link;
    this.showPopover();
    this.#open.focus();
  }
}
if (!customElements.get('cite-sheet')) customElements.define('cite-sheet', CiteSheet);

/** Opens the page's sheet (made on first use) for a tapped citation. */
export function openSheet(link: HTMLAnchorElement, tip: Element): void {
  let sheet = document.querySelector<CiteSheet>('cite-sheet');
  if (!sheet) document.body.append((sheet = new CiteSheet()));
  sheet.show(link, tip);
}
