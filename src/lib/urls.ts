/**
 * Kept while the last pages move to `src/lib/paths.ts`, which holds `href` and every site path.
 */
export { href } from './paths.ts';
