/**
 * Which pages get a social card of their own, and what it shows, from the content model and the
 * hub pages' labels: explainers, glossary entries, hubs, and the newest articles. Other articles share the "Source article" card; every other page (places,
 * timeline pages, lists) shares the site's card, so the number of images stays bounded however
 * many articles the site holds. The layout and the image integration both ask here.
 */
import { KIND_LABEL } from '../lib/actors.ts';
import { answerText } from '../lib/answers.ts';
import { OWN_CARD_ARTICLES } from '../lib/bounds.ts';
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

/** The articles with a card of their own: the newest OWN_CARD_ARTICLES. */
function ownCardArticles(): ReturnType<typeof getArticles> {
  return getArticles().slice(0, OWN_CARD_ARTICLES);
}

function cached(): NonNullable<typeof cache> {
  const m = model();
  if (cache?.of === m) return cache;
  const cards: OgCard[] = [
    ...Object.values(HUBS).map((h) => ({ path: h.path, title: h.title, description: h.description, kind: 'Explainer site' })),
    ...getExplainers().map((e) => ({ path: paths.explainer(e.slug), title: e.data.title, description: answerText(e.data.shortAnswer), kind: 'Explainer' })),
    ...getActors().map((a) => ({ path: paths.actor(a.slug), title: a.data.name, description: a.data.description, kind: `Glossary · ${KIND_LABEL[a.data.kind].one}` })),
    ...ownCardArticles().map((a) => ({
      path: paths.article(a.slug),
      title: a.data.title,
      description: articleDescription(a.data),
      // An article with corrections says so on its card too: a card is one more place its words travel.
      kind: `Source article · ${ARTICLE_KIND_LABEL[a.data.kind]}${a.data.corrections.length > 0 ? ` · ${a.data.corrections.length} correction${a.data.corrections.length === 1 ? '' : 's'}` : ''}`,
    })),
  ];
  cache = { of: m, cards, paths: new Set(cards.map((c) => c.path)) };
  return cache;
}
