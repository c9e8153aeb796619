import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BODY_CACHE, cachedBodyReader, cachedYamlReader, isJsonData, loadContent, YAML_CACHE } from '../../../src/build/content.ts';
import { readBody } from '../../../src/lib/content/body.ts';
import { checkContent } from '../../../src/lib/content/check.ts';
import { readYaml } from '../../../src/lib/content/files.ts';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});
const root = (): string => {
  const r = mkdtempSync(join(tmpdir(), 'tft-body-cache-'));
  roots.push(r);
  return r;
};
const BODY = 'The ferry stopped. <Cite a="harbour" p="1" q="ferry stopped" />\n\nA second paragraph, uncited.\n';

describe('the body cache', () => {
  it('gives the same reading as the reader, and keeps it on disk once per body', async () => {
    const r = root();
    const read = cachedBodyReader(r);
    expect(read(BODY)).toEqual(readBody(BODY));
    await read.written();
    expect(read(BODY)).toEqual(readBody(BODY));
    await read.written();
    expect(readdirSync(join(r, BODY_CACHE))).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.json$/)]);
  });

  it('reads a body again when the code that reads bodies changes', async () => {
    const r = root();
    const first = cachedBodyReader(r);
    first(BODY);
    await first.written();
    writeFileSync(join(r, 'package-lock.json'), '{"changed": true}');
    const second = cachedBodyReader(r);
    second(BODY);
    await second.written();
    expect(readdirSync(join(r, BODY_CACHE))).toHaveLength(2);
  });

  it('reads the body again when a cache file is damaged', async () => {
    const r = root();
    const read = cachedBodyReader(r);
    read(BODY);
    await read.written();
    const [file] = readdirSync(join(r, BODY_CACHE));
    writeFileSync(join(r, BODY_CACHE, file!), '{ not json');
    expect(cachedBodyReader(r)(BODY)).toEqual(readBody(BODY));
  });
});

describe('the YAML cache', () => {
  const TEXT = 'title: A ferry on the Tigris\nplaces: [basra, "umm qasr"]\ncount: 3\n';

  it('gives the data the parser gives, and keeps it on disk once per text', async () => {
    const r = root();
    const read = cachedYamlReader(r);
    expect(read(TEXT, 0)).toEqual(readYaml(TEXT));
    await read.written();
    expect(read(TEXT, 1)).toEqual(readYaml(TEXT));
    await read.written();
    expect(readdirSync(join(r, YAML_CACHE))).toHaveLength(1);
  });

  it('keeps no data that JSON would change: an unquoted date stays a Date, read by the parser each time', async () => {
    const r = root();
    const read = cachedYamlReader(r);
    const dated = 'date: 2024-02-02\n';
    expect(read(dated, 0)).toEqual({ ok: true, data: { date: expect.any(Date) } });
    await read.written();
    expect(read(dated, 0)).toEqual({ ok: true, data: { date: expect.any(Date) } });
    expect(() => readdirSync(join(r, YAML_CACHE))).toThrow();
  });

  it('reads a syntax error again each time, with its line moved by the offset it is asked with', async () => {
    const r = root();
    const read = cachedYamlReader(r);
    const broken = 'title: one\ntitle: two\n';
    const first = read(broken, 1);
    await read.written();
    expect(first).toEqual(readYaml(broken, 1));
    expect(read(broken, 5)).toEqual(readYaml(broken, 5));
    expect(first.ok).toBe(false);
  });

  it('tells plain JSON data from what JSON would not give back', () => {
    expect(isJsonData({ a: [1, 'b', null, true, { c: 2.5 }] })).toBe(true);
    expect(isJsonData({ when: new Date(0) })).toBe(false);
    expect(isJsonData([Number.NaN])).toBe(false);
    expect(isJsonData(new Map())).toBe(false);
  });

  it('gives a content check the same problems, with the same lines, from the cache as from the files', async () => {
    const r = root();
    cpSync(join(import.meta.dirname, '../../../content/actors'), join(r, 'content/actors'), { recursive: true });
    cpSync(join(import.meta.dirname, '../../../content/places'), join(r, 'content/places'), { recursive: true });
    mkdirSync(join(r, 'content/events'), { recursive: true });
    // An event whose place and second actor do not exist, whose summary uses a house word and whose article is missing.
    writeFileSync(
      join(r, 'content/events/a-ferry-is-stopped-2031.yaml'),
      ['title: A ferry is stopped', 'summary: A ferry was stopped on the river by the regime.', 'date: "2031-04"', 'datePrecision: month', 'kind: political-event', 'places: [basra-nowhere]', 'actors:', '  - { actor: iran, role: official }', '  - { actor: no-such-actor, role: official }', 'citations:', '  - { article: no-such-article, paragraph: 2, quote: "a ferry was stopped" }', ''].join('\n'),
    );
    const lines = (): string[] => checkContent(loadContent(r)).filter((p) => p.file.startsWith('content/events/')).map((p) => `${p.rule} ${p.field ?? ''} ${p.line}`).sort();
    const fromFiles = lines();
    await expect.poll(() => readdirSync(join(r, YAML_CACHE)).length).toBeGreaterThan(1);
    expect(lines()).toEqual(fromFiles);
    expect(fromFiles).toEqual(expect.arrayContaining(['house-word summary 2', 'reference places.0 6', 'reference actors.1.actor 9']));
  });
});
