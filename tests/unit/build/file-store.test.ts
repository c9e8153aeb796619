import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Each write is held open a moment, so that the test sees how many are open at once.
let open = 0;
let most = 0;
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  return {
    ...fs,
    writeFile: async (...args: Parameters<typeof fs.writeFile>) => {
      open++;
      most = Math.max(most, open);
      await new Promise((done) => setTimeout(done, 1));
      try {
        return await fs.writeFile(...args);
      } finally {
        open--;
      }
    },
  };
});

const { fileStore, MAX_OPEN_WRITES } = await import('../../../src/build/file-store.ts');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the file store', () => {
  it('keeps at most MAX_OPEN_WRITES files open however many entries a build writes, and writes them all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tft-file-store-'));
    dirs.push(dir);
    const store = fileStore(join(dir, 'cache'));
    for (let k = 0; k < MAX_OPEN_WRITES * 5; k++) store.write(`entry-${k}`, `{"k":${k}}`);
    await store.written();
    expect(most).toBe(MAX_OPEN_WRITES);
    expect(readdirSync(join(dir, 'cache'))).toHaveLength(MAX_OPEN_WRITES * 5);
    expect(store.read('entry-7')).toBe('{"k":7}');
  });

  it('says which entries it holds without reading them, and deletes all but the keys it is told to keep', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tft-file-store-'));
    dirs.push(dir);
    const store = fileStore(join(dir, 'cache'));
    for (const key of ['old', 'kept', 'new']) store.write(key, `{"key":"${key}"}`);
    await store.written();
    const again = fileStore(join(dir, 'cache'));
    expect(['old', 'kept', 'missing'].map((k) => again.has(k))).toEqual([true, true, false]);
    again.keepOnly(new Set(['kept', 'new']));
    expect(readdirSync(join(dir, 'cache')).sort()).toEqual(['kept.json', 'new.json']);
    expect(again.has('old')).toBe(false);
    expect(again.read('kept')).toBe('{"key":"kept"}');
  });
});
