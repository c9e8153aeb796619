/**
 * <copy-link>: the "copy link" affordance after a cited sentence of an explainer. Without
 * JavaScript it is a plain link to the sentence's anchor (the address bar then holds the link to
 * share). With it, a click copies the sentence's full address instead, says so beside the link
 * and to screen readers, and leaves the page where it is. A click with a modifier key, or a
 * browser without the clipboard, still follows the link.
 */

/** How long "Link copied" stays beside the link, in milliseconds. */
const SHOWN_FOR = 2000;

/** One polite live region for the whole page, so each copy is announced once. */
function liveRegion(): HTMLElement {
  let region = document.getElementById('copy-link-status');
  if (!region) {
    region = document.createElement('p');
    region.id = 'copy-link-status';
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  return region;
}

class CopyLink extends HTMLElement {
  #timer = 0;

  connectedCallback(): void {
    const link = this.querySelector('a');
    if (!link || !navigator.clipboard?.writeText) return;
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      const url = new URL(link.getAttribute('href') ?? '', location.href).href;
      navigator.clipboard.writeText(url).then(
        () => this.#done(),
        () => {
          // The clipboard refused (permissions): follow the link, so the address bar holds it.
          location.href = url;
        },
      );
    });
  }

  #done(): void {
    this.dataset['copied'] = '';
    liveRegion().textContent = 'Link to this sentence copied.';
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => {
      delete this.dataset['copied'];
      liveRegion().textContent = '';
    }, SHOWN_FOR);
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
