/**
 * Structured data (schema.org JSON-LD) for search engines: NewsArticle for source articles,
 * FAQPage for explainers (one question, its short answer), DefinedTerm plus Organization, Person
 * or Country for glossary entries. Pure builders; the layouts pass the result to BaseLayout.
 */

type Ld = Record<string, unknown>;

const SITE = 'Tit for Tat';

/** A source article. */
export function articleLd(a: { url: string; title: string; description: string; date: string | null; publisher: string; image: string }): Ld {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description: a.description,
    url: a.url,
    image: [a.image],
    ...(a.date ? { datePublished: a.date } : {}),
    ...(a.publisher !== 'unknown' ? { publisher: { '@type': 'Organization', name: a.publisher } } : {}),
    isPartOf: { '@type': 'WebSite', name: SITE },
  };
}

/** An explainer: the question and its short answer. */
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

/** A glossary entry. */
export function actorLd(a: { url: string; name: string; description: string; kind: string; aliases: string[]; glossaryUrl: string }): Ld {
  return {
    '@context': 'https://schema.org',
    '@type': ['DefinedTerm', actorType(a.kind)],
    name: a.name,
    description: a.description,
    url: a.url,
    ...(a.aliases.length > 0 ? { alternateName: a.aliases } : {}),
    inDefinedTermSet: { '@type': 'DefinedTermSet', name: `${SITE}: glossary of actors`, url: a.glossaryUrl },
  };
}
