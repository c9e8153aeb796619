import { describe, expect, it } from 'vitest';
import { readByline, readCopyright, readDateline, readNameLine, readSiteName, readSourceLine, looksLikeOrganisation } from '../../../../src/lib/ingest/metadata.ts';
import { namesTitleOf } from '../../../../src/lib/ingest/metadata.ts';

describe('readByline', () => {
  it.each([
    ['By Jane Doe', { names: 'Jane Doe' }],
    ['By JANE DOE and JOHN ROE Associated Press', { names: 'Jane Doe and John Roe', organisation: 'Associated Press' }],
    ['By Jane Doe, Reuters', { names: 'Jane Doe', organisation: 'Reuters' }],
    ['By Jane Doe, Middle East correspondent', { names: 'Jane Doe' }],
    ['By Iris Kowalczyk and Ben Achterberg', { names: 'Iris Kowalczyk and Ben Achterberg' }],
    ['Reporting by Tomas Lindqvist; Additional reporting by Greta Holm; Editing by Mark Palmer', { names: 'Tomas Lindqvist' }],
  ])('reads "%s"', (line, expected) => {
    expect(readByline(line)).toMatchObject(expected);
  });

  it('keeps what follows the names, such as the date, for the date reader', () => {
    expect(readByline('By Ines Carvalho · Fri 9 Aug 2024 08.00 BST')).toEqual({ names: 'Ines Carvalho', rest: 'Fri 9 Aug 2024 08.00 BST' });
  });

  it('does not take a sentence that starts with "By" for a byline', () => {
    expect(readByline('By Monday, the troops had left the town.')).toBeUndefined();
    expect(readByline('By signing up you agree to our Terms of Use and Privacy Policy')).toBeUndefined();
    expect(readByline('By contrast, the union said little.')).toBeUndefined();
  });
});

describe('readDateline', () => {
  it.each([
    ['WASHINGTON (AP) — The Senate passed the bill.', { text: 'WASHINGTON (AP) —', place: 'WASHINGTON', agency: 'AP' }],
    ['BAGHDAD, Iraq (AP) — Officials said.', { text: 'BAGHDAD, Iraq (AP) —', place: 'BAGHDAD, Iraq', agency: 'AP' }],
    ['Beirut (Reuters) - Talks resumed.', { text: 'Beirut (Reuters) -', agency: 'Reuters' }],
    ['(AFP) - A volcano erupted.', { text: '(AFP) -', agency: 'AFP' }],
    ['GENEVA — The talks ended.', { text: 'GENEVA —', place: 'GENEVA' }],
  ])('reads the dateline of "%s"', (paragraph, expected) => {
    expect(readDateline(paragraph)).toMatchObject(expected);
  });

  it('reads the date of a press release dateline, and its wire service is no agency', () => {
    const d = readDateline('COLUMBUS, Ohio, March 12, 2024 /PRNewswire/ -- Halvorsen Pumps opened a plant.');
    expect(d?.date?.iso).toBe('2024-03-12');
    expect(d?.agency).toBeUndefined();
  });

  it('does not take an acronym and a dash in ordinary prose for a dateline', () => {
    expect(readDateline('ISIS — the group that once held a third of the country — lost its last town.')).toBeUndefined();
    expect(readDateline('Kataib Hezbollah - the group - said nothing.')).toBeUndefined();
  });
});

describe('readCopyright', () => {
  it.each([
    ['© 2024 The Daily Example. All rights reserved.', 'The Daily Example'],
    ['Copyright © 2024 The Ridgefield Courier. All rights reserved.', 'The Ridgefield Courier'],
    ['© Northfield Evening Post 2024', 'Northfield Evening Post'],
    ['© 2024 Meridian News & Media Limited or its affiliated companies. All rights reserved.', 'Meridian News & Media'],
    ['© Europa Nachrichten GmbH 2024', 'Europa Nachrichten'],
  ])('reads the holder of "%s"', (line, holder) => {
    expect(readCopyright(line)).toBe(holder);
  });

  it('names no publisher for Crown copyright', () => {
    expect(readCopyright('© Crown copyright')).toBeUndefined();
  });
});

describe('names', () => {
  it('reads a name on its own line, but not an organisation or a phrase', () => {
    expect(readNameLine('Clara Whitfield')).toEqual({ names: 'Clara Whitfield' });
    expect(readNameLine('Halvorsen Pumps AB')).toBeUndefined();
    expect(readNameLine('Share this story')).toBeUndefined();
  });

  it('tells organisations by their words or company suffix', () => {
    expect(looksLikeOrganisation('The Prairie Herald')).toBe(true);
    expect(looksLikeOrganisation('Halvorsen Pumps AB')).toBe(true);
    expect(looksLikeOrganisation('Martin Osei')).toBe(false);
  });

  it('reads a press release SOURCE line and a name-shaped first line', () => {
    expect(readSourceLine('SOURCE Halvorsen Pumps AB')).toBe('Halvorsen Pumps AB');
    expect(readSourceLine('Source: data from the survey')).toBeUndefined();
    expect(readSiteName('The Patient Gardener')).toBe('The Patient Gardener');
    expect(readSiteName('Skip to main content')).toBeUndefined();
  });
});

describe('a title and its owner', () => {
  it('reads a footer that names the masthead as the copyright holder’s title', () => {
    expect(namesTitleOf('The Oakby Clarion is a trading name of Pelham Press Ltd. Registered in Wales.', 'The Oakby Clarion', 'Pelham Press')).toBe(true);
    expect(namesTitleOf('Oakby FM is part of the Northshore Radio network.', 'Oakby FM', 'Northshore Radio')).toBe(true);
  });

  it('does not take a line that names them otherwise', () => {
    expect(namesTitleOf('Pelham Press Ltd also prints The Oakby Clarion.', 'The Oakby Clarion', 'Pelham Press')).toBe(false);
    expect(namesTitleOf('The Oakby Clarion is a trading name of Wexley Media.', 'The Oakby Clarion', 'Pelham Press')).toBe(false);
  });
});
