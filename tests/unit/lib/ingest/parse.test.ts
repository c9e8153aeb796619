import { describe, expect, it } from 'vitest';
import { parseSeed, tableCells } from '../../../../src/lib/ingest/parse.ts';

/** Shorthand: parse and return the only article. */
function one(text: string) {
  const articles = parseSeed(text);
  expect(articles).toHaveLength(1);
  return articles[0]!;
}

const BODY = 'This is a long enough paragraph of article text that no furniture rule could ever match it.';

describe('furniture rules', () => {
  it('removes a stray token such as TT and reports it', () => {
    const a = one(`Title line here\n\n${BODY}\nTT\n${BODY} Again.`);
    expect(a.removals).toContainEqual({ line: 4, text: 'TT', rule: 'stray-token' });
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('removes a machine-translation notice by its interface words', () => {
    const a = one(`Title line here\n\nPowered by automated translation\n${BODY}`);
    expect(a.removals.map((r) => r.rule)).toEqual(['interface']);
  });

  it('removes advertisement labels, share, cookie and newsletter lines and teasers, and keeps the prose after them', () => {
    const a = one(
      ['Title line here', BODY, 'Advertisement', 'Share this article', 'We use cookies to improve your experience', 'Sign up for our newsletter', 'Read more: Another story about something', 'Related', `${BODY} Two.`].join('\n'),
    );
    expect(a.removals.map((r) => r.text)).toEqual(['Advertisement', 'Share this article', 'We use cookies to improve your experience', 'Sign up for our newsletter', 'Read more: Another story about something', 'Related']);
    expect(a.removals.every((r) => r.rule === 'interface' || r.rule === 'teaser')).toBe(true);
    expect(a.blocks).toHaveLength(2);
  });

  it('reports the class scores of every line the classifier removed', () => {
    const a = one(`Title line here\n\n${BODY}\nAdvertisement\n${BODY} Two.`);
    expect(a.removals[0]).toMatchObject({ text: 'Advertisement', rule: 'interface', scores: { cls: 'bad' } });
    expect(a.removals[0]!.scores!.furniture).toBeGreaterThan(a.removals[0]!.scores!.text);
  });

  it('removes a comment form from "Leave a Reply" to the end of the article', () => {
    const a = one(
      [BODY, 'Leave a Reply', 'Fill in your details below or click an icon to log in:', 'WordPress.com Logo', 'You are commenting using your WordPress.com account. Log Out /  Change )', 'Connecting to %s'].join('\n\n'),
    );
    expect(a.removals.map((r) => r.rule)).toEqual(Array(5).fill('comments'));
    expect(a.blocks).toHaveLength(1);
  });

  it('removes a comment thread, prose and all, once its replies show it is one', () => {
    const a = one([`Title line here`, BODY, `${BODY} Two.`, '3 Comments', 'Sam Field says:', 'I think this article is wrong about almost everything it says, frankly.', 'Reply'].join('\n'));
    expect(a.removals.map((r) => r.rule)).toEqual(['comments', 'comments', 'comments', 'comments']);
    expect(a.blocks).toHaveLength(2);
  });

  it('keeps one copy of a repeated caption as a figure with its credit', () => {
    const caption = 'This image from video provided by the Department of Defense shows an airstrike, in eastern Syria. (Department of Defense via AP)';
    const a = one(`Title line here\n\n${caption}\n${caption}\n\n${BODY}`);
    expect(a.figures).toEqual([{ caption: 'This image from video provided by the Department of Defense shows an airstrike, in eastern Syria.', credit: 'Department of Defense via AP', line: 3 }]);
    expect(a.removals.map((r) => r.rule)).toEqual(['photo-caption', 'duplicate-line']);
  });

  it('splits an agency credit and its licensing note off a caption', () => {
    const a = one(`Title line here\n\nA hole left after an air strike is seen in Qaim, Iraq, December 30, 2019.  REUTERS/Stringer NO RESALES. NO ARCHIVES.\n${BODY}`);
    expect(a.figures[0]).toMatchObject({ credit: 'REUTERS/Stringer', licensing: 'NO RESALES. NO ARCHIVES.' });
    expect(a.removals.map((r) => r.rule)).toEqual(['photo-caption', 'agency-licensing-note']);
  });

  it('takes a caption glued to the end of a paragraph out of the paragraph', () => {
    const a = one(`Title line here\n\nFirst sentence of the paragraph. Men wave flags during a parade in Baghdad. July 25, 2014 (credit: THAIER AL-SUDANI/REUTERS)\n${BODY}`);
    expect(a.figures[0]).toMatchObject({ caption: 'Men wave flags during a parade in Baghdad. July 25, 2014', credit: 'THAIER AL-SUDANI/REUTERS' });
    expect(a.blocks[0]).toMatchObject({ kind: 'paragraph', text: 'First sentence of the paragraph.' });
  });

  it('reads a leading "date YYYY-MM-DD" token as the stated date and keeps the text after it', () => {
    const a = one(` date 2023-12-26 The US carried out airstrikes overnight. More text follows here.\n\n${BODY}`);
    expect(a.statedDate).toBe('2023-12-26');
    expect(a.removals[0]).toEqual({ line: 1, text: 'date 2023-12-26', rule: 'date-metadata' });
    expect(a.title).toMatchObject({ text: 'The US carried out airstrikes overnight', source: 'first-sentence' });
    expect(a.blocks[0]).toMatchObject({ text: 'The US carried out airstrikes overnight. More text follows here.' });
  });

  it('keeps a short sentence between furniture, and reports it as "check"', () => {
    const a = one(`Title line here\n\n${BODY}\n${BODY} Two.\nAdvertisement\nHe declined to comment.\nShare\n${BODY} Three.\n${BODY} Four.`);
    expect(a.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toContain('He declined to comment.');
    expect(a.checks.map((c) => c.text)).toEqual(['He declined to comment.']);
  });

  it('never removes a long line of prose that happens to start like furniture', () => {
    const long = 'Share prices fell sharply in Baghdad on Monday as investors reacted to the strikes and to the threat of further escalation in the region.';
    const a = one(`Title line here\n\n${long}\n${BODY}`);
    expect(a.removals).toEqual([]);
  });
});

describe('structure', () => {
  it('recognises the title and a standfirst under it', () => {
    const a = one(`US strikes send warning to militias\n\nWashington hit the group in Iraq and Syria on Sunday after a rocket attack\n\n${BODY}`);
    expect(a.title).toEqual({ text: 'US strikes send warning to militias', source: 'first-line', line: 1 });
    expect(a.standfirst).toEqual({ text: 'Washington hit the group in Iraq and Syria on Sunday after a rocket attack', line: 3 });
  });

  it('derives the title from the first sentence when the text has no title line', () => {
    const a = one(`${BODY}\n${BODY} More.`);
    expect(a.title.source).toBe('first-sentence');
    expect(a.blocks).toHaveLength(2);
  });

  it('recognises short lines without a full stop as headings', () => {
    const a = one(`Title line here\n\n${BODY}\n\nWHO ARE THESE GROUPS?\n\n${BODY} B.\nWhat Happens Next?\n${BODY} C.`);
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
  });

  it('keeps a lead-in line ending in a colon as a paragraph', () => {
    const a = one(`Title line here\n\n${BODY}\nA look at the attacks and the US response:\n${BODY} B.`);
    expect(a.blocks[1]).toMatchObject({ kind: 'paragraph', text: 'A look at the attacks and the US response:' });
  });

  it('recognises dash lists, including a bare dash with the item on the next line', () => {
    const a = one(`Title line here\n\nFour were killed:\n- First Person, 37\n- Second Person, 32\n\n${BODY}\n-\nIran – Tehran condemned the attacks.\n-\nIraq – Baghdad denounced them.\n${BODY} B.`);
    expect(a.blocks.filter((b) => b.kind === 'list')).toEqual([
      { kind: 'list', items: ['First Person, 37', 'Second Person, 32'], line: 4 },
      { kind: 'list', items: ['Iran – Tehran condemned the attacks.', 'Iraq – Baghdad denounced them.'], line: 9 },
    ]);
  });

  it('recognises a pipe table without outer pipes', () => {
    const a = one(`Title line here\n\n${BODY}\nLocation | Details |\n---|---|\nDeir Ezzor, Syria | Jets dropped 12 bombs. |\nAl Bukamal, Syria | Jets struck 5 sites. |\n${BODY} B.`);
    expect(a.blocks[1]).toEqual({
      kind: 'table',
      header: ['Location', 'Details'],
      rows: [
        ['Deir Ezzor, Syria', 'Jets dropped 12 bombs.'],
        ['Al Bukamal, Syria', 'Jets struck 5 sites.'],
      ],
      line: 4,
    });
  });

  it('keeps an escaped pipe inside a table cell', () => {
    expect(tableCells('| a \\| b | c |')).toEqual(['a | b', 'c']);
  });

  it('recognises a quoted line starting with ">" as a quote', () => {
    const a = one(`Title line here\n\n${BODY}\n> Everyone knows the rules.\n${BODY} B.`);
    expect(a.blocks[1]).toEqual({ kind: 'quote', text: 'Everyone knows the rules.', line: 4 });
  });
});

describe('splitting a file that holds two articles', () => {
  const masthead = (title: string) => `${title}\n\nA caption of a photo, in a city, on a Tuesday. (AP)\nA caption of a photo, in a city, on a Tuesday. (AP)\nTT\n\n${title}\n\nA caption of a photo, in a city, on a Tuesday. (AP)\n`;

  it('starts a new article where a title is repeated around its captions', () => {
    const articles = parseSeed(`${masthead('How the US Strikes a Delicate Balance')}\n${BODY}\n${BODY} B.\n\n\n\n${masthead('Has Iran Abandoned Hezbollah?')}\n${BODY} C.`);
    expect(articles.map((a) => a.title.text)).toEqual(['How the US Strikes a Delicate Balance', 'Has Iran Abandoned Hezbollah?']);
    expect(articles.map((a) => a.blocks.length)).toEqual([2, 1]);
    expect(articles[1]!.part).toBe(2);
  });

  it('does not split on a line that is only repeated in the body', () => {
    const articles = parseSeed(`Title line here\n\n${BODY}\nShort repeated line\n${BODY} B.\nShort repeated line\n${BODY} C.`);
    expect(articles).toHaveLength(1);
  });
});
