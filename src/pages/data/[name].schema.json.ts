/** Every data set's JSON Schema, derived from its zod schema at build time (see src/lib/open-data/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS } from '../../lib/open-data/datasets.ts';
import { dataJsonSchema, dataResponse } from '../../lib/open-data/format.ts';
import { DATASET_NAMES, siteUrls } from './_datasets.ts';

export const getStaticPaths = (() => DATASET_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const spec = DATASETS[params.name as (typeof DATASET_NAMES)[number]];
  return dataResponse(`${JSON.stringify(dataJsonSchema(spec, { url: siteUrls(site) }), null, 2)}\n`, 'schema');
};
