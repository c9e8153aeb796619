/**
 * The theme switch in the header: system (default), light or dark, remembered in localStorage. The
 * button is in the markup but shown only on a page the inline theme script marked as having
 * JavaScript (`html.js`), so a reader without JavaScript never sees a switch that does nothing; the
 * page then simply follows the system theme. The remembered choice is applied before the page
 * paints by that one-line inline script (allowed by its hash in the CSP), which only ever sets
 * `data-theme` to light or dark.
 */
const root = document.documentElement;
const button = document.getElementById('theme-switch');
const show = (): void => {
  const label = button?.querySelector('.theme-label');
  if (label) label.textContent = `Theme: ${root.dataset['theme'] ?? 'system'}`;
};

// System, then light, then dark, then system again.
button?.addEventListener('click', () => {
  const next = root.dataset['theme'] === 'light' ? 'dark' : root.dataset['theme'] === 'dark' ? '' : 'light';
  if (next) root.dataset['theme'] = next;
  else delete root.dataset['theme'];
  try {
    if (next) localStorage.setItem('theme', next);
    else localStorage.removeItem('theme');
  } catch {
    // Private mode: the choice lasts for this page.
  }
  show();
});
show();
