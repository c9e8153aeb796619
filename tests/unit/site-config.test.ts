import { describe, expect, it } from 'vitest';
import { astroCommand, LOCAL_SITE_URL, siteConfig } from '../../src/site-config.ts';

describe('siteConfig', () => {
  it('stops a build under CI that has no SITE_URL, naming SITE_URL and the fix', () => {
    expect(() => siteConfig({ CI: 'true' }, 'build')).toThrow(/SITE_URL is not set, and CI is set: .*localhost:4321.*canonical URL.*sitemap\. Set SITE_URL to the origin readers use, e\.g\. `SITE_URL=https:\/\/example\.org npm run build`/);
  });

  it('stops a build with the DEPLOY flag and no SITE_URL, even outside CI', () => {
    expect(() => siteConfig({ DEPLOY: '1' }, 'build')).toThrow(/SITE_URL is not set, and DEPLOY is set/);
  });

  it('builds under CI with an explicit SITE_URL, a local one included', () => {
    expect(siteConfig({ CI: 'true', SITE_URL: 'https://news.example.net' }, 'build')).toEqual({ site: 'https://news.example.net', base: '/' });
    expect(siteConfig({ CI: '1', SITE_URL: LOCAL_SITE_URL, BASE_PATH: 'deep/path/' }, 'build')).toEqual({ site: LOCAL_SITE_URL, base: '/deep/path/' });
  });

  it('keeps the local default for a local build, and for commands that write no URLs under CI', () => {
    expect(siteConfig({}, 'build').site).toBe(LOCAL_SITE_URL);
    expect(siteConfig({ CI: 'false' }, 'build').site).toBe(LOCAL_SITE_URL);
    expect(siteConfig({ CI: '0', DEPLOY: '' }, 'build').site).toBe(LOCAL_SITE_URL);
    for (const command of ['preview', 'check', 'dev', undefined]) expect(siteConfig({ CI: 'true' }, command).site).toBe(LOCAL_SITE_URL);
  });

  it('treats a blank SITE_URL as unset', () => {
    expect(() => siteConfig({ CI: 'true', SITE_URL: '   ' }, 'build')).toThrow(/SITE_URL is not set/);
  });

  it('still names a malformed SITE_URL or BASE_PATH with the fix', () => {
    expect(() => siteConfig({ SITE_URL: 'example dot org' }, 'build')).toThrow('SITE_URL="example dot org" is not a URL');
    expect(() => siteConfig({ BASE_PATH: '/a/../b' }, 'build')).toThrow('BASE_PATH="/a/../b" is not a path');
  });
});

describe('astroCommand', () => {
  it('reads the command after the script, past its flags', () => {
    expect(astroCommand(['/usr/bin/node', 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'dist-base'])).toBe('build');
    expect(astroCommand(['/usr/bin/node', '/x/node_modules/.bin/astro', '--silent', 'preview', '--port', '4400'])).toBe('preview');
    expect(astroCommand(['/usr/bin/node', 'vitest'])).toBeUndefined();
  });
});
