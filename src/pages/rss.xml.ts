/**
 * rss.xml: the newest source articles and explainers (FEED_SIZE of them), newest first. Item links carry the base path and
 * are absolute (RSS readers do not resolve them against the site).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../data/articles.ts';
import { getExplainers } from '../data/explainers.ts';
import { answerText } from '../lib/answers.ts';
import { FEED_SIZE } from '../lib/bounds.ts';
import { partialDateStart } from '../lib/dates.ts';
import { href, paths } from '../lib/paths.ts';
import { sourceName } from '../lib/sources.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const [articles, explainers] = [getArticles(), getExplainers()];
  const items = [
    ...explainers.map((e) => ({ title: e.data.title, description: answerText(e.data.shortAnswer), link: new URL(href(base, paths.explainer(e.slug)), site).href, pubDate: partialDateStart(e.data.updated) })),
    ...articles.map((a) => ({
      title: a.data.title,
      description: a.data.standfirst ?? `${sourceName(a.data)}. Reliability: ${a.data.reliability.level}.`,
      link: new URL(href(base, paths.article(a.slug)), site).href,
      pubDate: partialDateStart(a.data.published.date ?? '1970'),
    })),
  ]
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title))
    .slice(0, FEED_SIZE);
  return rss({
    title: 'Tit for Tat',
    description: 'Explainers and source articles on the US strikes on Iran-backed militias in Iraq and Syria, 2019–2024.',
    site: new URL(base, site).href,
    items,
  });
};
