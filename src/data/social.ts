/**
 * Which pages get a social card of their own, and what it shows, from the content model and the
 * hub pages' labels: articles, explainers, glossary entries and hubs. Every other page (places,
 * timeline filters, alias redirects) shares the site's card, so the number of images grows only
 * with what readers share. The layout and the image integration both ask here.
 */
import { KIND_LABEL } from '../lib/actors.ts';
import { answerText } from '../lib/answers.ts';
import type { OgCard } from '../lib/og.ts';
import { paths } from '../lib/paths.ts';
import { HUBS } from '../lib/site-pages.ts';
import { ARTICLE_KIND_LABEL, articleDescription } from '../lib/sources.ts';
import { getActors } from './actors.ts';
import { getArticles } from './articles.ts';
import { getExplainers } from './explainers.ts';
import { model } from './model.ts';

let cache: { of: object; cards: OgCard[]; paths: Set<string> } | undefined;

/** Every card, hubs first. */
export function socialCards(): OgCard[] {
  return cached().cards;
}

/** The paths (under the base) that have a card of their own. */
export function cardPaths(): ReadonlySet<string> {
  return cached().paths;
}

function cached(): NonNullable<typeof cache> {
  const m = model();
  if (cache?.of === m) return cache;
  const cards: OgCard[] = [
    ...Object.values(HUBS).map((h) => ({ path: h.path, title: h.title, description: h.description, kind: 'Explainer site' })),
    ...getExplainers().map((e) => ({ path: paths.explainer(e.slug), title: e.data.title, description: answerText(e.data.shortAnswer), kind: 'Explainer' })),
    ...getActors().map((a) => ({ path: paths.actor(a.slug), title: a.data.name, description: a.data.description, kind: `Glossary · ${KIND_LABEL[a.data.kind].one}` })),
    ...getArticles().map((a) => ({ path: paths.article(a.slug), title: a.data.title, description: articleDescription(a.data), kind: `Source article · ${ARTICLE_KIND_LABEL[a.data.kind]}` })),
  ];
  cache = { of: m, cards, paths: new Set(cards.map((c) => c.path)) };
  return cache;
}
