/**
 * What a saved page says about itself in its markup: JSON-LD (`NewsArticle` and its kin), Open Graph
 * and `article:*` meta tags, `<meta name="author">`, `<time datetime>`, `<title>`. Each value keeps
 * the name of the place it came from, for the frontmatter's `ingest.sources`. JSON-LD is read with
 * `JSON.parse` and never run; nothing else in a `<script>` is read at all.
 */
import { looksLikeOrganisation, readSiteName } from './metadata.ts';
import { words } from './words.ts';

/** A value and where on the page it was found. */
export interface Sourced<T> {
  value: T;
  /** Where it came from, e.g. `JSON-LD NewsArticle "headline"` or `<meta property="og:title">`. */
  from: string;
}

/** The page's own metadata. */
export interface PageMeta {
  title?: Sourced<string>;
  byline?: Sourced<string>;
  publisher?: Sourced<string>;
  /** Publication time as written (ISO 8601, or whatever the page wrote). */
  published?: Sourced<string>;
  modified?: Sourced<string>;
  description?: Sourced<string>;
}

/** The schema.org types of news and blog articles. */
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|TechArticle|ScholarlyArticle|SocialMediaPosting|PressRelease)$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Collapses white space; `undefined` for an empty result. */
export function clean(text: string | null | undefined): string | undefined {
  const out = (text ?? '').replace(/\s+/g, ' ').trim();
  return out || undefined;
}

/** Every object in a JSON-LD value, descending into arrays and `@graph`. */
function objects(value: Json, out: { [key: string]: Json }[] = []): { [key: string]: Json }[] {
  if (Array.isArray(value)) for (const v of value) objects(v, out);
  else if (value && typeof value === 'object') {
    out.push(value);
    if (value['@graph']) objects(value['@graph'], out);
  }
  return out;
}

/**
 * The names in a JSON-LD person or organisation value: "Jane Doe", {name}, or a list of them. A
 * reference to another node of the page's graph ({"@id": "…#/schema/person/…"}, as Yoast writes
 * an article's author) is read from that node, when `byId` has it.
 */
function names(value: Json | undefined, byId: ReadonlyMap<string, { [key: string]: Json }> = new Map()): string[] {
  if (typeof value === 'string') return /^https?:/.test(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => names(v, byId));
  if (value && typeof value === 'object' && typeof value['name'] === 'string') return [value['name']];
  if (value && typeof value === 'object' && typeof value['@id'] === 'string') {
    const node = byId.get(value['@id']);
    if (node && typeof node['name'] === 'string') return [node['name']];
  }
  return [];
}

