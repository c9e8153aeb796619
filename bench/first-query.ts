/**
 * The bytes a browser downloads to answer a first query, measured by running Pagefind's own client
 * (the built `pagefind/pagefind.js`) in Node against a local HTTP server that counts what it serves:
 * pagefind-entry.json, the language's pf_meta and wasm, the index chunks the query needs, and the
 * fragments of the first five results (the search page shows five at first), plus pagefind.js
 * itself. Each query gets a fresh instance of the client, so nothing is cached between them. Node
 * has no Worker, so the client runs on the main thread; it fetches the same files a browser's worker
 * would. The search UI script (pagefind-component-ui.js) is Pagefind's, the same in every pipeline,
 * and not counted.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What one query cost: bytes downloaded, and how many results it found. */
export interface QueryCost {
  query: string;
  bytes: number;
  results: number;
}

/** Pagefind's client API, as much of it as is used here. */
interface PagefindClient {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
  destroy?(): Promise<void>;
}

let instance = 0;

/** Runs each query against the Pagefind index in `site/pagefind/`. */
export async function firstQuery(site: string, queries: readonly string[]): Promise<QueryCost[]> {
  const bundle = join(site, 'pagefind');
  let served = 0;
  const server = createServer((req, res) => {
    const file = normalize(join(site, decodeURIComponent((req.url ?? '/').split('?')[0] as string)));
    if (!file.startsWith(bundle)) {
      res.statusCode = 403;
      res.end();
      return;
    }
    readFile(file).then(
      (body) => {
        served += body.length;
        res.end(body);
      },
      () => {
        res.statusCode = 404;
        res.end();
      },
    );
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const client = (await stat(join(bundle, 'pagefind.js'))).size;
  const out: QueryCost[] = [];
  try {
    for (const query of queries) {
      served = 0;
      // A new query string gives a new module instance, so no state carries over from the last query.
      const pagefind = (await import(`${pathToFileURL(join(bundle, 'pagefind.js')).href}?bench=${instance++}`)) as PagefindClient;
      await pagefind.options({ basePath: `http://127.0.0.1:${port}/pagefind/`, baseUrl: '/' });
      await pagefind.init();
      const search = await pagefind.search(query);
      await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
      await pagefind.destroy?.();
      out.push({ query, bytes: client + served, results: search.results.length });
    }
  } finally {
    server.close();
  }
  return out;
}
