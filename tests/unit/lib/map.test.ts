import { readdirSync, readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isInCountry, regionMap } from '../../../src/lib/map.ts';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology;
/** Our country names, as Natural Earth spells them. */
const ATLAS_NAME: Record<string, string> = { Gaza: 'Palestine' };
const places = readdirSync('content/places').map((n) => ({ slug: n.replace(/\.yaml$/, ''), ...(parse(readFileSync(`content/places/${n}`, 'utf8')) as { name: string; country: string; coordinates: { lat: number; lon: number }; precision: 'site' }) }));

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
    const map = regionMap(topology, places.map((p) => ({ slug: p.slug, name: p.name, country: p.country, lat: p.coordinates.lat, lon: p.coordinates.lon, precision: p.precision })));
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

  it('shows an approximate place as a wider ring than an exact site', () => {
    const map = regionMap(topology, [
      { slug: 'a', name: 'A', country: 'Iraq', lat: 33, lon: 44, precision: 'site' },
      { slug: 'b', name: 'B', country: 'Iraq', lat: 33, lon: 44, precision: 'area' },
    ]);
    expect(map.markers[1]!.r).toBeGreaterThan(map.markers[0]!.r);
  });
});
