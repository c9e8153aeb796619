/**
 * A small content folder, written here rather than copied from content/, so the checker's rules are
 * tested on entries unlike the real ones: two articles (one a draft), two actors, one explainer,
 * two events, two places, one outside source and one count. The explainer and one actor record
 * changes made after publishing. `site()` returns its files; tests break one file and check the
 * one problem it causes.
 */
import type { SourceFile } from '../../../../src/lib/content/files.ts';
import { buildModel, type ContentModel } from '../../../../src/lib/content/model.ts';

/** YAML for a value written inline: enough for these fixtures (strings quoted, dates quoted). */
export function yaml(value: unknown, indent = ''): string {
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v !== null ? `${indent}- ${yaml(v, `${indent}  `).trimStart()}` : `${indent}- ${JSON.stringify(v)}`)).join('\n');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => (typeof v === 'object' && v !== null ? (Array.isArray(v) && v.length === 0 ? `${indent}${k}: []` : `${indent}${k}:\n${yaml(v, `${indent}  `)}`) : `${indent}${k}: ${JSON.stringify(v)}`))
      .join('\n');
  }
  return JSON.stringify(value);
}

const article = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  titleSource: 'editor',
  draft: false,
  published: { date: '2031-05-04', precision: 'day', inferred: false, basis: 'The dateline gives it.' },
  publisher: { name: 'Harbour Post', evidence: 'The masthead names it.' },
  kind: 'news-report',
  reliability: { level: 'high', reasons: ['It names its sources.'] },
  ingest: { seed: '900_fixture.txt', part: 1, parts: 1, seedSha256: 'a'.repeat(64), draftSha256: 'b'.repeat(64) },
  ...extra,
});

