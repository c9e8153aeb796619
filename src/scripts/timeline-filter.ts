/**
 * <timeline-filter>: the timeline's filters, enhanced. Without JavaScript every chip is a link to
 * its filter page and the compact switch is a checkbox that CSS alone obeys. With it:
 *
 * - on a page whose event list is marked `data-filterable` (a year, an actor's or a place's
 *   events…), the kind and grade chips filter that list in place — each chip shows how many of
 *   the list's events it keeps, a status line says what is shown and links to the chip's page
 *   across all years, and the choice is kept in the address (`?kind=us-strike&grade=confirmed`);
 *   chips of the page's own filter (`data-own`) stay links;
 * - the compact switch is remembered;
 * - an old link to an event on the single-page timeline (`timeline/#slug`) goes to the event's
 *   year page, looked up in `data-index` only when the page does not hold the event.
 * Loaded only on timeline pages.
 */
const COMPACT_KEY = 'timeline-compact';

class TimelineFilter extends HTMLElement {
  #chosen = new Map<string, string>();
  #items: HTMLElement[] = [];
  #chips: HTMLAnchorElement[] = [];

  connectedCallback(): void {
    this.#rememberCompact();
    void this.#followOldAnchor();
    this.#items = [...document.querySelectorAll<HTMLElement>('[data-filterable] > li')];
    if (this.#items.length === 0) return;
    const own = this.dataset['own'];
    for (const chip of this.querySelectorAll<HTMLAnchorElement>('a[data-filter]')) {
      const dim = chip.dataset['filter'] ?? '';
      if (dim === own) continue;
      const n = this.#items.filter((li) => li.dataset[dim] === chip.dataset['value']).length;
      const count = chip.querySelector('.n');
      if (count) count.textContent = String(n);
      if (n === 0) {
        (chip.closest('li') ?? chip).hidden = true;
        continue;
      }
      chip.setAttribute('role', 'button');
      chip.setAttribute('aria-pressed', 'false');
      chip.addEventListener('click', (e) => {
        e.preventDefault();
        this.#toggle(chip);
      });
      chip.addEventListener('keydown', (e) => {
        if (e.key === ' ') {
          e.preventDefault();
          this.#toggle(chip);
        }
      });
      this.#chips.push(chip);
    }
    const params = new URLSearchParams(location.search);
    for (const chip of this.#chips) {
      const dim = chip.dataset['filter'] ?? '';
      if (params.get(dim) === chip.dataset['value']) this.#chosen.set(dim, chip.dataset['value'] ?? '');
    }
    if (this.#chosen.size > 0) this.#apply();
  }

  /** Chooses a chip's value for its dimension, or clears it when it was chosen. */
  #toggle(chip: HTMLAnchorElement): void {
    const dim = chip.dataset['filter'] ?? '';
    const value = chip.dataset['value'] ?? '';
    if (this.#chosen.get(dim) === value) this.#chosen.delete(dim);
    else this.#chosen.set(dim, value);
    this.#apply();
  }

  /** Shows the events that match every choice, and says so. */
  #apply(): void {
    let shown = 0;
    for (const li of this.#items) {
      const match = [...this.#chosen].every(([dim, value]) => li.dataset[dim] === value);
      li.hidden = !match;
      if (match) shown += 1;
    }
    // A year heading with none of its events left is hidden with them.
    for (const section of document.querySelectorAll<HTMLElement>('section.year')) {
      section.hidden = !section.querySelector('[data-filterable] > li:not([hidden])');
    }
    const active = this.#chips.filter((c) => this.#chosen.get(c.dataset['filter'] ?? '') === c.dataset['value']);
    for (const chip of this.#chips) chip.setAttribute('aria-pressed', String(active.includes(chip)));
    const url = new URL(location.href);
    for (const dim of ['kind', 'grade']) url.searchParams.delete(dim);
    for (const [dim, value] of this.#chosen) url.searchParams.set(dim, value);
    history.replaceState(history.state, '', url);
    const status = this.querySelector<HTMLElement>('.tl-status');
    if (!status) return;
    status.replaceChildren();
    if (active.length === 0) return;
    const names = active.map((c) => c.dataset['label'] ?? '').join(', ');
    status.append(`Showing ${shown} of ${this.#items.length} events here: ${names}. `);
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.textContent = 'Show all';
    clear.addEventListener('click', () => {
      this.#chosen.clear();
      this.#apply();
    });
    status.append(clear);
    for (const chip of active) {
      const all = document.createElement('a');
      all.href = chip.href;
      all.textContent = `${chip.dataset['label'] ?? ''}, every year`;
      status.append(' ', all);
    }
  }

  /** Keeps the compact switch as the reader left it, on every timeline page. */
  #rememberCompact(): void {
    const box = this.querySelector<HTMLInputElement>('input.tl-compact');
    if (!box) return;
    try {
      box.checked = localStorage.getItem(COMPACT_KEY) === '1';
      box.addEventListener('change', () => localStorage.setItem(COMPACT_KEY, box.checked ? '1' : '0'));
    } catch {
      // Storage is off (private mode): the switch still works on this page.
    }
  }

  /** Sends an old `timeline/#slug` link on to the page that holds the event. */
  async #followOldAnchor(): Promise<void> {
    const index = this.dataset['index'];
    const id = decodeURIComponent(location.hash.slice(1));
    if (!index || !id || document.getElementById(id)) return;
    try {
      const where = ((await (await fetch(index)).json()) as Record<string, string>)[id];
      if (where) location.replace(where);
    } catch {
      // No index (offline): the reader stays on the overview, which links every year.
    }
  }
}

if (!customElements.get('timeline-filter')) customElements.define('timeline-filter', TimelineFilter);
