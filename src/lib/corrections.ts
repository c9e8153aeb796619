/**
 * Corrections: what an article gets wrong or leaves unconfirmed, as the editors record them in its
 * frontmatter. Shared by the remark plugin that marks the words and the page that lists them.
 */

/** The status of a correction: contradicted by a named source, or not confirmed by any. */
export type CorrectionStatus = 'wrong' | 'unconfirmed';

/** The part of a correction the marking plugin needs. */
export interface CorrectionMark {
  /** The article's words, quoted exactly; each is marked in the text. */
  quotes?: string[];
  /** Whether the words are wrong or only unconfirmed. */
  status: CorrectionStatus;
}

/** Readers' label for a status. */
export const STATUS_LABEL: Record<CorrectionStatus, string> = {
  wrong: 'Wrong',
  unconfirmed: 'Unconfirmed',
};
