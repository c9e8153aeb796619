/**
 * A real static host for the gates: nginx serving dist/ with the headers the build writes for it
 * (`npm run headers -- nginx <base>`, from src/security.ts), so the Content-Security-Policy a
 * reader's browser enforces is the header's as well as the page's `<meta>` one, with
 * frame-ancestors, nosniff and the caching rules on top. The test starts nginx itself, on a free
 * port, with a generated configuration in a temporary folder, and stops it afterwards.
 *
 * nginx comes from Debian (`apt-get install -y nginx`; .ci/run installs it). Outside CI a missing
 * nginx skips these gates LOUDLY; under CI=true it fails, as a missing Chromium does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { nginxHeaders } from '../../src/security.ts';
import { BASE, hasChromium, launch, type Server } from './harness.ts';

/** Where Debian installs nginx (override with NGINX_PATH). */
export const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

/** True when the static-host gates can run here. */
export const hasNginx = existsSync(NGINX);

if (!hasNginx && hasChromium) {
  const message = `nginx not found at ${NGINX}: the gates cannot check the site under a real static host's headers. Install it with \`apt-get install -y nginx\` (or set NGINX_PATH).`;
  if (process.env['CI']) throw new Error(message);
  console.warn(`\n\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n!! SKIPPING STATIC-HOST GATES. ${message}\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\n`);
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The nginx configuration: one server on `port` whose root holds the site at `base` (a symlink to
 * `dist` when the base is not `/`), with the generated header blocks as they would be deployed.
 */
export function nginxConfig(opts: { dir: string; root: string; port: number; base: string }): string {
  const tmp = (name: string): string => join(opts.dir, name);
  // As root, nginx would run its worker as "nobody", who may not read a private checkout.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}daemon off;
worker_processes 1;
pid ${tmp('nginx.pid')};
error_log ${tmp('error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${tmp('body')};
  proxy_temp_path ${tmp('proxy')};
  fastcgi_temp_path ${tmp('fastcgi')};
  uwsgi_temp_path ${tmp('uwsgi')};
  scgi_temp_path ${tmp('scgi')};
  server {
    listen 127.0.0.1:${opts.port};
    server_name localhost;
    root ${opts.root};
    index index.html;
${nginxHeaders(opts.base)
  .split('\n')
  .map((line) => `    ${line}`)
  .join('\n')}
  }
}
`;
}

/** Starts nginx over `dist` at the base path, and waits until it answers. */
export async function serveNginx(dist = process.env['DIST_DIR'] ?? 'dist', base = BASE): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'tft-nginx-'));
  let root = resolve(dist);
  if (base !== '/') {
    // The site lives under the base: /explainers/ → <root>/explainers → dist.
    root = join(dir, 'root');
    const parts = base.split('/').filter(Boolean);
    mkdirSync(join(root, ...parts.slice(0, -1)), { recursive: true });
    symlinkSync(resolve(dist), join(root, ...parts));
  }
  const port = await freePort();
  writeFileSync(join(dir, 'nginx.conf'), nginxConfig({ dir, root, port, base }));
  const child: ChildProcess = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}${base}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // Not up yet.
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill();
      throw new Error(`nginx did not answer at ${url} within 15 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        const finish = (): void => {
          rmSync(dir, { recursive: true, force: true });
          done();
        };
        if (child.exitCode !== null) return finish();
        child.once('exit', finish);
        // SIGQUIT: nginx's graceful stop.
        child.kill('SIGQUIT');
      }),
  };
}

/** nginx over dist and a browser, for one test file: started before its tests, stopped after. */
export function useStaticHost(): { server: Server; browser: Browser } {
  const site = {} as { server: Server; browser: Browser };
  beforeAll(async () => {
    site.server = await serveNginx();
    site.browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}
