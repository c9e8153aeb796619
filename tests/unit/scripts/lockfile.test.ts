import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingOptional, platformOf } from '../../../scripts/lockfile.ts';

describe('package-lock.json', () => {
  it('names every optional platform binary, so `npm ci` accepts it (run `npm run lockfile` after `npm install`)', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, never> };
    expect(missingOptional(lock.packages)).toEqual([]);
  });

  it('pins Astro 7, MDX 8, Vitest 5 and Pagefind 1.6', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version: string }> };
    expect(lock.packages['node_modules/astro']?.version).toMatch(/^7\./);
    expect(lock.packages['node_modules/@astrojs/mdx']?.version).toMatch(/^8\./);
    expect(lock.packages['node_modules/vitest']?.version).toMatch(/^5\./);
    expect(lock.packages['node_modules/pagefind']?.version).toMatch(/^1\.6\./);
    expect(lock.packages['node_modules/node']?.version).toMatch(/^24\./);
  });

  it('reads a binary package’s platform from its name', () => {
    expect(platformOf('@astrojs/compiler-binding-linux-arm64-musl')).toEqual({ os: 'linux', cpu: 'arm64', libc: 'musl' });
    expect(platformOf('@pagefind/windows-x64')).toEqual({ os: 'win32', cpu: 'x64' });
    expect(platformOf('@astrojs/compiler-binding-wasm32-wasi')).toEqual({ cpu: 'wasm32' });
  });
});
