/**
 * The dev server: an article's body is rendered by the content layer (src/build/articles-loader.ts),
 * so an editor who changes it must see the change without restarting the server.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanScratch, scratchProject } from './scratch.ts';

afterAll(cleanScratch);

const ARTICLE = 'content/articles/us-tit-for-tat-strikes-send-warning.mdx';
const PAGE = '/articles/us-tit-for-tat-strikes-send-warning/';

/** The environment of a dev server started by hand: Vitest's own variables (NODE_ENV=test, VITEST…) would make Astro serve nothing. */
function devEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}

/** Fetches `url` until `test` holds for its text (or `ms` pass); returns the last text. */
async function poll(url: string, test: (text: string) => boolean, ms: number): Promise<string> {
  const end = Date.now() + ms;
  let text = '';
  while (Date.now() < end) {
    try {
      text = await (await fetch(url)).text();
      if (test(text)) return text;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return text;
}

describe('the dev server', () => {
  it("shows an edited article body, with the site's plugins run on it, without a restart", async () => {
    const root = scratchProject('dev-');
    const port = 4400 + Math.floor(Math.random() * 500);
    const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], { cwd: root, env: devEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    server.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    try {
      const url = `http://localhost:${port}${PAGE}`;
      const before = await poll(url, (t) => t.includes('id="p2"'), 90_000);
      expect(before, log.slice(-2000)).toContain('calls for retaliation');
      const file = join(root, ARTICLE);
      writeFileSync(file, readFileSync(file, 'utf8').replace('calls for retaliation', 'calls for an edited retaliation'));
      const after = await poll(url, (t) => t.includes('calls for an edited retaliation'), 30_000);
      expect(after, log.slice(-2000)).toContain('calls for an edited retaliation');
      // The paragraph still has its anchor and ¶ link: the remark plugins ran on the new body.
      expect(after).toMatch(/<p id="p2">[^]*?calls for an edited retaliation[^]*?class="pilcrow"/);
    } finally {
      server.kill();
    }
  });
});
