import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Topology } from 'topojson-specification';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { boxInside, boxesOverlap, circleOverlapsBox, type Box } from '../../../src/lib/geometry.ts';
import { eventRadius, eventsPerPlace, isInCountry, MAP_SIZES, markedPlaces, regionMap, sizeKeyCounts, type MapPlace, type RegionMap } from '../../../src/lib/map.ts';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology;
/** Our country names, as Natural Earth spells them. */
const ATLAS_NAME: Record<string, string> = { Gaza: 'Palestine' };
const places = readdirSync('content/places').map((n) => ({ slug: n.replace(/\.yaml$/, ''), ...(parse(readFileSync(`content/places/${n}`, 'utf8')) as { name: string; country: string; coordinates: { lat: number; lon: number }; precision: 'site' }) }));
const eventPlaces = readdirSync('content/events').map((n) => ({ places: ((parse(readFileSync(`content/events/${n}`, 'utf8')) as { places?: string[] }).places ?? []) }));
const counts = eventsPerPlace(eventPlaces);
const realPlaces: MapPlace[] = places.map((p) => ({ slug: p.slug, name: p.name, country: p.country, lat: p.coordinates.lat, lon: p.coordinates.lon, precision: p.precision, events: counts.get(p.slug) ?? 0 }));

/**
 * Every problem with a map's labels: two labels (place or country names) that overlap, a label
 * over a marker other than its own, a label outside the drawing, a leader line through a label.
 */
function labelProblems(map: RegionMap): string[] {
  const problems: string[] = [];
  const all: { id: string; box: Box }[] = [...map.labels.map((l) => ({ id: l.id, box: l.box })), ...map.countryLabels.map((c) => ({ id: `country:${c.name}`, box: c.box }))];
  const drawing = { x: 0, y: 0, width: map.width, height: map.height };
  for (let i = 0; i < all.length; i++) {
    if (!boxInside(all[i]!.box, drawing)) problems.push(`${all[i]!.id} outside the drawing`);
    for (let j = i + 1; j < all.length; j++) if (boxesOverlap(all[i]!.box, all[j]!.box)) problems.push(`${all[i]!.id} overlaps ${all[j]!.id}`);
    for (const m of map.markers) if (m.slug !== all[i]!.id && circleOverlapsBox(m.x, m.y, m.r, all[i]!.box)) problems.push(`${all[i]!.id} covers the marker of ${m.slug}`);
  }
  return problems;
}

