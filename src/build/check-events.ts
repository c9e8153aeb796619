/**
 * Checks the timeline data: every `content/events/*.yaml` against `EventSchema` and every
 * `content/places/*.yaml` against `PlaceSchema`, every citation's quote against its paragraph, and
 * the references between files: places, actors and the events an event answered (which must exist,
 * not be the event itself and not be later than it). No two places may share a name or variant.
 *
 * `node src/build/check-events.ts` prints one `✗ file: problem` line per problem and exits 1, or
 * prints `✓ N events, M places`. `checkEventsContent` is the pure check, for tests.
 */
import { readdirSync } from 'node:fs';
import { checkCitation, type CitationRef, type ParagraphIndex } from '../lib/citations.ts';
import { formatIssue } from '../lib/content-errors.ts';
import { EventSchema, type Event } from '../schemas/event.ts';
import { PlaceSchema, type Place } from '../schemas/place.ts';
import { loadArticles, readYamlDir, type DataFile } from './content-index.ts';

/** One YAML content file (read by `readYamlDir`, which lives with the other content readers). */
export type YamlFile = DataFile;
export { readYamlDir };

/** What the check needs: the event and place files, the actor slugs and the articles' paragraphs. */
export interface EventsContent {
  events: readonly YamlFile[];
  places: readonly YamlFile[];
  actorSlugs: ReadonlySet<string> | readonly string[];
  index: ParagraphIndex;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The length a citation quote must have, in words: long enough to find, short enough to be a quote. */
const QUOTE_WORDS = { min: 3, max: 25 };

/** The schema-parsing interface both schemas share (only what is used here). */
interface Schema<T> {
  safeParse(d: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** A place name as the linker sees it: case, hyphens, spaces and apostrophes do not tell names apart. */
function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’ʼ`´′]/g, "'")
    .replace(/[\s\-‐‑‒–—―]+/g, ' ')
    .trim();
}

/** The number of words in a quote. */
function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/**
 * True when `date` (of the answering event) is earlier than `answered` (the event it answered).
 * Dates are compared as strings on the part both have, so a partial date is never "earlier" than a
 * fuller date inside it: "2020" may answer "2020-01", "2023-12-25" may answer "2023-12".
 */
export function isEarlier(date: string, answered: string): boolean {
  const n = Math.min(date.length, answered.length);
  return date.slice(0, n) < answered.slice(0, n);
}

/**
 * Checks the events and places.
 *
 * @returns one problem per line, each starting with the file's path; empty when all is well.
 */
export function checkEventsContent({ events, places, actorSlugs, index }: EventsContent): string[] {
  const problems: string[] = [];
  const actors = new Set(actorSlugs);
  const placeSlugs = new Set(places.map((p) => p.slug));
  const eventSlugs = new Set(events.map((e) => e.slug));

  function validate<T>(file: YamlFile, schema: Schema<T>): T | undefined {
    if (file.error !== undefined) {
      problems.push(`${file.path}: is not valid YAML: ${file.error}`);
      return undefined;
    }
    if (!SLUG.test(file.slug)) problems.push(`${file.path}: the file name "${file.slug}" is not a slug: use lower-case words joined by hyphens, e.g. us-strikes-near-al-bukamal-2023.yaml`);
    const result = schema.safeParse(file.data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) problems.push(formatIssue(file.path, issue, file.data));
    return undefined;
  }

  function cite(file: YamlFile, where: string, ref: CitationRef): void {
    const problem = checkCitation(ref, index);
    if (problem) problems.push(`${file.path}: \`${where}\` ${problem}`);
    const words = wordCount(ref.quote);
    if (words < QUOTE_WORDS.min || words > QUOTE_WORDS.max) {
      problems.push(`${file.path}: \`${where}\` quotes ${words} word(s): quote ${QUOTE_WORDS.min} to ${QUOTE_WORDS.max} words, word for word from the paragraph`);
    }
  }

  // Places: the schema, then names and variants unique across places.
  const owners = new Map<string, { slug: string; text: string }>();
  for (const file of places) {
    const place = validate<Place>(file, PlaceSchema);
    if (!place) continue;
    const seen = new Set<string>();
    for (const text of [place.name, ...place.variants.map((v) => v.text)]) {
      const key = nameKey(text);
      if (seen.has(key)) continue;
      seen.add(key);
      const owner = owners.get(key);
      if (owner && owner.slug !== file.slug) {
        problems.push(`${file.path}: the name "${text}" is also a name of place "${owner.slug}" ("${owner.text}"): a name must point to one place; drop it or mark it ambiguous in one place and rename it in the other`);
      } else if (!owner) {
        owners.set(key, { slug: file.slug, text });
      }
    }
  }

  // Events: the schema, citations, and references to places, actors and other events.
  const dates = new Map<string, string>();
  const parsed: { file: YamlFile; event: Event }[] = [];
  for (const file of events) {
    const event = validate<Event>(file, EventSchema);
    if (!event) continue;
    dates.set(file.slug, event.date);
    parsed.push({ file, event });
  }
  for (const { file, event } of parsed) {
    event.citations.forEach((c, i) => cite(file, `citations.${i}`, c));
    event.casualties.forEach((c, i) => cite(file, `casualties.${i}.cite`, c.cite));
    event.places.forEach((p, i) => {
      if (!placeSlugs.has(p)) problems.push(`${file.path}: field \`places.${i}\`: got "${p}": no place has that slug; use a file name from content/places/ or add the place`);
    });
    event.actors.forEach((a, i) => {
      if (!actors.has(a.actor)) problems.push(`${file.path}: field \`actors.${i}.actor\`: got "${a.actor}": no actor has that slug; use a file name from content/actors/`);
    });
    event.inResponseTo.forEach((r, i) => {
      const field = `${file.path}: field \`inResponseTo.${i}\`: got "${r}"`;
      if (r === file.slug) problems.push(`${field}: an event cannot answer itself`);
      else if (!eventSlugs.has(r)) problems.push(`${field}: no event has that slug; use a file name from content/events/`);
      else {
        const answered = dates.get(r);
        if (answered !== undefined && isEarlier(event.date, answered)) {
          problems.push(`${field}: that event is dated ${answered}, after this one (${event.date}): an event can only answer an earlier one`);
        }
      }
    });
  }
  return problems;
}

/** The actor slugs: the `.mdx` file names in content/actors. */
export function readActorSlugs(dir = 'content/actors'): string[] {
  try {
    return readdirSync(dir).filter((n) => n.endsWith('.mdx')).map((n) => n.replace(/\.mdx$/, ''));
  } catch {
    return [];
  }
}

if (import.meta.main) {
  const events = readYamlDir('content/events');
  const places = readYamlDir('content/places');
  const problems = checkEventsContent({ events, places, actorSlugs: readActorSlugs(), index: loadArticles().index });
  if (problems.length > 0) {
    console.error(problems.map((p) => `✗ ${p}`).join('\n'));
    console.error(`\n${problems.length} problem(s).`);
    process.exit(1);
  }
  console.log(`✓ ${events.length} events, ${places.length} places`);
}
