/**
 * <link-previews>: Wikipedia-style previews for glossary links inside it. Hovering, focusing or
 * tapping an `a.actor-link` shows the actor's name, kind and one-sentence description without
 * leaving the page; Esc closes it; screen readers get it as the link's description. The data is
 * one JSON file fetched on the first interaction. A switch in the footer turns previews off, and
 * the choice is remembered. Without JavaScript, the links simply work.
 */

type Preview = { name: string; kind: string; description: string };

const STORAGE_KEY = 'link-previews';
const isOff = (): boolean => {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'off';
  } catch {
    return false;
  }
};

let data: Promise<Record<string, Preview>> | undefined;

class LinkPreviews extends HTMLElement {
  #card: HTMLDivElement | undefined;
  #current: HTMLAnchorElement | undefined;
  #timer = 0;

  connectedCallback(): void {
    this.addEventListener('pointerover', (e) => this.#maybe(e, 250));
    this.addEventListener('focusin', (e) => this.#maybe(e, 0));
    this.addEventListener('pointerout', (e) => {
      if (this.#link(e) && !this.#card?.contains(e.relatedTarget as Node)) this.#hideSoon();
    });
    this.addEventListener('focusout', (e) => {
      if (!this.contains(e.relatedTarget as Node)) this.#hide();
    });
    // On touch, the first tap shows the preview; a second tap on the same link follows it.
    this.addEventListener('click', (e) => {
      const link = this.#link(e);
      if (!link || isOff() || (e as PointerEvent).pointerType !== 'touch' || this.#current === link) return;
      e.preventDefault();
      void this.#show(link);
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.#current) {
        const link = this.#current;
        this.#hide();
        link.focus();
      }
    });
    this.#addSwitch();
  }

  #link(e: Event): HTMLAnchorElement | undefined {
    const link = (e.target as Element | null)?.closest?.('a.actor-link');
    return link instanceof HTMLAnchorElement && this.contains(link) ? link : undefined;
  }

  #maybe(e: Event, delay: number): void {
    const link = this.#link(e);
    if (!link || isOff()) return;
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => void this.#show(link), delay);
  }

  async #show(link: HTMLAnchorElement): Promise<void> {
    const slug = link.dataset['actor'];
    if (!slug) return;
    data ??= fetch(new URL('../previews.json', link.href)).then((r) => (r.ok ? r.json() : {}));
    const preview = (await data.catch((): Record<string, Preview> => ({})))[slug];
    if (!preview) return;
    const card = (this.#card ??= this.#makeCard());
    card.replaceChildren();
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
    card.append(name, ' ', kind, text, more);
    const box = link.getBoundingClientRect();
    card.style.top = `${window.scrollY + box.bottom + 6}px`;
    card.style.left = `${Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - 344))}px`;
    card.hidden = false;
    this.#current?.removeAttribute('aria-describedby');
    link.setAttribute('aria-describedby', card.id);
    this.#current = link;
  }

  #makeCard(): HTMLDivElement {
    const card = document.createElement('div');
    card.id = 'link-preview';
    card.className = 'link-preview';
    card.setAttribute('role', 'tooltip');
    card.setAttribute('data-pagefind-ignore', '');
    card.hidden = true;
    card.addEventListener('pointerleave', () => this.#hideSoon());
    card.addEventListener('pointerenter', () => clearTimeout(this.#timer));
    document.body.append(card);
    return card;
  }

  #hideSoon(): void {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.#hide(), 200);
  }

  #hide(): void {
    clearTimeout(this.#timer);
    if (this.#card) this.#card.hidden = true;
    this.#current?.removeAttribute('aria-describedby');
    this.#current = undefined;
  }

  /** The persistent on/off switch, shown only where previews can work (with JavaScript). */
  #addSwitch(): void {
    const slot = document.getElementById('preview-switch');
    if (!slot || slot.childElementCount > 0) return;
    const button = document.createElement('button');
    button.type = 'button';
    const label = (): void => {
      button.setAttribute('aria-pressed', String(!isOff()));
      button.textContent = `Link previews: ${isOff() ? 'off' : 'on'}`;
    };
    button.addEventListener('click', () => {
      try {
        localStorage.setItem(STORAGE_KEY, isOff() ? 'on' : 'off');
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      this.#hide();
      label();
    });
    label();
    slot.append(button);
  }
}

if (!customElements.get('link-previews')) customElements.define('link-previews', LinkPreviews);
