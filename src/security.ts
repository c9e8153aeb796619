/**
 * The site's security policy, in one place: astro.config.mjs gives it to Astro's
 * Content-Security-Policy (a `<meta>` tag in every page) and the headers integration writes the same
 * policy, plus the headers a `<meta>` cannot carry, into `_headers` for Netlify and Cloudflare Pages
 * (the README shows the equivalent for GitHub Pages and nginx).
 *
 * No 'unsafe-inline' and no 'unsafe-eval'. Pagefind needs only 'wasm-unsafe-eval' (its search
 * runs in WebAssembly), a blob: worker and data: images. The only inline script is the theme
 * script, allowed by its hash.
 */
import { createHash } from 'node:crypto';

/**
 * The one inline script: applies the reader's remembered theme before the page paints, and marks
 * the page as having JavaScript (`html.js`), so the header's theme switch shows from the first paint
 * without moving anything, and never shows where it could not work. It also gives the stylesheet
 * the page's origin (--origin), so a printed note shows its source's full address from the link
 * alone (without JavaScript a printed note shows the path).
 */
export const THEME_SCRIPT = `var d=document.documentElement;d.classList.add('js');d.style.setProperty('--origin',JSON.stringify(location.origin));try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}`;

/** The CSP hash of an inline script. */
export function scriptHash(source: string): string {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}

/** Directives other than script-src and style-src. */
export const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
] as const;

/** Sources allowed for scripts (and the theme script's hash). */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** Sources allowed for styles. */
export const STYLE_SOURCES = ["'self'"];

/** Astro's `security.csp` option. */
export const astroCsp = {
  algorithm: 'SHA-256' as const,
  directives: [...DIRECTIVES],
  scriptDirective: { resources: SCRIPT_SOURCES, hashes: [scriptHash(THEME_SCRIPT) as `sha256-${string}`] },
  styleDirective: { resources: STYLE_SOURCES },
};

/** The whole policy as a header value, with what only a header can say (frame-ancestors). */
export function cspHeader(): string {
  return [
    ...DIRECTIVES,
    `script-src ${[...SCRIPT_SOURCES, `'${scriptHash(THEME_SCRIPT)}'`].join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}

/** The `_headers` file for Netlify and Cloudflare Pages, for a site under `base`. */
export function headersFile(base: string): string {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${cspHeader()}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: interest-cohort=(), camera=(), microphone=(), geolocation=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    `${base}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    `${base}pagefind/*`,
    '  Cache-Control: public, max-age=3600',
    '',
  ].join('\n');
}

/**
 * The same headers for nginx, as `location` blocks for a site under `base`. nginx does not carry
 * `add_header` lines from one location into another, so the blocks for hashed assets and the search
 * index repeat the security headers beside their caching rule (as `_headers` applies both to them).
 */
export function nginxHeaders(base: string): string {
  const security = [
    `  add_header Content-Security-Policy "${cspHeader()}" always;`,
    '  add_header X-Content-Type-Options "nosniff" always;',
    '  add_header Referrer-Policy "no-referrer" always;',
    '  add_header Permissions-Policy "interest-cohort=(), camera=(), microphone=(), geolocation=()" always;',
    '  add_header Cross-Origin-Opener-Policy "same-origin" always;',
  ];
  return [
    `location ${base} {`,
    ...security,
    `  error_page 404 ${base}404.html;`,
    '}',
    `location ${base}_astro/ {`,
    ...security,
    '  add_header Cache-Control "public, max-age=31536000, immutable" always;',
    '}',
    `location ${base}pagefind/ {`,
    ...security,
    '  add_header Cache-Control "public, max-age=3600" always;',
    '}',
  ].join('\n');
}
