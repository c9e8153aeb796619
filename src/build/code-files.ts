/**
 * The code a render runs, as files: everything under src/, the config and the installed packages.
 * The MDX cache (src/integrations/mdx-cache.ts) and the articles loader (src/build/articles-loader.ts)
 * key what they keep between builds on these files' bytes (`codeDigest` in src/lib/mdx-cache.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The files whose bytes a compile may depend on, besides everything under src/: the config and the installed packages. */
const CODE_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'package-lock.json', 'node_modules/.package-lock.json'];

/** Every file under src/ and CODE_FILES, with its bytes (a missing file is named as missing). */
export function codeFiles(root: string): { path: string; bytes: string | Uint8Array }[] {
  const out: { path: string; bytes: string | Uint8Array }[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile()) out.push({ path: relative(root, path).split(sep).join('/'), bytes: readFileSync(path) });
    }
  };
  walk(join(root, 'src'));
  for (const file of CODE_FILES) {
    try {
      out.push({ path: file, bytes: readFileSync(join(root, file)) });
    } catch {
      out.push({ path: file, bytes: 'missing' });
    }
  }
  return out;
}
