/**
 * The content model for pages and endpoints: read once per build (src/build/content.ts) and
 * shared with the config and the plugins. Every query below is a plain function of it.
 */
import { getModel } from '../build/content.ts';
import type { ContentModel } from '../lib/content/model.ts';

/** The build's content model. */
export function model(): ContentModel {
  return getModel();
}
