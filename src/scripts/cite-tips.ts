/**
 * Citation tooltips that work on every input. A source's label (key facts, events) carries its
 * tooltip, which CSS shows on mouse hover and keyboard focus even without JavaScript. A numbered
 * marker is described by its note at the end of the page, and its tooltip is made from that note
 * the first time it is hovered, focused or tapped, so a page that cites one passage many times
 * carries its words once. Without JavaScript a marker leads to the source paragraph. With it:
 *
 * - a tooltip opens above its marker when there is no room below, and shifts left rather than run
 *   off the screen (through a class and a CSS custom property: the CSP forbids style attributes in
 *   markup, not CSSOM changes);
 * - Esc hides a tooltip without moving the pointer or the focus (WCAG 1.4.13);
 * - the first tap on a marker opens `<cite-sheet>` (cite-sheet.ts, loaded then), a bottom sheet
 *   with the quote and "Open source paragraph", instead of leaving the page. Where popovers are
 *   not supported, the tap follows the link as before.
 */

/** What a citation is: a numbered marker (`sup.cite`) or a source's label (`span.source-ref`). */
const REF = '.cite, .source-ref';
/** The link of a citation, which a tap would follow. */
const LINK = '.cite > a, .source-ref > a';

/** Whether the pointer that started the current click was a finger. */
let touch = false;
addEventListener('pointerdown', (e) => (touch = e.pointerType === 'touch'), true);

/**
 * The tooltip of a citation: its own, or one made from the note that describes its marker — the
 * note's words without its way back, its links as plain text (a tooltip is read, not followed).
 */
function tipOf(ref: Element | null | undefined): HTMLElement | undefined {
  let tip = ref?.querySelector<HTMLElement>('.cite-tip');
  const note = !tip && document.getElementById(ref?.querySelector('a')?.getAttribute('aria-describedby') ?? '');
  if (note) {
    tip = document.createElement('span');
    tip.className = 'cite-tip';
    tip.ariaHidden = 'true';
    // The note's markup is the site's own (cite-markup.ts): its ways back (`#ref-` links) go, its links keep their words.
    tip.innerHTML = note.innerHTML.replace(/ ?<a href="#ref-[^"]*"[^>]*>.*?<\/a>|<\/?a\b[^>]*>/g, '');
    ref!.append(tip);
  }
  return tip ?? undefined;
}

addEventListener('click', (e) => {
  const link = (e.target as Element).closest?.<HTMLAnchorElement>(LINK);
  const tip = tipOf(link?.parentElement);
  const tapped = touch;
  touch = false;
  if (!tapped || !link || !tip || !('showPopover' in link)) return;
  e.preventDefault();
  // The sheet's code loads on the first tap, so a page that is only read carries none of it.
  import('./cite-sheet.ts').then(
    (m) => m.openSheet(link, tip),
    () => location.assign(link.href),
  );
});

/** Places an open tooltip where it fits: above its marker near the bottom of the screen, never off its right edge. */
function place(e: Event): void {
  const ref = (e.target as Element).closest?.(REF);
  const tip = tipOf(ref);
  if (!ref || !tip) return;
  ref.classList.remove('up', 'shut');
  tip.style.setProperty('--tip-dx', '0px');
  const box = tip.getBoundingClientRect();
  // Hidden (display: none) when neither hovered nor focused: nothing to place.
  if (box.height === 0) return;
  if (box.bottom > innerHeight - 8 && ref.getBoundingClientRect().top > box.height + 16) ref.classList.add('up');
  const over = box.right - document.documentElement.clientWidth + 8;
  if (over > 0) tip.style.setProperty('--tip-dx', `${-Math.min(over, box.left - 8)}px`);
}
addEventListener('pointerover', place);
addEventListener('focusin', place);

addEventListener('keydown', (e) => {
  if (e.key === 'Escape') for (const ref of document.querySelectorAll(':is(.cite, .source-ref):is(:hover, :focus-within)')) ref.classList.add('shut');
});

// A module, so its names stay its own.
export {};
