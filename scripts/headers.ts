/**
 * `npm run headers -- nginx [BASE]`: prints the site's security headers for a plain nginx server,
 * from the same source as the CSP and `_headers` (src/security.ts). `npm run headers` alone prints
 * the `_headers` file for Netlify and Cloudflare Pages (the build also writes it into dist/).
 */
import { headersFile, nginxHeaders } from '../src/security.ts';

const [kind = 'netlify', base = process.env['BASE_PATH'] ?? '/'] = process.argv.slice(2);
const cleanBase = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
console.log(kind === 'nginx' ? nginxHeaders(cleanBase) : headersFile(cleanBase));
