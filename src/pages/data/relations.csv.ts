/** The relations data set as CSV, a static file written at build time (see src/lib/open-data.ts). */
import type { APIRoute } from 'astro';
import { dataResponse } from '../../lib/open-data.ts';
import { relationsData, siteUrls } from './_datasets.ts';

export const GET: APIRoute = ({ site }) => {
  const url = siteUrls(site);
  return dataResponse(relationsData(url), 'csv', url('actors/'));
};