/** The fixture's files, by path. */
export function siteFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const mdx = (path: string, data: unknown, body: string) => files.set(path, `---\n${yaml(data)}\n---\n${body}`);
  mdx(
    'content/articles/harbour-report.mdx',
    article('Ferry line halts crossings after storm'),
    [
      'The Northern Ferry Line halted all crossings on Tuesday after a storm damaged two piers.',
      '',
      'Port officials said 14 vessels stayed in harbour, while the line\'s director, Ana Ruiz, said repairs would take a week.',
      '',
      'Fishermen in Saltmarsh said the storm was the worst in a decade.',
    ].join('\n'),
  );
  mdx(
    'content/articles/draft-note.mdx',
    article('An unchecked draft', { draft: true }),
    'A draft paragraph that nobody has checked yet, about the ferries.\n',
  );
  mdx(
    'content/actors/northern-ferry-line.mdx',
    {
      name: 'Northern Ferry Line',
      description: 'A ferry company that runs crossings from Saltmarsh harbour.',
      kind: 'organisation',
      aliases: [{ text: 'NFL', type: 'abbreviation' }],
      relations: [{ type: 'part-of', target: 'port-authority', cite: { article: 'harbour-report', paragraph: 2, quote: 'Port officials said 14 vessels stayed in harbour' } }],
      facts: [{ text: 'It halted crossings after the storm.', cite: { article: 'harbour-report', paragraph: 1, quote: 'halted all crossings on Tuesday' } }],
      changes: [{ date: '2031-05-08', what: 'Described the line as a ferry company.', why: 'The entry called it a port.' }],
    },
    'The line runs the crossings. <Cite a="harbour-report" p="1" q="The Northern Ferry Line halted all crossings" />\n',
  );
  mdx(
    'content/actors/port-authority.mdx',
    { name: 'Port Authority', description: 'The body that runs Saltmarsh harbour and its piers.', kind: 'state-body', aliases: [{ text: 'the port', type: 'short-name', ambiguous: true }] },
    'It runs the harbour. <Cite a="harbour-report" p="2" q="Port officials said" />\n',
  );
  mdx(
    'content/explainers/why-did-the-ferries-stop.mdx',
    {
      title: 'Why did the ferries stop?',
      shortAnswer: [
        { text: 'A storm damaged two piers, so the Northern Ferry Line halted its crossings.', cites: [{ article: 'harbour-report', paragraph: 1, quote: 'halted all crossings on Tuesday after a storm damaged two piers' }] },
        { text: 'Its director expects repairs to take a week.', cites: [{ article: 'harbour-report', paragraph: 2, quote: 'repairs would take a week' }] },
      ],
      actors: ['northern-ferry-line', 'port-authority'],
      related: [],
      keyFacts: [{ label: 'Vessels in harbour', value: '14', cites: [{ article: 'harbour-report', paragraph: 2, quote: '14 vessels stayed in harbour' }] }],
      published: '2031-05-05',
      updated: '2031-05-05',
      changes: [
        { date: '2031-05-07', what: 'Added what the fishermen said.', why: 'A second paragraph of the report quotes them.' },
        { date: '2031-05-06', what: 'Named the line’s director.', why: 'The report gives her name.' },
      ],
    },
    [
      'The line halted its crossings after the storm. <Cite a="harbour-report" p="1" q="halted all crossings on Tuesday after a storm damaged two piers" />',
      '',
      'Its director expects repairs to take a week. <Cite a="harbour-report" p="2" q="repairs would take a week" by="Ana Ruiz" />',
      '',
      'Fishermen called it the worst storm in a decade. <Cite a="harbour-report" p="3" q="the worst in a decade" />',
      '',
      '<Disagree question="How long will the repairs take?">',
      '  <Side claim="A week">The director says a week. <Cite a="harbour-report" p="2" q="repairs would take a week" by="Ana Ruiz" /></Side>',
      '  <Side claim="Unknown">The port authority gives no date. <Cite s="harbour-bulletin" f="piers-closed" /></Side>',
      '</Disagree>',
      '',
    ].join('\n'),
  );
  files.set(
    'content/events/storm-hits-harbour.yaml',
    yaml({
      title: 'Storm damages two piers',
      summary: 'A storm damaged two piers at Saltmarsh harbour.',
      date: '2031-05-03',
      datePrecision: 'day',
      kind: 'other-attack',
      places: ['saltmarsh'],
      actors: [{ actor: 'port-authority', role: 'target' }],
      citations: [{ article: 'harbour-report', paragraph: 1, quote: 'a storm damaged two piers' }],
    }),
  );
  files.set(
    'content/events/ferries-halted.yaml',
    yaml({
      title: 'Ferry crossings halted',
      summary: 'The Northern Ferry Line halted all crossings after the storm.',
      date: '2031-05-04',
      datePrecision: 'day',
      kind: 'political-event',
      places: ['saltmarsh'],
      actors: [{ actor: 'northern-ferry-line', role: 'responder' }],
      inResponseTo: ['storm-hits-harbour'],
      citations: [{ article: 'harbour-report', paragraph: 1, quote: 'halted all crossings on Tuesday' }],
    }),
  );
  const place = (name: string, variants: string[]) => ({ name, description: `${name}, a harbour town on the northern coast.`, variants: variants.map((text) => ({ text })), country: 'Jordan', coordinates: { lat: 31.5, lon: 35.5 }, precision: 'town', coordinatesSource: 'A made-up place for tests.' });
  files.set('content/places/saltmarsh.yaml', yaml(place('Saltmarsh', ['Salt Marsh'])));
  files.set('content/places/greyport.yaml', yaml(place('Greyport', ['Grey Port'])));
  files.set(
    'content/sources/harbour-bulletin.yaml',
    yaml({ publisher: 'Saltmarsh Port Authority', title: 'Harbour bulletin', kind: 'official-statement', date: '2031-05-04', origin: 'Test fixture', facts: [{ key: 'piers-closed', text: 'Two piers are closed until further notice.' }] }),
  );
  files.set(
    'content/counts.yaml',
    yaml([{ id: 'vessels-in-harbour', series: 'us-strikes', count: { min: 14, max: 14 }, since: '2031-05-03', sinceLabel: 'the storm', asOf: '2031-05-04', asOfLabel: '4 May 2031', according: 'port officials', cite: { article: 'harbour-report', paragraph: 2, quote: 'Port officials said 14 vessels stayed in harbour' } }]),
  );
  return files;
}

/** The model of the fixture, after `change` edits its files. */
export function site(change: (files: Map<string, string>) => void = () => {}): ContentModel {
  const files = siteFiles();
  change(files);
  return buildModel([...files].map(([path, text]): SourceFile => ({ path, text })));
}

/** Replaces text in one file of the fixture, failing if the text is not there. */
export function replace(files: Map<string, string>, path: string, from: string, to: string): void {
  const text = files.get(path);
  if (text === undefined) throw new Error(`no fixture file ${path}`);
  if (!text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
  files.set(path, text.replace(from, to));
}
