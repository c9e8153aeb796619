/**
 * The open data in dist/data/: every JSON file validates against the JSON Schema the site
 * publishes beside it (read back with a JSON Schema reader, not the zod schema it came from), every
 * CSV holds the same rows, and the files count what the pages show.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { BASE, DIST, page, readingText } from './dist.ts';

const NAMES = ['events', 'actors', 'citations', 'sources', 'counts', 'relations', 'places'] as const;
const read = (p: string) => readFileSync(join(DIST, p), 'utf8');
type DataFile = { $schema: string; version: string; fields: { name: string; description: string }[]; rows: Record<string, unknown>[] };
const json = (name: string): DataFile => JSON.parse(read(`data/${name}.json`)) as DataFile;

/** An RFC 4180 reader: quoted fields with doubled quotes, CRLF records. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

/** A figure on a built page, read from its text: the number before (or after) some words. */
function figure(file: string, pattern: RegExp): number {
  const m = pattern.exec(readingText(page(file).querySelector('main')!));
  if (!m) throw new Error(`${file}: no ${pattern}`);
  return Number(m[1]!.replace(/,/g, ''));
}

describe('the data files', () => {
  it('publish a CSV, a JSON and a JSON Schema for every data set, under the base path', () => {
    for (const name of NAMES) {
      for (const ext of ['csv', 'json', 'schema.json']) expect(existsSync(join(DIST, `data/${name}.${ext}`)), `${name}.${ext}`).toBe(true);
      expect(new URL(json(name).$schema).pathname).toBe(`${BASE}data/${name}.schema.json`);
    }
  });

  it('validate against the JSON Schema published beside them, which refuses a broken row', () => {
    for (const name of NAMES) {
      const schema = JSON.parse(read(`data/${name}.schema.json`)) as Record<string, unknown>;
      const validator = z.fromJSONSchema(schema as never);
      const data = json(name);
      const result = validator.safeParse(data);
      expect(result.success, `${name}: ${result.success ? '' : JSON.stringify(result.error.issues[0])}`).toBe(true);
      // The schema is strict: an unknown field and a missing one are refused.
      const broken = structuredClone(data);
      const [first] = broken.rows;
      if (first) {
        first['unexpected'] = 1;
        expect(validator.safeParse(broken).success, `${name} with an unknown field`).toBe(false);
      }
    }
  });

  it('hold the same rows in CSV as in JSON, scalar cells equal', () => {
    for (const name of NAMES) {
      const data = json(name);
      const [header, ...rows] = readCsv(read(`data/${name}.csv`));
      expect(rows.length, name).toBe(data.rows.length);
      expect(header!.every((h) => data.fields.some((f) => f.name === h)), name).toBe(true);
      data.rows.forEach((row, i) => {
        header!.forEach((h, k) => {
          const v = row[h];
          if (v === null) expect(rows[i]![k], `${name} ${i} ${h}`).toBe('');
          else if (typeof v !== 'object') expect(rows[i]![k], `${name} ${i} ${h}`).toBe(String(v));
          else if (Array.isArray(v) && v.every((x) => typeof x !== 'object')) expect(rows[i]![k]).toBe(v.join('; '));
        });
      });
    }
  });

  it('name the content version that the hub pages cite', () => {
    const versions = new Set(NAMES.map((n) => json(n).version));
    expect(versions.size).toBe(1);
    const [version] = versions;
    expect(page('data/index.html').querySelector('main')!.textContent).toContain(`content version ${version}`);
    expect(page('timeline/index.html').querySelector('#cite-this-page .cite-plain')!.textContent).toContain(`Content version ${version}.`);
  });

  it('count what the pages show: events, citations and places as the integrity page, actors as the glossary', () => {
    expect(json('events').rows.length).toBe(figure('about/integrity/index.html', /Timeline ([\d,]+) dated events/));
    expect(json('citations').rows.length).toBe(figure('about/integrity/index.html', /Citations checked ([\d,]+):/));
    expect(json('places').rows.length).toBe(figure('about/integrity/index.html', /Entries [\d,]+ actors and ([\d,]+) places/));
    expect(json('actors').rows.length).toBe(figure('about/integrity/index.html', /Entries ([\d,]+) actors/));
    expect(json('actors').rows.length).toBe(figure('actors/index.html', /([\d,]+) groups, states, bodies and people/));
    const relations = json('actors').rows.reduce((n, r) => n + (r['relations'] as number), 0);
    expect(json('relations').rows.length).toBe(relations);
  });

  it('count the outside records, listed page by page on the sources page, and how often each fact is cited, as each record page does', () => {
    const sources = json('sources').rows as { source: string; cited: number; url: string; facts: { key: string; cited: number; url: string }[] }[];
    const listed: string[] = [];
    for (let n = 1, file = 'about/sources/index.html'; existsSync(join(DIST, file)); n++, file = `about/sources/${n}/index.html`) {
      listed.push(...page(file).querySelectorAll('ul.outside-sources > li').map((li) => li.id));
    }
    expect(listed.sort()).toEqual(sources.map((s) => s.source).sort());
    for (const s of sources) {
      const record = page(`about/sources/${s.source}/index.html`);
      expect(new URL(s.url).pathname).toBe(`${BASE}about/sources/${s.source}/`);
      for (const f of s.facts) {
        const text = record.querySelector(`[id="${s.source}--${f.key}"]`)?.textContent ?? '';
        expect(text, `${s.source}!${f.key}`).toMatch(new RegExp(`cited ${f.cited} times?`));
      }
    }
  });

  it('count the counts the chart shows, in its table', () => {
    const table = page('timeline/index.html')
      .querySelectorAll('table')
      .find((t) => t.querySelector('caption')?.textContent.includes('counts'));
    expect(json('counts').rows.length).toBe(table!.querySelectorAll('tbody tr').length);
  });

  it('link every row to a page of the site that exists, and every cited sentence to its anchor', () => {
    const exists = (href: string): boolean => {
      const url = new URL(href);
      const file = `${url.pathname.slice(BASE.length)}index.html`;
      if (!existsSync(join(DIST, file))) return false;
      return !url.hash || page(file).querySelector(`[id="${decodeURIComponent(url.hash.slice(1))}"]`) !== null;
    };
    for (const row of json('citations').rows) expect(exists(row['claim_url'] as string), row['claim_url'] as string).toBe(true);
    for (const row of [...json('events').rows, ...json('actors').rows, ...json('places').rows]) expect(exists(row['url'] as string), row['url'] as string).toBe(true);
  });

  it('explain every field of every data set on the data dictionary page', () => {
    const root = page('data/index.html');
    for (const name of NAMES) {
      const section = root.querySelector(`#data-${name}`)?.parentNode;
      expect(section, name).toBeTruthy();
      const described = new Set(section!.querySelectorAll('dt code').map((c) => c.textContent));
      for (const f of json(name).fields) expect(described.has(f.name), `${name}.${f.name}`).toBe(true);
    }
  });

  it('are offered beside the timeline, the chart and every actor', () => {
    const offers = (file: string, name: string) => page(file).querySelector(`a[href="${BASE}data/${name}.csv"]`) !== null;
    expect(offers('timeline/index.html', 'events')).toBe(true);
    expect(offers('timeline/index.html', 'counts')).toBe(true);
    for (const row of json('actors').rows) expect(offers(`actors/${row['actor'] as string}/index.html`, 'actors'), row['actor'] as string).toBe(true);
  });
});
