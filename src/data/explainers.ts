/**
 * Explainer queries, and which articles each explainer cites (read once per build from the MDX
 * bodies with the same reader the citations plugin uses).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { collectCites } from '../lib/mdx-cites.ts';
import { parseMdx } from '../lib/mdx-parse.ts';
import { checkReferences } from './references.ts';

/** An explainer entry. */
export type ExplainerEntry = CollectionEntry<'explainers'>;

let cached: Promise<ExplainerEntry[]> | undefined;

/** All explainers, in the home page's order (then by title). */
export function getExplainers(): Promise<ExplainerEntry[]> {
  cached ??= checkReferences().then(() => getCollection('explainers')).then((all) => all.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title)));
  return cached;
}

const citedCache = new Map<string, string[]>();

/** The article slugs an explainer cites, in order of first citation. */
export function citedArticles(entry: ExplainerEntry): string[] {
  let cited = citedCache.get(entry.id);
  if (!cited) {
    const fromBody = collectCites(parseMdx(entry.body ?? '')).cites.map((c) => c.article);
    const fromFacts = entry.data.keyFacts.map((f) => f.cite.article);
    cited = [...new Set([...fromBody, ...fromFacts])];
    citedCache.set(entry.id, cited);
  }
  return cited;
}

/** The explainers that cite an article ("Explained in"). */
export async function explainersCiting(articleSlug: string): Promise<ExplainerEntry[]> {
  return (await getExplainers()).filter((e) => citedArticles(e).includes(articleSlug));
}

const paragraphCache = new Map<string, string[]>();

/** The `article#pN` paragraphs an explainer cites (body and key facts). */
export function citedParagraphsOf(entry: ExplainerEntry): string[] {
  let cited = paragraphCache.get(entry.id);
  if (!cited) {
    const fromBody = collectCites(parseMdx(entry.body ?? '')).cites;
    cited = [...new Set([...fromBody, ...entry.data.keyFacts.map((f) => f.cite)].map((c) => `${c.article}#p${c.paragraph}`))];
    paragraphCache.set(entry.id, cited);
  }
  return cited;
}
