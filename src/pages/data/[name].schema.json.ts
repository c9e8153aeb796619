/** Every data set's JSON Schema, derived from its zod schema at build time (see src/lib/open-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataJsonSchema, dataResponse, DATASETS } from '../../lib/open-data.ts';
import { DATASET_NAMES, siteUrls } from './_datasets.ts';

export const getStaticPaths = (() => DATASET_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const spec = DATASETS[params.name as (typeof DATASET_NAMES)[number]];
  return dataResponse(`${JSON.stringify(dataJsonSchema(spec, { url: siteUrls(site) }), null, 2)}\n`, 'schema');
};
