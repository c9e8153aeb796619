/**
 * Writes `_headers` (Netlify, Cloudflare Pages) with the site's security policy after the build,
 * from the same source as Astro's CSP (`src/security.ts`), so the two can never disagree.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../security.ts';

/** The integration. */
export default function headersIntegration(base: string): AstroIntegration {
  return {
    name: 'tit-for-tat:headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(`${fileURLToPath(dir)}/_headers`, headersFile(base));
      },
    },
  };
}
