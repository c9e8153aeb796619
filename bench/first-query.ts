/**
 * "Bytes a browser downloads to answer a first query", measured by running Pagefind's own search
 * client in Node against the built index.
 *
 * The site's `pagefind/` folder is served by a local HTTP server that counts every byte it sends;
 * a fresh instance of the built `pagefind/pagefind.js` (imported under a new query string, so no
 * state carries over) is initialised with that server as its base path, runs the query, and loads
 * the first five results (Pagefind's UI shows five at first). The figure is the bytes served
 * (pagefind-entry.json, the language's pf_meta and wasm, the index chunks and the five fragments)
 * plus the size of pagefind.js itself, which the browser also downloads. Node has no Worker, so
 * Pagefind runs on the main thread: the files it fetches are the ones a browser's worker fetches.
 * The search UI script (pagefind-component-ui.js) is reported apart: it is Pagefind's, the same
 * in every pipeline.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What one query cost. */
export interface QueryCost {
  query: string;
  /** Total bytes: pagefind.js plus everything served. */
  bytes: number;
  results: number;
  /** Each file fetched, with its size, in fetch order. */
  fetched: { file: string; bytes: number }[];
}

/** The first-query cost of each query, and the UI script's size. */
export interface FirstQuery {
  queries: QueryCost[];
  /** The mean over the queries. */
  meanBytes: number;
  /** pagefind-component-ui.js, for reference. */
  uiBytes: number;
  /** pagefind.js. */
  clientBytes: number;
}

let instance = 0;

/** Runs each query against the Pagefind index in `site/pagefind/`. */
export async function firstQuery(site: string, queries: string[]): Promise<FirstQuery> {
  const bundle = join(site, 'pagefind');
  let fetched: { file: string; bytes: number }[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] as string);
    const file = normalize(join(site, path));
    if (!file.startsWith(bundle)) {
      res.statusCode = 403;
      res.end();
      return;
    }
    readFile(file).then(
      (body) => {
        fetched.push({ file: path.replace(/^\/pagefind\//, ''), bytes: body.length });
        res.end(body);
      },
      () => {
        res.statusCode = 404;
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const clientBytes = (await stat(join(bundle, 'pagefind.js'))).size;
  const uiBytes = await stat(join(bundle, 'pagefind-component-ui.js')).then((s) => s.size, () => 0);
  const out: QueryCost[] = [];
  try {
    for (const query of queries) {
      fetched = [];
      const url = `${pathToFileURL(join(bundle, 'pagefind.js')).href}?bench=${instance++}`;
      const pagefind = (await import(url)) as {
        options(o: Record<string, unknown>): Promise<void>;
        init(): Promise<void>;
        search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
        destroy?(): Promise<void>;
      };
      await pagefind.options({ basePath: `http://127.0.0.1:${port}/pagefind/`, baseUrl: '/' });
      await pagefind.init();
      const search = await pagefind.search(query);
      await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
      await pagefind.destroy?.();
      const served = fetched.reduce((sum, f) => sum + f.bytes, 0);
      out.push({ query, bytes: clientBytes + served, results: search.results.length, fetched: [{ file: 'pagefind.js', bytes: clientBytes }, ...fetched] });
    }
  } finally {
    server.close();
  }
  const meanBytes = out.length > 0 ? Math.round(out.reduce((s, q) => s + q.bytes, 0) / out.length) : 0;
  return { queries: out, meanBytes, uiBytes, clientBytes };
}
