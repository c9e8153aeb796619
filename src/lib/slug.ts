/**
 * Slugs: the URL-safe names of pages. Ideas borrowed from Quartz v4's branded slug types, so a slug
 * cannot be mixed up with a title or a URL by accident.
 */

/** A URL-safe page name: lowercase ASCII letters, digits and single hyphens. */
export type Slug = string & { readonly __brand: 'Slug' };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a well-formed slug. */
export function isSlug(value: string): value is Slug {
  return SLUG.test(value);
}

/**
 * Makes a slug from a title: diacritics dropped, apostrophes removed ("Kata'ib" → "kataib"), every
 * other run of non-alphanumerics a hyphen, cut at a word boundary to at most `maxLength` characters.
 */
export function slugify(title: string, maxLength = 80): Slug {
  const base = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼ`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = base;
  if (slug.length > maxLength) {
    slug = slug.slice(0, maxLength + 1);
    const cut = slug.lastIndexOf('-');
    slug = cut > 0 ? slug.slice(0, cut) : slug.slice(0, maxLength);
  }
  return (slug || 'untitled') as Slug;
}
