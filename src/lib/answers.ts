/**
 * An explainer's short answer: its sentences, each with what supports it, or (while it awaits its
 * citations) one plain string. Pages, cards and feeds read it through these two functions.
 */
import type { Citation } from '../schemas/citation.ts';
import type { Explainer } from '../schemas/explainer.ts';

/** The short answer's sentences with their citations (none for a plain string). */
export function answerSentences(answer: Explainer['shortAnswer']): { text: string; cites: Citation[] }[] {
  return typeof answer === 'string' ? [{ text: answer, cites: [] }] : answer;
}

/** The short answer as plain text, for meta descriptions, cards and feeds. */
export function answerText(answer: Explainer['shortAnswer']): string {
  return answerSentences(answer)
    .map((s) => s.text.trim())
    .join(' ');
}
