/**
 * Browser tests: a real Chromium (Debian's, driven by playwright-core) against the built site served
 * by `astro preview`. Outside CI a missing Chromium skips these tests LOUDLY; under CI=true it fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Where Debian installs Chromium (override with CHROMIUM_PATH). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** True when the browser tests can run here. */
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  const message = `Chromium not found at ${CHROMIUM}: browser tests cannot run. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`;
  if (process.env['CI']) throw new Error(message);
  console.warn(`\n\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n!! SKIPPING BROWSER TESTS. ${message}\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\n`);
}

/** The base path the site was built with, as in the site tests. */
export const BASE = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** Launches Chromium with the flags this machine needs (no network beyond localhost). */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** A running `astro preview` of dist/, on its own port. */
export interface Server {
  /** The site's root URL, with the base path and a trailing slash. */
  url: string;
  stop(): Promise<void>;
}

/** Starts `astro preview` and waits until it answers. */
export async function serve(port = 4400 + Math.floor(Math.random() * 500)): Promise<Server> {
  const outDir = process.env['DIST_DIR'] ? ['--outDir', process.env['DIST_DIR']] : [];
  const child: ChildProcess = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(port), '--host', '127.0.0.1', ...outDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}${BASE}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch {
      // Not up yet.
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill();
      throw new Error(`astro preview did not answer at ${url} within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/** Collects console errors, failed requests and requests to other origins for a page. */
export function watch(page: Page, origin: string): { errors: string[]; foreign: string[] } {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  page.on('requestfailed', (request) => {
    // A request cut short by the next navigation is not a failure of the site.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  return { errors, foreign };
}

/** The site served and a browser, for one test file: started before its tests, stopped after. */
export function useSite(): { server: Server; browser: Browser } {
  const site = {} as { server: Server; browser: Browser };
  beforeAll(async () => {
    site.server = await serve();
    site.browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}
