/**
 * The theme switch: system (default), light or dark, remembered in localStorage. The button is
 * added by this script, so a reader without JavaScript never sees a switch that does nothing; the
 * page then simply follows the system theme. The remembered choice is applied before the page
 * paints by a one-line inline script (allowed by its hash in the CSP).
 */
const ORDER = ['system', 'light', 'dark'] as const;
type Theme = (typeof ORDER)[number];

function current(): Theme {
  const t = document.documentElement.dataset['theme'];
  return t === 'light' || t === 'dark' ? t : 'system';
}

function apply(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
  try {
    if (theme === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', theme);
  } catch {
    // Private mode: the choice lasts for this page.
  }
}

const slot = document.getElementById('theme-switch');
if (slot && slot.childElementCount === 0) {
  const button = document.createElement('button');
  button.type = 'button';
  const label = (): void => {
    button.textContent = `Theme: ${current()}`;
  };
  button.addEventListener('click', () => {
    apply(ORDER[(ORDER.indexOf(current()) + 1) % ORDER.length] as Theme);
    label();
  });
  label();
  slot.append(button);
}
