/**
 * Structured data (schema.org JSON-LD) for search engines: NewsArticle for source articles,
 * FAQPage for explainers (one question, its short answer), DefinedTerm plus Organization, Person
 * or Country for glossary entries. Pure builders; the layouts pass the result to BaseLayout.
 *
 * Visible history goes in too: `dateModified` is the page's last recorded change (src/lib/history.ts),
 * and an article's corrections are `correction` (schema.org CorrectionComment), each written by this
 * site rather than the article's publisher and linked to its place on the page.
 */

type Ld = Record<string, unknown>;

const SITE = 'Tit for Tat';

/** A correction this site shows on a page: what it says, when it was published (if known), where it is. */
export interface LdCorrection {
  text: string;
  date?: string | undefined;
  url: string;
}

/** Corrections as schema.org CorrectionComments by this site. */
function corrections(list: readonly LdCorrection[]): Ld {
  if (list.length === 0) return {};
  return { correction: list.map((c) => ({ '@type': 'CorrectionComment', text: c.text, url: c.url, ...(c.date ? { datePublished: c.date } : {}), author: { '@type': 'Organization', name: SITE } })) };
}

/** A source article. */
export function articleLd(a: { url: string; title: string; description: string; date: string | null; publisher: string; image: string; dateModified?: string | undefined; corrections?: readonly LdCorrection[] }): Ld {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description: a.description,
    url: a.url,
    image: [a.image],
    ...(a.date ? { datePublished: a.date } : {}),
    ...(a.publisher !== 'unknown' ? { publisher: { '@type': 'Organization', name: a.publisher } } : {}),
    ...(a.dateModified ? { dateModified: a.dateModified } : {}),
    ...corrections(a.corrections ?? []),
    isPartOf: { '@type': 'WebSite', name: SITE },
  };
}

/** An explainer: the question and its short answer; `updated` is its last update, recorded changes included. */
export function explainerLd(e: { url: string; question: string; answer: string; published: string; updated: string }): Ld {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: e.url,
    datePublished: e.published,
    dateModified: e.updated,
    mainEntity: [{ '@type': 'Question', name: e.question, acceptedAnswer: { '@type': 'Answer', text: e.answer } }],
  };
}

/** The schema.org type of an actor, besides DefinedTerm. */
export function actorType(kind: string): string {
  if (kind === 'person' || kind === 'quoted-voice') return 'Person';
  if (kind === 'state') return 'Country';
  return 'Organization';
}

/**
 * A glossary entry. A DefinedTerm has no date of its own, so the date of its last recorded change
 * goes on the page it is the main entity of.
 */
export function actorLd(a: { url: string; name: string; description: string; kind: string; aliases: string[]; glossaryUrl: string; dateModified?: string | undefined }): Ld {
  return {
    '@context': 'https://schema.org',
    '@type': ['DefinedTerm', actorType(a.kind)],
    name: a.name,
    description: a.description,
    url: a.url,
    ...(a.aliases.length > 0 ? { alternateName: a.aliases } : {}),
    inDefinedTermSet: { '@type': 'DefinedTermSet', name: `${SITE}: glossary of actors`, url: a.glossaryUrl },
    ...(a.dateModified ? { mainEntityOfPage: { '@type': 'WebPage', '@id': a.url, url: a.url, dateModified: a.dateModified } } : {}),
  };
}
