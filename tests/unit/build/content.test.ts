import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BODY_CACHE, cachedBodyReader } from '../../../src/build/content.ts';
import { readBody } from '../../../src/lib/content/body.ts';

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
