/**
 * The country outlines of the region map, one file per size, named by their content
 * (src/data/map.ts): every page with the map draws them from here with `<use>`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { regionMaps } from '../../data/map.ts';

export const getStaticPaths = (() => (({ wide, narrow }) => [wide, narrow])(regionMaps()).map(({ outlines }) => ({ params: { name: outlines.name }, props: { svg: outlines.svg } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { svg: string }).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