describe('the map', () => {
  it.each(places)('puts $name inside $country', (place) => {
    expect(isInCountry(topology, ATLAS_NAME[place.country] ?? place.country, place.coordinates.lon, place.coordinates.lat)).toBe(true);
  });

  it('places known points in the right country, and not in its neighbour', () => {
    expect(isInCountry(topology, 'Iraq', 44.37, 33.31)).toBe(true); // Baghdad
    expect(isInCountry(topology, 'Syria', 44.37, 33.31)).toBe(false);
    expect(isInCountry(topology, 'Jordan', 38.7, 33.3)).toBe(true); // Tower 22, north-eastern Jordan
    expect(isInCountry(topology, 'Syria', 40.14, 35.33)).toBe(true); // Deir ez-Zor
  });

  it('projects every place inside the drawing, west to east in order of longitude', () => {
    const map = regionMap(topology, realPlaces);
    for (const m of map.markers) {
      expect(m.x, m.name).toBeGreaterThan(0);
      expect(m.x, m.name).toBeLessThan(map.width);
      expect(m.y, m.name).toBeGreaterThan(0);
      expect(m.y, m.name).toBeLessThan(map.height);
    }
    const byLon = [...map.markers].sort((a, b) => a.lon - b.lon);
    expect(byLon.map((m) => m.x)).toEqual([...byLon.map((m) => m.x)].sort((a, b) => a - b));
    expect(map.countries.filter((c) => c.isFocus).map((c) => c.name).sort()).toEqual(['Iraq', 'Jordan', 'Syria']);
  });

  it.each(Object.entries(MAP_SIZES))('labels every real place on the %s map with no two labels overlapping and no label over another marker', (_, size) => {
    const map = regionMap(topology, realPlaces, size);
    expect(map.labels.map((l) => l.id).sort()).toEqual(realPlaces.map((p) => p.slug).sort());
    expect(labelProblems(map)).toEqual([]);
    // Every label finds room on the map itself: none needs the rows below it.
    expect(map.height).toBe(regionMap(topology, [], size).height);
  });

  it('marks at most the given number of places, those with the most events, and a highlighted place in the last spot', () => {
    const many: MapPlace[] = Array.from({ length: 300 }, (_, i) => ({ slug: `p${i}`, name: `Place ${String(i).padStart(3, '0')}`, country: 'Iraq', lat: 33, lon: 40 + i / 100, precision: 'town', events: i % 7 }));
    const top = markedPlaces(many, 60);
    expect(top).toHaveLength(60);
    expect(Math.min(...top.map((p) => p.events ?? 0))).toBeGreaterThanOrEqual(Math.max(...many.filter((p) => !top.includes(p)).map((p) => p.events ?? 0)));
    const quiet = many.find((p) => p.events === 0)!;
    const withQuiet = markedPlaces(many, 60, quiet.slug);
    expect(withQuiet).toHaveLength(60);
    expect(withQuiet.at(-1)).toBe(quiet);
    expect(markedPlaces(many, 60, top[0]!.slug)).toEqual(top);
    expect(markedPlaces(many.slice(0, 10), 60)).toHaveLength(10);
  });

  it('frames a map that marks some places to take in all of them, so it draws the same outlines and positions as the full map', () => {
    const far: MapPlace = { slug: 'far-oasis', name: 'Far Oasis', country: 'Saudi Arabia', lat: 26.5, lon: 49.5, precision: 'town', events: 1 };
    const all = [...realPlaces, far];
    const full = regionMap(topology, all);
    const some = regionMap(topology, realPlaces.slice(0, 2), { frame: all });
    expect(some.markers.map((m) => m.slug)).toEqual(realPlaces.slice(0, 2).map((p) => p.slug));
    expect(some.countries).toEqual(full.countries);
    for (const m of some.markers) expect([m.x, m.y]).toEqual((({ x, y }) => [x, y])(full.markers.find((f) => f.slug === m.slug)!));
    // Without the frame, the far place's absence changes the framing.
    expect(regionMap(topology, realPlaces.slice(0, 2)).countries).not.toEqual(full.countries);
  });

  it('labels generated dense clusters (dozens of places a few km apart) without any overlap', () => {
    const cluster = fc.record({
      lon: fc.double({ min: 38, max: 46, noNaN: true }),
      lat: fc.double({ min: 31, max: 36.5, noNaN: true }),
      spread: fc.double({ min: 0.02, max: 0.6, noNaN: true }),
      n: fc.integer({ min: 8, max: 30 }),
      size: fc.constantFrom(MAP_SIZES.wide, MAP_SIZES.narrow),
    });
    fc.assert(
      fc.property(cluster, ({ lon, lat, spread, n, size }) => {
        const dense: MapPlace[] = Array.from({ length: n }, (_, i) => ({
          slug: `p${i}`,
          name: ['Al Qurnah', 'Tall ʿAfar', 'Ḥadīthah', 'Umm Qasr', 'Ar Rutbah', 'Jurf al-Sakhar'][i % 6]! + ` ${i}`,
          country: 'Iraq',
          lat: lat + spread * Math.sin(i * 2.4) * (i / n),
          lon: lon + spread * Math.cos(i * 2.4) * (i / n),
          precision: i % 4 === 0 ? 'area' : 'town',
          events: i % 5,
        }));
        const map = regionMap(topology, [...realPlaces, ...dense], size);
        expect(map.labels).toHaveLength(realPlaces.length + n);
        expect(labelProblems(map)).toEqual([]);
      }),
      { numRuns: 12, seed: 14 },
    );
  }, 60_000);

  it('takes in a place far outside the usual region rather than dropping it off the edge', () => {
    const map = regionMap(topology, [...realPlaces, { slug: 'sanaa', name: 'Sanaa', country: 'Yemen', lat: 15.37, lon: 44.19, precision: 'town', events: 1 }]);
    const sanaa = map.markers.find((m) => m.slug === 'sanaa')!;
    expect(sanaa.y).toBeLessThan(map.height);
    expect(sanaa.y).toBeGreaterThan(0);
    expect(labelProblems(map)).toEqual([]);
  });

  it('sizes markers by events, by area, and rings the approximate ones', () => {
    expect(eventRadius(4, 5)).toBeCloseTo(2 * eventRadius(1, 5));
    expect(eventRadius(0, 5)).toBeGreaterThan(0);
    const map = regionMap(topology, [
      { slug: 'a', name: 'A', country: 'Iraq', lat: 33, lon: 44, precision: 'site', events: 1 },
      { slug: 'b', name: 'B', country: 'Iraq', lat: 34, lon: 42, precision: 'area', events: 3 },
    ]);
    expect(map.markers[1]!.r).toBeGreaterThan(map.markers[0]!.r);
    expect(map.markers.map((m) => m.isApproximate)).toEqual([false, true]);
    expect(map.sizeKey.map((k) => k.events)).toEqual([1, 2, 3]);
  });

  it('keys marker sizes with round counts up to the largest', () => {
    expect(sizeKeyCounts(4)).toEqual([1, 2, 4]);
    expect(sizeKeyCounts(1)).toEqual([1]);
    expect(sizeKeyCounts(37)).toEqual([1, 5, 37]);
  });

  it('counts an event once per place, even when it lists the place twice', () => {
    expect([...eventsPerPlace([{ places: ['a', 'b'] }, { places: ['a', 'a'] }, { places: [] }])]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });
});
