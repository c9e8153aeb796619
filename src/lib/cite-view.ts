/**
 * What a citation shows a reader, computed once from the content model and rendered the same way
 * by the citations plugin (markers and notes in MDX bodies) and by `<SourceRef>` (key facts, actor
 * facts, events): where it links, its label, who says so, the quoted words, the article's
 * reliability, and any correction that marks the quoted words as wrong or unconfirmed.
 */
import type { Citation } from '../schemas/citation.ts';
import type { ArticleSlug, SourceSlug } from '../schemas/slugs.ts';
import type { ContentModel } from './content/model.ts';
import { href, paths } from './paths.ts';
import { correctionsTouching, type CorrectionStatus } from './corrections.ts';
import { articleDate, outsideDate, outsideLabel, sourceName } from './sources.ts';

/** A correction whose quoted words overlap a citation's quote. */
export interface CiteMark {
  /** The correction's number in its article. */
  n: number;
  status: CorrectionStatus;
  /** What the correction says is right, or what is not confirmed. */
  text: string;
  /** Link to the correction on the article's page. */
  href: string;
}

/** What a citation shows. */
export type CiteView =
  | {
      kind: 'article';
      article: ArticleSlug;
      paragraph: number;
      href: string;
      /** "Reuters, 29 June 2021, ¶4". */
      label: string;
      /** The source's date as readers see it: "29 June 2021", "February 2024 or later". */
      date: string;
      quote: string;
      by?: string;
      reliability: 'high' | 'medium' | 'low' | 'unrated';
      marks: CiteMark[];
    }
  | {
      kind: 'outside';
      source: SourceSlug;
      fact: string;
      href: string;
      /** "Outside source: US Central Command statement, 2 February 2024". */
      label: string;
      /** The record's date as readers see it. */
      date: string;
      /** The fact it supports, in the editors' words. */
      text: string;
      marks: [];
    };

/** Builds citation views for one base path. */
export function citeViews(model: ContentModel, base: string): { view(ref: Citation): CiteView } {
  const cache = new Map<string, CiteView>();
  const view = (ref: Citation): CiteView => {
    const key = JSON.stringify(ref);
    let v = cache.get(key);
    if (v) return v;
    if ('source' in ref) {
      const source = model.sources.get(ref.source);
      if (!source) throw new Error(`No outside source "${ref.source}": run the content check (npm run content:check).`);
      v = { kind: 'outside', source: ref.source, fact: ref.fact, href: href(base, paths.outsideSource(ref.source, ref.fact)), label: `Outside source: ${outsideLabel(source.data)}`, date: outsideDate(source.data), text: source.data.facts.find((f) => f.key === ref.fact)?.text ?? '', marks: [] };
    } else {
      const article = model.articles.get(ref.article);
      if (!article) throw new Error(`No article "${ref.article}": run the content check (npm run content:check).`);
      const marks = correctionsTouching(article.data.corrections, ref.quote).map(({ n, status }) => ({ n, status, text: article.data.corrections[n - 1]?.text ?? '', href: href(base, paths.correction(ref.article, n)) }));
      v = {
        kind: 'article',
        article: ref.article,
        paragraph: ref.paragraph,
        href: href(base, paths.paragraph(ref.article, ref.paragraph)),
        label: `${sourceName(article.data)}, ${articleDate(article.data)}, ¶${ref.paragraph}`,
        date: articleDate(article.data),
        quote: ref.quote,
        ...(ref.by ? { by: ref.by } : {}),
        reliability: article.data.reliability.level,
        marks,
      };
    }
    cache.set(key, v);
    return v;
  };
  return { view };
}

/** Readers' names for reliability levels. */
export const RELIABILITY_LABEL = { high: 'high reliability', medium: 'medium reliability', low: 'low reliability', unrated: 'not rated' } as const;

/** The words of a mark: "Wrong, corrected" / "Unconfirmed". */
export const MARK_LABEL: Record<CorrectionStatus, string> = { wrong: 'This passage is wrong', unconfirmed: 'This passage is unconfirmed', clarified: 'This passage needs a clarification' };

/** True when every citation of a claim comes from a low-reliability article. */
export function isLowReliabilityOnly(views: readonly CiteView[]): boolean {
  return views.length > 0 && views.every((v) => v.kind === 'article' && v.reliability === 'low');
}
