/**
 * The "copy link" after a cited sentence of an explainer (`<copy-link><a>`, the
 * element placing the link). Without JavaScript it is a plain link to the sentence's anchor (the
 * address bar then holds the link to share). With it, a click copies the sentence's full address
 * instead, says so beside the link (`data-copied` on its `<copy-link>`) and to screen readers, and
 * leaves the page where it is. One listener for the page, rather than one per sentence. A click with a modifier key, or a browser
 * without the clipboard, still follows the link; so does one whose clipboard refuses.
 */

/** How long "Link copied" stays beside the link, in milliseconds. */
const SHOWN_FOR = 2000;
let timer = 0;

addEventListener('click', (e) => {
  const link = (e.target as Element).closest?.<HTMLAnchorElement>('copy-link > a');
  if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || !navigator.clipboard?.writeText) return;
  e.preventDefault();
  navigator.clipboard.writeText(link.href).then(
    () => {
      // One polite live region for the whole page, so each copy is announced once.
      let status = document.getElementById('copy-link-status');
      if (!status) {
        status = Object.assign(document.createElement('p'), { id: 'copy-link-status', className: 'visually-hidden' });
        status.setAttribute('role', 'status');
        document.body.append(status);
      }
      for (const other of document.querySelectorAll<HTMLElement>('[data-copied]')) delete other.dataset['copied'];
      const box = link.parentElement!;
      box.dataset['copied'] = '';
      status.textContent = 'Link to this sentence copied.';
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        delete box.dataset['copied'];
        status.textContent = '';
      }, SHOWN_FOR);
    },
    () => location.assign(link.href),
  );
});

// A module, so its names stay its own.
export {};
