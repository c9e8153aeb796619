/**
 * The markup of citations, as hast: the numbered marker, the notes list (which a marker's tooltip
 * is made from), and the inline source reference of data (key facts, events) with its tooltip.
 * One renderer for the citations plugin and the components, so a citation reads the same wherever
 * it appears — including its correction mark: quoted words that a correction says are wrong or
 * unconfirmed are marked in every tooltip and note, with what is right.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { MARK_LABEL, RELIABILITY_LABEL, type CiteView } from './cite-view.ts';
import { MARK_WORD, worstStatus } from './corrections.ts';
import { anchors } from './paths.ts';

/** A hast element. */
export function el(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

const text = (value: string): ElementContent => ({ type: 'text', value });

/** The quoted words, marked when a correction touches them. */
function quoted(view: Extract<CiteView, { kind: 'article' }>): ElementContent[] {
  const worst = worstStatus(view.marks.map((m) => m.status));
  const words = text(view.quote);
  return [el('q', {}, [worst ? el('mark', { className: ['correction-mark', worst] }, [words]) : words])];
}

/** The correction notes after a marked quote: "This passage is wrong: …". */
function markNotes(view: CiteView, withLinks: boolean): ElementContent[] {
  return view.marks.flatMap((m) => [
    text(' '),
    withLinks
      ? el('a', { href: m.href, className: ['note-correction', m.status] }, [text(`${MARK_LABEL[m.status]}: ${m.text}`)])
      : el('span', { className: ['tip-correction', m.status] }, [text(`${MARK_LABEL[m.status]}: ${m.text}`)]),
  ]);
}

/**
 * What a tooltip says: who, the source, the quote (marked) or the outside fact. Beside a source's
 * label, which names the source already, the tooltip leaves the name out (`named`).
 */
export function tipContent(view: CiteView, named = false): ElementContent[] {
  if (view.kind === 'outside') return [text(named ? `It supports: ${view.text}` : `${view.label}. It supports: ${view.text}`)];
  const who = view.by ? `According to ${view.by}` : '';
  const lead = named ? (who ? `${who}: ` : '') : `${who ? `${who}. ` : ''}${view.label}: `;
  return [...(lead ? [text(lead)] : []), ...quoted(view), ...markNotes(view, false)];
}

/**
 * The numbered marker of a citation in running text, described by its note. The page carries what
 * a marker's tooltip says once, in the note (a long explainer cites one passage many times); the
 * tooltip is made from the note when the marker is first hovered, focused or tapped
 * (src/scripts/cite-tips.ts). Without JavaScript the marker still leads to the source paragraph
 * and its number to the note. Its name is its number, as shown ("[3]"): its description, the note,
 * says what the source is, so a name like "Source 3" would only repeat on every marker.
 */
export function markerHast(view: CiteView, n: number, k: number): Element {
  return el('sup', { className: ['cite'] }, [el('a', { href: view.href, id: anchors.noteRef(n, k), ariaDescribedBy: [anchors.note(n)] }, [text(`[${n}]`)])]);
}

/** The warning after a claim whose every citation is a low-reliability source. */
export function lowSourceHast(): Element {
  return el('span', { className: ['low-source'] }, [text('low-reliability source only')]);
}

/** One note's source and each of its quotes, with the marker its way back leads to (`back`: that quote's first citation). */
export interface NoteView {
  n: number;
  /** The note's source paragraph or outside fact: what the first citation of it shows. */
  view: CiteView;
  quotes: readonly { view: CiteView; back: number }[];
}

/**
 * The way back from a quote in a note to the marker that cites it: in the context of its note, so
 * its accessible name can be short. Tooltips made from a note leave it out (cite-tips.ts finds it
 * by its `#ref-` link).
 */
function backRef(n: number, k: number): Element {
  return el('a', { href: `#${anchors.noteRef(n, k)}`, ariaLabel: 'Back to the text' }, [text('↩')]);
}

/**
 * The notes section at the end of a page: one note per source paragraph or outside fact, which
 * names the source once, then each quote cited from it (with who says it and its correction
 * marks), each with its way back to the text. `reliability`: each note says its article's
 * reliability; off on a page whose list of sources gives it once per article, with its badge (an
 * explainer), so that its notes do not repeat it.
 */
export function notesHast(notes: readonly NoteView[], reliability = true): Element {
  const items = notes.map(({ n, view, quotes }) => {
    const parts: ElementContent[] = [el('a', { href: view.href }, [text(view.label)])];
    if (view.kind === 'outside') {
      parts.push(text(`. It supports: ${view.text} `), backRef(n, quotes[0]?.back ?? 1));
    } else {
      parts.push(text(reliability ? ` (${RELIABILITY_LABEL[view.reliability]}): ` : ': '));
      quotes.forEach(({ view: q, back }, i) => {
        if (q.kind !== 'article') return;
        if (i > 0) parts.push(text('; '));
        if (q.by) parts.push(text(`according to ${q.by}, `));
        parts.push(...quoted(q), ...markNotes(q, true), text(' '), backRef(n, back));
      });
    }
    return el('li', { id: anchors.note(n) }, parts);
  });
  return el('section', { className: ['notes'], ariaLabelledBy: ['notes-heading'], dataPagefindIgnore: '' }, [el('h2', { id: 'notes-heading' }, [text('Notes')]), el('ol', {}, items)]);
}

/**
 * A compact citation, for a short answer: a lettered marker like a note's, with the same tooltip,
 * linking straight to the source (a short answer has no notes of its own).
 */
export function compactRefHast(view: CiteView, id: string, label: string, lowOnly = false): Element {
  return el('sup', { className: ['cite', 'compact'] }, [
    el('a', { href: view.href, ariaDescribedBy: [id] }, [text(`[${label}]`)]),
    el('span', { className: ['cite-tip'], id, role: 'tooltip' }, tipContent(view)),
    ...(lowOnly ? [lowSourceHast()] : []),
  ]);
}

/** The flag beside a source whose quoted words a correction marks: "corrected", "unconfirmed". */
export function correctionFlag(statuses: readonly CiteView['marks'][number]['status'][]): ElementContent[] {
  const worst = worstStatus(statuses);
  return worst ? [text(' '), el('mark', { className: ['correction-flag', worst] }, [text(MARK_WORD[worst])])] : [];
}

/**
 * A citation of data (a key fact, an event's source): the source's label as a link, and its
 * tooltip. `lowOnly`: this is the last citation of a claim whose every citation is a
 * low-reliability article, so the warning follows it.
 */
export function sourceRefHast(view: CiteView, id: string, lowOnly = false): Element {
  return el('span', { className: ['source-ref'] }, [
    el('a', { href: view.href, ariaDescribedBy: [id] }, [text(view.label)]),
    ...(lowOnly ? [lowSourceHast()] : []),
    ...correctionFlag(view.marks.map((m) => m.status)),
    el('span', { className: ['cite-tip'], role: 'tooltip', id }, tipContent(view, true)),
  ]);
}
