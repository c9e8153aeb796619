/**
 * Reads what the Markdown pipeline needs from the content folders, once per build.
 */
import type { PipelineContext } from '../remark/index.ts';
import { loadArticles } from './content-index.ts';
import { getMatcher } from './glossary.ts';

/** The pipeline context for a build under `base`. */
export function loadPipelineContext(base: string, site?: string): PipelineContext {
  const { index, meta } = loadArticles();
  return { base, ...(site ? { site } : {}), index, articles: meta, matcher: getMatcher(), report: (message) => console.info(`[glossary] ${message.replace(`${process.cwd()}/`, "")}`) };
}
