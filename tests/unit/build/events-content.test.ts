import { describe, expect, it } from 'vitest';
import { checkEventsContent, isEarlier, readActorSlugs, readYamlDir, type YamlFile } from '../../../src/build/check-events.ts';
import { loadArticles } from '../../../src/build/content-index.ts';

describe('content/events and content/places', () => {
  it('every event and place in content/ is valid and every citation quote is in its paragraph', () => {
    const events = readYamlDir('content/events');
    const places = readYamlDir('content/places');
    expect(events.length).toBeGreaterThan(0);
    expect(places.length).toBeGreaterThan(0);
    expect(checkEventsContent({ events, places, actorSlugs: readActorSlugs(), index: loadArticles().index })).toEqual([]);
  });
});

describe('checkEventsContent', () => {
  const index = new Map([['report', ['On Oct. 27, US fighter jets struck two storage sites near al-Boukamal.', 'Militants attacked US forces on Oct. 17.']]]);
  const actorSlugs = ['united-states', 'irgc'];
  const place: YamlFile = {
    slug: 'al-bukamal',
    path: 'content/places/al-bukamal.yaml',
    data: {
      name: 'Al-Bukamal',
      description: 'A town in eastern Syria, on the border with Iraq.',
      variants: [{ text: 'Abu Kamal' }],
      country: 'Syria',
      coordinates: { lat: 34.45, lon: 40.92 },
      precision: 'town',
      coordinatesSource: 'General reference maps.',
    },
  };
  const attack = {
    title: 'Militants attack US forces',
    summary: 'Militants attacked US forces in Iraq and Syria.',
    date: '2023-10-17',
    datePrecision: 'day',
    kind: 'attack-on-us-forces',
    actors: [{ actor: 'united-states', role: 'target' }],
    citations: [{ article: 'report', paragraph: 2, quote: 'Militants attacked US forces' }],
  };
  const strike = {
    title: 'US strikes near al-Bukamal',
    summary: 'US fighter jets struck two storage sites near al-Bukamal.',
    date: '2023-10-27',
    datePrecision: 'day',
    kind: 'us-strike',
    places: ['al-bukamal'],
    actors: [
      { actor: 'united-states', role: 'attacker' },
      { actor: 'irgc', role: 'target' },
    ],
    inResponseTo: ['attack'],
    citations: [{ article: 'report', paragraph: 1, quote: 'US fighter jets struck two storage sites' }],
  };
  const file = (slug: string, data: unknown): YamlFile => ({ slug, path: `content/events/${slug}.yaml`, data });
  const check = (events: YamlFile[], places: YamlFile[] = [place]) => checkEventsContent({ events, places, actorSlugs, index });

  it('accepts a consistent set', () => {
    expect(check([file('attack', attack), file('strike', strike)])).toEqual([]);
  });

  it('catches an unknown place and an unknown actor', () => {
    const problems = check([file('attack', attack), file('strike', { ...strike, places: ['abu-kamal'], actors: [{ actor: 'pentagon', role: 'official' }] })]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/strike\.yaml: field `places\.0`: got "abu-kamal": no place has that slug/);
    expect(problems[1]).toMatch(/strike\.yaml: field `actors\.0\.actor`: got "pentagon": no actor has that slug/);
  });

  it('catches an unknown, a later or its own event in inResponseTo', () => {
    expect(check([file('strike', strike)])).toEqual([expect.stringMatching(/inResponseTo\.0`: got "attack": no event has that slug/)]);
    const later = check([file('attack', { ...attack, date: '2023-11' }), file('strike', strike)]);
    expect(later).toEqual([expect.stringMatching(/dated 2023-11, after this one \(2023-10-27\)/)]);
    expect(check([file('attack', attack), file('strike', { ...strike, inResponseTo: ['strike'] })])).toEqual([expect.stringMatching(/cannot answer itself/)]);
  });

  it('compares partial dates on the part both have', () => {
    expect(isEarlier('2020', '2020-01')).toBe(false);
    expect(isEarlier('2023-12-25', '2023-12')).toBe(false);
    expect(isEarlier('2023-10-27', '2023-11')).toBe(true);
  });

  it('catches a changed quote and a casualty cite, and names the file and field', () => {
    const changed = { ...strike, citations: [{ article: 'report', paragraph: 1, quote: 'US fighter jets struck three storage sites' }] };
    const casualty = { ...attack, casualties: [{ who: 'people', killed: { min: 1 }, according: 'a report', cite: { article: 'report', paragraph: 1, quote: 'Militants attacked US forces' } }] };
    const problems = check([file('attack', casualty), file('strike', changed)]);
    expect(problems).toEqual([
      expect.stringMatching(/attack\.yaml: `casualties\.0\.cite` cites report ¶1 .* The quote is in ¶2: cite p2\./),
      expect.stringMatching(/strike\.yaml: `citations\.0` cites report ¶1 with the quote "US fighter jets struck three storage sites", which is not in that paragraph/),
    ]);
  });

  it('catches a schema error, an unquoted date and two places sharing a name', () => {
    const twin: YamlFile = { ...place, slug: 'abu-kamal', path: 'content/places/abu-kamal.yaml', data: { ...(place.data as object), name: 'Abu Kamal', variants: [] } };
    const problems = check([file('attack', { ...attack, date: new Date('2023-10-17'), kind: 'raid' })], [place, twin]);
    expect(problems).toEqual([
      expect.stringMatching(/abu-kamal\.yaml: the name "Abu Kamal" is also a name of place "al-bukamal"/),
      expect.stringMatching(/attack\.yaml: field `date`: got 2023-10-17: write the date in quotes, e.g. "2023-10-17"/),
      expect.stringMatching(/attack\.yaml: field `kind`: got "raid"/),
    ]);
  });
});
