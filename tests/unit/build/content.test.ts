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
  it('gives the same reading as the reader, and keeps it on disk once per body', () => {
    const r = root();
    const read = cachedBodyReader(r);
    expect(read(BODY)).toEqual(readBody(BODY));
    expect(read(BODY)).toEqual(readBody(BODY));
    expect(readdirSync(join(r, BODY_CACHE))).toHaveLength(1);
  });

  it('reads a body again when the code that reads bodies changes', () => {
    const r = root();
    cachedBodyReader(r)(BODY);
    writeFileSync(join(r, 'package-lock.json'), '{"changed": true}');
    cachedBodyReader(r)(BODY);
    expect(readdirSync(join(r, BODY_CACHE))).toHaveLength(2);
  });

  it('reads the body again when a cache file is damaged', () => {
    const r = root();
    cachedBodyReader(r)(BODY);
    const [file] = readdirSync(join(r, BODY_CACHE));
    writeFileSync(join(r, BODY_CACHE, file!), '{ not json');
    expect(cachedBodyReader(r)(BODY)).toEqual(readBody(BODY));
  });
});