/** Joins names as a byline does: "A", "A and B", "A, B and C". */
function joinNames(list: string[]): string | undefined {
  const unique = [...new Set(list.map((n) => clean(n)).filter((n): n is string => Boolean(n)))];
  if (unique.length === 0) return undefined;
  return unique.length === 1 ? unique[0] : `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

/** The schema.org types of an organisation (the page's owner, when no article names its publisher). */
const ORGANISATION_TYPES = /^(?:Organization|NewsMediaOrganization|CollegeOrUniversity|EducationalOrganization|GovernmentOrganization|NGO|Corporation|LocalBusiness|MedicalOrganization|ResearchOrganization|PerformingGroup|SportsOrganization|Library)$/;

/** The schema.org types of a publication an article is part of: a newsletter, a series, a periodical (not a print issue, nor a web page). */
const SERIES_TYPES = /^(?:CreativeWorkSeries|Periodical|Newsletter)$/;

/** Reads the metadata of a parsed page. */
export function readPageMeta(document: Document): PageMeta {
  const meta: PageMeta = {};
  const set = <K extends keyof PageMeta>(key: K, value: string | undefined, from: string): void => {
    const v = clean(value);
    if (v && !meta[key]) meta[key] = { value: v, from };
  };

  // Every JSON-LD object of the page, read once (a script that does not parse is skipped).
  const ld = [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) => {
    try {
      return objects(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      return [];
    }
  });
  const byId = new Map(ld.filter((item) => typeof item['@id'] === 'string').map((item) => [item['@id'] as string, item]));
  const typed = (item: Record<string, Json>, types: RegExp): string | undefined => ([] as Json[]).concat(item['@type'] ?? []).find((t): t is string => typeof t === 'string' && types.test(t));
  for (const item of ld) {
    const type = typed(item, ARTICLE_TYPES);
    if (typeof type !== 'string') continue;
    const at = (field: string): string => `JSON-LD ${type} "${field}"`;
    set('title', typeof item['headline'] === 'string' ? item['headline'] : undefined, at('headline'));
    set('byline', joinNames(names(item['author'], byId)), at('author'));
    // A newsletter or a series on a platform (LinkedIn, Substack) is the publication; the platform only hosts it.
    const series = ([] as Json[]).concat(item['isPartOf'] ?? []).find((p): p is Record<string, Json> => typeof p === 'object' && p !== null && !Array.isArray(p) && SERIES_TYPES.test(String(p['@type'] ?? '')));
    set('publisher', typeof series?.['name'] === 'string' ? series['name'] : undefined, at('isPartOf'));
    set('publisher', names(item['publisher'], byId)[0], at('publisher'));
    set('published', typeof item['datePublished'] === 'string' ? item['datePublished'] : undefined, at('datePublished'));
    set('modified', typeof item['dateModified'] === 'string' ? item['dateModified'] : undefined, at('dateModified'));
    set('description', typeof item['description'] === 'string' ? item['description'] : undefined, at('description'));
  }

  const tag = (attr: 'property' | 'name' | 'itemprop', key: string): string | undefined => {
    for (const el of document.querySelectorAll(`meta[${attr}]`)) {
      if (el.getAttribute(attr)?.toLowerCase() === key.toLowerCase()) return el.getAttribute('content') ?? undefined;
    }
    return undefined;
  };
  set('title', tag('property', 'og:title'), '<meta property="og:title">');
  set('published', tag('property', 'article:published_time'), '<meta property="article:published_time">');
  for (const key of ['datePublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'article.published']) {
    const attr = key === 'datePublished' ? 'itemprop' : 'name';
    set('published', tag(attr, key), `<meta ${attr}="${key}">`);
  }
  set('modified', tag('property', 'article:modified_time'), '<meta property="article:modified_time">');
  const author = tag('name', 'author') ?? tag('property', 'article:author');
  if (author && !/^https?:/.test(author)) set('byline', author, '<meta name="author">');
  set('publisher', tag('property', 'og:site_name'), '<meta property="og:site_name">');
  set('publisher', tag('name', 'application-name'), '<meta name="application-name">');
  set('publisher', tag('name', 'publisher') ?? tag('name', 'dc.publisher'), '<meta name="publisher">');
  // Microdata or RDFa: an element marked as the publisher, with its name ("property=publisher" > "property=name").
  const org = document.querySelector('[itemprop~="publisher"], [property~="publisher"]');
  const orgName = org?.querySelector('[itemprop~="name"], [property~="name"]');
  set('publisher', orgName?.getAttribute('content') ?? orgName?.textContent?.trim() ?? undefined, org?.hasAttribute('itemprop') ? 'microdata itemprop="publisher"' : 'RDFa property="publisher"');
  set('description', tag('property', 'og:description') ?? tag('name', 'description'), '<meta name="description">');

  // A page whose only JSON-LD is its owner ("CollegeOrUniversity", "GovernmentOrganization", "NewsMediaOrganization"): the owner published it.
  for (const item of ld) {
    const type = typed(item, ORGANISATION_TYPES);
    if (type && typeof item['name'] === 'string') set('publisher', item['name'], `JSON-LD ${type} "name"`);
  }

  const time =
    document.querySelector('article time[datetime], main time[datetime]') ??
    document.querySelector('time[itemprop="datePublished"], time[pubdate], time[datetime]');
  set('published', time?.getAttribute('datetime') ?? undefined, `<time datetime="${time?.getAttribute('datetime') ?? ''}">`);
  // A page whose metadata names no publisher may still name itself in its <title> beside the
  // headline ("The Example Blog: Headline", "Headline | The Example Blog"), as Blogger does.
  const oneLine = (text: string | null | undefined): string | undefined => text?.replace(/\s+/g, ' ').trim();
  const pageTitle = oneLine(document.querySelector('title')?.textContent);
  if (!meta.publisher && meta.title && pageTitle) {
    const site = siteBeside(pageTitle, oneLine(meta.title.value)!);
    if (site) set('publisher', site, '<title>');
  }
  // A title that is the <h1> and the site's name ("Headline - Example Wiki News") is the <h1>; the rest names the site.
  const h1 = oneLine(document.querySelector('h1')?.textContent);
  const site = meta.title && h1 ? siteBeside(oneLine(meta.title.value)!, h1) : undefined;
  if (meta.title && h1 && site) {
    if (!meta.publisher) meta.publisher = { value: site, from: `${meta.title.from}, after the headline` };
    meta.title = { value: h1, from: `<h1> (${meta.title.from} adds the site's name)` };
  } else if (meta.title && h1) {
    // "Headline | Site" in the metadata for the <h1> "Q&A: Headline": the page shows its <h1>, with its label.
    const core = oneLine(meta.title.value)!.match(/^(.+?)\s+[|–—-]\s+([^|–—]+)$/);
    if (!meta.title.from.startsWith('JSON-LD') && core?.[1] && core[2] && readSiteName(core[2].trim()) && h1 !== core[1] && h1.endsWith(core[1]) && words(h1).length - words(core[1]).length <= 3) {
      meta.title = { value: h1, from: `<h1> (${meta.title.from} adds the site's name and leaves out the label)` };
    } else if (h1 !== oneLine(meta.title.value) && words(h1).length >= 3 && h1.toLowerCase() !== meta.publisher?.value.toLowerCase() && !oneLine(meta.title.value)!.includes(h1) && !namesSite(pageTitle, h1)) {
      // The headline the page shows, not the search-engine title its metadata gives ("Larkin Falls soldier recovering …" for "The drone came at dinner time").
      meta.title = { value: h1, from: `<h1> (the page's ${meta.title.from} gives another title, ${JSON.stringify(oneLine(meta.title.value))})` };
    }
  }
  set('title', document.querySelector('h1')?.textContent ?? undefined, '<h1>');
  // A page with no other title whose <title> joins site, section and headline ("Site :: Press
  // Releases :: Headline", "Headline | Section | Site"): the headline is the part the page shows as
  // a block of its own; the part at the other end names the site, when it is shaped like a name.
  if (!meta.title && pageTitle) {
    const parts = pageTitle.split(/\s+(?:::|[|»›>–—-])\s+/).map((p) => p.trim()).filter(Boolean);
    // The blocks' texts are read only for a <title> in parts.
    const shown = parts.length >= 2 ? new Set([...document.querySelectorAll('body *')].filter((el) => el.children.length <= 3).map((el) => oneLine(el.textContent))) : new Set<string | undefined>();
    const headline = parts.filter((p) => words(p).length >= 4 && shown.has(p)).sort((a, b) => b.length - a.length)[0];
    if (headline) {
      const at = parts.indexOf(headline);
      set('title', headline, `<title> (the part the page shows as its headline; the rest names the site${parts.length > 2 ? ' and its section' : ''})`);
      const end = at === 0 ? parts.at(-1)! : parts[0]!;
      if (!meta.publisher && (readSiteName(end) || looksLikeOrganisation(end))) set('publisher', end, '<title> (beside the headline)');
    }
  }
  set('title', pageTitle, '<title>');
  // A blog's platform is not its publisher ("Blogger" in a BlogPosting's JSON-LD): the blog is, as its <title> names it.
  if (meta.publisher && PLATFORM.test(meta.publisher.value.trim()) && meta.title && pageTitle) {
    // The blog's name may join its words with "on", "in" or "the" ("Tea on the Balcony"), which a site's name test refuses.
    const blog = besideHeadline(pageTitle, oneLine(meta.title.value)!);
    if (blog && /^\p{Lu}/u.test(blog) && blog.length <= 60 && !PLATFORM.test(blog)) meta.publisher = { value: blog, from: `<title> (the ${meta.publisher.from} names the platform, ${meta.publisher.value})` };
  }
  return meta;
}

