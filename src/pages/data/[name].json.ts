/** Every data set as JSON, static files written at build time (see src/lib/open-data/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataJson, dataResponse } from '../../lib/open-data/format.ts';
import { DATASET_NAMES, dataSet } from './_datasets.ts';

export const getStaticPaths = (() => DATASET_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const { spec, rows, context } = dataSet(params.name as (typeof DATASET_NAMES)[number], site);
  return dataResponse(dataJson(spec, rows, context), 'json');
};
