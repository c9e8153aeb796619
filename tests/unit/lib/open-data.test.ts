import { describe, expect, it } from 'vitest';
import { citeLine, csvField, fieldsOf, toCsv, toJson, type DataSet } from '../../../src/lib/open-data/format.ts';
import { countRows, placeRows, relationRows } from '../../../src/lib/open-data/rows.ts';
import { RelationRowSchema } from '../../../src/schemas/data-files.ts';

const url = (path: string): string => `https://example.org/${path}`;

/** A small RFC 4180 reader, to check that what we write reads back to the same cells. */
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

describe('open data', () => {
  it('quotes a CSV field only when RFC 4180 asks: a comma, a double quote, a line break or edge space', () => {
    expect(csvField('Kataib Hezbollah')).toBe('Kataib Hezbollah');
    expect(csvField('Iraq, Syria')).toBe('"Iraq, Syria"');
    expect(csvField('the "Axis of Resistance"')).toBe('"the ""Axis of Resistance"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(61)).toBe('61');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });

  it('writes a header row and ends every record with CRLF, and reads back to the same cells', () => {
    const data = { fields: [{ name: 'a', description: '' }, { name: 'b,c', description: '' }], rows: [{ a: 'x "y", z', 'b,c': 2 }, { a: 'قاعدة عين الأسد\r\nline' }] };
    const csv = toCsv(data);
    expect(csv.startsWith('a,"b,c"\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(readCsv(csv)).toEqual([
      ['a', 'b,c'],
      ['x "y", z', '2'],
      ['قاعدة عين الأسد\r\nline', ''],
    ]);
  });

  it('writes JSON with the fields described and every field present in every row', () => {
    const data: DataSet = { name: 't', title: 'T', description: 'D', fields: [{ name: 'a', description: 'an a' }, { name: 'b', description: 'a b' }], rows: [{ a: 1 }] };
    const json = JSON.parse(toJson(data, url('actors/')));
    expect(json.fields).toEqual(data.fields);
    expect(json.rows).toEqual([{ a: 1, b: null }]);
    expect(json.url).toBe('https://example.org/actors/');
    expect(json.citation).toBe(citeLine('T', 'https://example.org/actors/'));
  });

  it('turns relations into rows read from the actor to the other, with the cited paragraph', () => {
    const rows = relationRows(
      [
        { id: 'kh', name: 'Kataib Hezbollah', relations: [{ type: 'backed-by', target: 'iran', from: '2003', cite: { article: 'a1', paragraph: 3, quote: 'backed by Iran' } }] },
        { id: 'iran', name: 'Iran', relations: [{ type: 'allied-with', target: 'x', cite: { source: 'centcom', fact: 'killed' } }] },
      ],
      { 'backed-by': 'backed by' },
      url,
    );
    expect(rows[0]).toMatchObject({ actor: 'kh', relation: 'backed-by', relation_label: 'backed by', other_actor: 'iran', other_actor_name: 'Iran', from: '2003', source_paragraph: 3, source_url: 'https://example.org/articles/a1/#p3' });
    expect(rows[1]).toMatchObject({ relation_label: 'allied-with', other_actor_name: undefined, outside_source: 'centcom', outside_fact: 'killed' });
    expect(Object.keys(rows[0]!).every((k) => fieldsOf(RelationRowSchema).some((f) => f.name === k))).toBe(true);
  });

  it('turns places and counts into rows, the counts oldest first with "at least" as an empty max', () => {
    expect(placeRows([{ id: 'erbil', name: 'Erbil', country: 'Iraq', lat: 36.19, lon: 44.01, precision: 'town', events: 4 }], url)[0]).toMatchObject({ latitude: 36.19, events: 4, url: 'https://example.org/places/erbil/' });
    const rows = countRows(
      [
        { id: 'late', series: 'attacks-on-us-forces', count: { min: 103 }, since: '2023-10-07', sinceLabel: '7 October', asOf: '2023-12-26', asOfLabel: '26 December', according: 'x', cite: { article: 'a', paragraph: 1, quote: 'q' } },
        { id: 'early', series: 'us-strikes', count: { min: 3, max: 3 }, since: '2023-10-17', sinceLabel: '17 October', asOf: '2023-11-15', asOfLabel: 'mid-November', according: 'AP', cite: { article: 'a', paragraph: 4, quote: 'q' } },
      ],
      url,
    );
    expect(rows.map((r) => [r['count'], r['min'], r['max']])).toEqual([
      ['early', 3, 3],
      ['late', 103, undefined],
    ]);
  });
});
