import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProject, cleanScratch, scratchProject } from './scratch.ts';

afterAll(cleanScratch);

/** Every file under `dir` with the SHA-256 of its bytes. */
function hashes(dir: string, root = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(out, hashes(path, root));
    else out[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

describe('reproducible builds', () => {
  it('two clean builds of the same commit give byte-identical output', () => {
    const a = buildProject(scratchProject('repro-a-'));
    const b = buildProject(scratchProject('repro-b-'));
    expect(a.status, a.output.slice(-1500)).toBe(0);
    expect(b.status, b.output.slice(-1500)).toBe(0);
    const ha = hashes(a.dist);
    const hb = hashes(b.dist);
    expect(Object.keys(ha).length).toBeGreaterThan(200);
    const differ = Object.keys({ ...ha, ...hb }).filter((k) => ha[k] !== hb[k]);
    expect(differ).toEqual([]);
  });
});
