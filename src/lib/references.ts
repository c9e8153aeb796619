/**
 * Checking references between content files (an explainer's actors and related explainers, an
 * actor's relation targets): a dangling reference is a content error that stops the build, never a
 * page that quietly shows a raw slug.
 */

/** One file's references of one kind. */
export interface ReferenceSet {
  /** The file that holds the references, e.g. content/explainers/x.mdx. */
  file: string;
  /** The field, e.g. `actors` or `relations.target`. */
  field: string;
  /** The referenced slugs, in order. */
  slugs: readonly string[];
  /** The slugs that exist, and where they live (for the fix). */
  known: ReadonlySet<string>;
  folder: string;
}

/** Every dangling reference, as messages naming the file, the field, the value and the fix. */
export function danglingReferences(sets: ReferenceSet[]): string[] {
  return sets.flatMap((set) =>
    set.slugs.flatMap((slug, i) =>
      set.known.has(slug) ? [] : [`${set.file}: field \`${set.field}.${i}\`: got "${slug}": no file ${set.folder}/${slug}.mdx exists; use a file name from ${set.folder}/ (without .mdx)`],
    ),
  );
}
