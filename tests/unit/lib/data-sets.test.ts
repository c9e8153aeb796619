import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { claimAnchorsByCite } from '../../../src/lib/claims.ts';
import { DATASETS } from '../../../src/lib/open-data/datasets.ts';
import { csvOf, dataCsv, dataJson, dataJsonSchema, dictionaryOf, type DataContext } from '../../../src/lib/open-data/format.ts';
import { actorRows, citationRows, eventRows, sourceRows } from '../../../src/lib/open-data/rows.ts';
import { replace, site } from './content/fixture.ts';

const url = (path: string) => `https://example.org/base/${path}`;
const context: DataContext = { url, version: 'abcdefabcdef', versionDate: '2031-05-08' };
const model = site();
const events = [...model.events.values()];
/** Where the timeline shows an event: given to the builders, which never spell a timeline URL themselves. */
const eventPath = (slug: string) => `events-at/${slug}`;
const eventUrl = (slug: string) => url(eventPath(slug));

type Node = { properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; description?: string };

/** Every property of a JSON Schema, nested ones too, as [path, node]. */
function properties(node: Node, prefix = ''): [string, Node][] {
  const inner = (n: Node): Node[] => [n, ...(n.anyOf ?? []).flatMap(inner), ...(n.items ? inner(n.items) : [])];
  return Object.entries(node.properties ?? {}).flatMap(([name, child]) => [[`${prefix}${name}`, child] as [string, Node], ...inner(child).flatMap((n) => properties(n, `${prefix}${name}.`))]);
}

describe('the data sets', () => {
  it('describe every field of every data file, nested ones too, in the JSON Schema they publish', () => {
    for (const spec of Object.values(DATASETS)) {
      const schema = dataJsonSchema(spec, context) as Node & { $id: string; $schema: string };
      expect(schema.$id).toBe(url(`data/${spec.name}.schema.json`));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      const undescribed = properties(schema).filter(([, n]) => !n.description);
      expect(undescribed.map(([p]) => `${spec.name}: ${p}`)).toEqual([]);
    }
  });

  it('write JSON that the published schema accepts, read back with a JSON Schema reader', () => {
    const rows = eventRows(events, eventUrl, url);
    const json = JSON.parse(dataJson(DATASETS.events, rows, context));
    const validator = z.fromJSONSchema(dataJsonSchema(DATASETS.events, context) as never);
    expect(validator.safeParse(json).success).toBe(true);
    json.rows[0].kind = 'invasion';
    expect(validator.safeParse(json).success).toBe(false);
  });

  it('refuse to write a row that does not fit its schema, naming the field', () => {
    const rows = eventRows(events, eventUrl, url);
    rows[1]!['date'] = '31 May';
    expect(() => dataJson(DATASETS.events, rows, context)).toThrow(/events\.json does not fit its schema at rows\.1\.date/);
  });

  it('write an event’s lists and objects as readable CSV cells, and its citations as keys', () => {
    const rows = eventRows(events, eventUrl, url);
    const csv = csvOf(DATASETS.events, rows);
    const halted = csv.rows.find((r) => r['event'] === 'ferries-halted')!;
    expect(halted).toMatchObject({ places: 'saltmarsh', actors: 'northern-ferry-line (responder)', in_response_to: 'storm-hits-harbour', citations: 'harbour-report#p1', former_ids: '' });
    expect(csv.fields.map((f) => f.name)).toEqual(Object.keys(DATASETS.events.row.shape));
    expect(dataCsv(DATASETS.events, rows).split('\r\n')[0]).toBe(csv.fields.map((f) => f.name).join(','));
  });

  it('leave a list of objects to the JSON when it has no CSV form, and say so in the dictionary', () => {
    const rows = actorRows([...model.actors.values()], () => 0, url);
    expect(csvOf(DATASETS.actors, rows).fields.map((f) => f.name)).not.toContain('facts');
    const facts = dictionaryOf(DATASETS.actors).find((e) => e.path === 'facts');
    expect(facts).toMatchObject({ type: 'list of objects', csv: 'JSON only', depth: 0 });
    expect(dictionaryOf(DATASETS.actors).map((e) => e.path)).toContain('facts[].citation.source_quote');
  });

  it('give the events data an id, the former ids, figures in full and every citation column', () => {
    const m = site((f) => {
      replace(f, 'content/events/ferries-halted.yaml', 'inResponseTo:', 'formerSlugs:\n  - "crossings-halted"\ncasualties:\n  - { who: "passengers", injured: { min: 3, said: "at least" }, according: "port officials", cite: { article: "harbour-report", paragraph: 2, quote: "Port officials said 14 vessels stayed in harbour" } }\ninResponseTo:');
    });
    const [row] = eventRows([m.events.get('ferries-halted' as never)!], () => url('timeline/#ferries-halted'), url);
    expect(row).toMatchObject({ event: 'ferries-halted', former_ids: ['crossings-halted'], casualties: [{ who: 'passengers', killed: null, injured: { min: 3, max: null, said: 'at least' }, according_to: 'port officials' }] });
    expect((row!['citations'] as Record<string, unknown>[])[0]).toEqual({ source_article: 'harbour-report', source_paragraph: 1, source_quote: 'halted all crossings on Tuesday', source_by: null, source_url: url('articles/harbour-report/#p1'), outside_source: null, outside_fact: null, outside_url: null });
  });

  it('link each explainer citation to the sentence it supports, with the anchor the page gives it', () => {
    const uses = model.citations();
    const rows = citationRows(model, uses, eventPath, url);
    expect(rows).toHaveLength(uses.length);
    const explainer = model.explainers.get('why-did-the-ferries-stop' as never)!;
    const ids = claimAnchorsByCite(explainer.cites.map((c) => c.claim));
    const body = rows.filter((r) => r['owner_kind'] === 'explainer' && r['in'] === 'body');
    expect(body.map((r) => String(r['claim_url']).split('#')[1])).toEqual(ids);
    const answer = rows.find((r) => r['role'] === 'short-answer')!;
    expect(answer['claim_url']).toMatch(/#a-[0-9a-f]{8}$/);
    expect(rows.find((r) => r['role'] === 'key-fact')!['claim_url']).toBe(url('explainers/why-did-the-ferries-stop/#key-facts'));
    expect(rows.find((r) => r['owner_kind'] === 'event')!['claim_url']).toBe(url('events-at/ferries-halted'));
  });

  it('count how often the site cites each outside fact, as the sources page does', () => {
    const [row] = sourceRows([...model.sources.values()], new Map([['harbour-bulletin!piers-closed', 2]]), url);
    expect(row).toMatchObject({ source: 'harbour-bulletin', cited: 2, facts: [{ key: 'piers-closed', cited: 2, url: url('about/sources/harbour-bulletin/#harbour-bulletin--piers-closed') }], address: null });
  });
});
