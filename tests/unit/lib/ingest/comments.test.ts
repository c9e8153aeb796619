import { describe, expect, it } from 'vitest';
import { isCommentControl } from '../../../../src/lib/ingest/comments.ts';
import { parseSeed } from '../../../../src/lib/ingest/parse.ts';

/** A short article about a village fete, then whatever the test puts after it. */
const ARTICLE = [
  'Village fete raises record sum for the church roof',
  'Organisers of the Little Hatton fete said on Sunday that this year’s event had raised £8,400, the most in its 60-year history.',
  'The money will go towards replacing the lead on the roof of St Mary’s church, which was stolen two winters ago.',
  'A tug of war between the cricket club and the fire station drew the biggest crowd of the afternoon. The fire station won.',
  'It rained.',
  'Stalls selling jam, plants and second-hand books took more than half of the total, the organisers said.',
];

/** The rule that removed each line of the text, or its fate when it stayed. */
function fates(lines: string[]): Record<string, string> {
  const article = parseSeed(lines.join('\n'))[0]!;
  return Object.fromEntries(article.trace.map((t) => [t.text, t.rule ?? t.fate]));
}

describe('the comment section', () => {
  it('removes a header, its controls and readers’ comments written under a name and a time', () => {
    const f = fates([
      ...ARTICLE,
      'Have your say',
      'Showing 1-2 of 19 comments',
      'Sort by newest',
      'joan_the_baker · 40 mins ago',
      'Best Victoria sponge I have had in years. Well done to everyone who baked.',
      'Reply | Report | 6 likes',
      'Pete Arkwright · 2 hours ago',
      'Shame about the weather.',
      'It was still worth going, and the children loved the dog show.',
      'Reply | Report',
      'Load more',
    ]);
    for (const line of ['Have your say', 'Showing 1-2 of 19 comments', 'Sort by newest', 'joan_the_baker · 40 mins ago', 'Reply | Report | 6 likes', 'Load more']) {
      expect(f[line], line).toBe('comments');
    }
    expect(f['Best Victoria sponge I have had in years. Well done to everyone who baked.']).toBe('comments');
    expect(f['It was still worth going, and the children loved the dog show.']).toBe('comments');
    expect(f['It rained.']).toBe('kept');
  });

  it('knows other wordings: a debate, "Posted by" above a comment, a count of more to load', () => {
    const f = fates([...ARTICLE, 'Join the debate', 'Posted by hattonhound', 'Could we have the dog show earlier next year? It clashed with the raffle.', 'Recommend (4)', 'Load 10 more']);
    for (const line of ['Join the debate', 'Posted by hattonhound', 'Could we have the dog show earlier next year? It clashed with the raffle.', 'Recommend (4)', 'Load 10 more']) {
      expect(f[line], line).toBe('comments');
    }
  });

  it('removes the invitations of an empty section: "Be the first to comment", "Log in to comment"', () => {
    const f = fates([...ARTICLE, 'Conversation', 'No comments yet', 'Be the first to comment.', 'Log in to comment']);
    for (const line of ['Conversation', 'No comments yet', 'Be the first to comment.', 'Log in to comment']) expect(f[line], line).toBe('comments');
  });

  it('removes a closed section and what follows it up to the footer', () => {
    const f = fates([...ARTICLE, 'Commenting has been disabled for this article.', 'Sort by', 'Most read', 'Jam makers fear sugar shortage']);
    expect(f['Commenting has been disabled for this article.']).toBe('comments');
    expect(f['Sort by']).toBe('comments');
    expect(f['Jam makers fear sugar shortage']).toMatch(/^(?:after-article|teaser)$/);
  });

  it('takes a comment closed by its Reply button for a comment even without a name above it', () => {
    const f = fates([...ARTICLE, '2 comments', 'Lovely to see the fete doing so well after the last few years.', 'Reply', 'Flag']);
    expect(f['Lovely to see the fete doing so well after the last few years.']).toBe('comments');
  });

  it('removes the section’s moderation and house-rules notices, which read as sentences', () => {
    const f = fates([...ARTICLE, 'Comments (4)', 'Comments are reviewed before they are published. Please follow our community guidelines.', 'Your comment will appear once approved.']);
    expect(f['Comments are reviewed before they are published. Please follow our community guidelines.']).toBe('comments');
    expect(f['Your comment will appear once approved.']).toBe('comments');
  });

  it('ends at the footer: a sentence after the section is kept and checked, not removed as a comment', () => {
    const article = parseSeed(
      [...ARTICLE, '3 comments', 'Sort by oldest', 'Ann M.', '1 hour ago', 'Great turnout this year.', 'Reply', 'The fete committee meets again in September to plan next year’s event.'].join('\n'),
    )[0]!;
    expect(article.checks.map((c) => c.text)).toEqual(['The fete committee meets again in September to plan next year’s event.']);
  });

  it('opens nothing at a comment count in the share bar under the first paragraph, with more of the article after it', () => {
    const f = fates([ARTICLE[0]!, ARTICLE[1]!, 'Share', '12 comments', 'Like', ...ARTICLE.slice(2), 'Reply']);
    for (const line of ARTICLE.slice(1)) expect(f[line], line).toBe('kept');
    expect(f['12 comments']).not.toBe('comments');
  });

  it('opens nothing when the lines after a header read as the article and show no thread', () => {
    const f = fates([ARTICLE[0]!, ARTICLE[1]!, 'Comments', ...ARTICLE.slice(2)]);
    for (const line of ARTICLE.slice(1)) expect(f[line], line).toBe('kept');
  });
});

describe('comment controls', () => {
  it('knows a thread’s buttons, counts and sort orders, alone or in a row', () => {
    for (const control of [
      'Report this comment',
      'Flag as inappropriate',
      'Top comments',
      'Most recommended',
      'Oldest first','Reply', 'Report abuse', 'Like (3)', '12 likes', '4 replies', 'View 2 more replies', 'Older comments', 'Sort by: Top', 'Newest first', 'Most liked', 'Reply · Share · 2 points']) {
      expect(isCommentControl(control), control).toBe(true);
    }
  });

  it('takes no sentence or heading for a control', () => {
    for (const line of ['Reply to the council', 'Top of the league', 'The best of the summer', 'Likes and dislikes']) {
      expect(isCommentControl(line), line).toBe(false);
    }
  });
});