/**
 * True when a page's <title> gives the <h1> as the site's name beside the headline: after it
 * ("Headline - Section - Ministry of Foreign Affairs"), or before it ("Tea on the Balcony: The day
 * after the strikes", as Blogger writes it). The <h1> is then the site's name, not the story's.
 */
function namesSite(pageTitle: string | undefined, h1: string): boolean {
  if (pageTitle === undefined || pageTitle === h1) return false;
  return (pageTitle.endsWith(h1) && /\s(?:[|–—-]|::)\s*$/.test(pageTitle.slice(0, -h1.length))) || (pageTitle.startsWith(h1) && /^\s*(?::|\s[|–—-]|::)\s+\S/.test(pageTitle.slice(h1.length)));
}

/** Publishing platforms, which a page's metadata may name as its publisher for a blog they host. */
const PLATFORM = /^(?:blogger|blogspot|wordpress(?:\.com)?|medium|substack|tumblr|wix|squarespace|weebly|ghost)$/i;

/** The site's name beside the headline in a page's <title>: "Site: Headline", "Site | Headline", "Headline | Site", "Headline – Site". */
export function siteBeside(pageTitle: string, headline: string): string | undefined {
  const site = besideHeadline(pageTitle, headline);
  return site && readSiteName(site) ? site : undefined;
}

/** The part of a page's <title> beside the headline, before or after its separator, as written (no test of its name). */
function besideHeadline(pageTitle: string, headline: string): string | undefined {
  if (!headline || pageTitle === headline) return undefined;
  const before = pageTitle.endsWith(headline) ? pageTitle.slice(0, -headline.length).match(/^(.+?)\s*(?::|\s[|–—-])\s*$/)?.[1] : undefined;
  const after = pageTitle.startsWith(headline) ? pageTitle.slice(headline.length).match(/^\s*(?:[|–—-]|::)\s*(.+)$/)?.[1] : undefined;
  return (before ?? after)?.trim();
}
