import { describe, expect, it } from 'vitest';
import { bibtexCitation, bibtexEscape, bibtexKey, plainCitation } from '../../../src/lib/citation-formats.ts';

const page = { title: 'Why did the ferries stop?', kind: 'Explainer', url: 'https://example.org/base/explainers/why-did-the-ferries-stop/', updated: '2031-05-07', version: '0123456789ab' };

describe('cite this page', () => {
  it('writes a plain citation with the title, the kind, the last update, the version and the address', () => {
    expect(plainCitation(page)).toBe('Tit for Tat. “Why did the ferries stop?” Explainer. Last updated 7 May 2031. Content version 0123456789ab. https://example.org/base/explainers/why-did-the-ferries-stop/');
  });

  it('dates a page without a recorded change by its version, or not at all', () => {
    const hub = { title: 'Timeline', url: 'https://example.org/timeline/', version: 'ffffffffffff', versionDate: '2031-05' };
    expect(plainCitation(hub)).toBe('Tit for Tat. “Timeline.” Version of May 2031. Content version ffffffffffff. https://example.org/timeline/');
    const undated = { title: 'Port Authority', url: 'https://example.org/actors/port-authority/', version: 'eeeeeeeeeeee' };
    expect(plainCitation(undated)).not.toMatch(/updated|Version of/);
    expect(bibtexCitation(undated)).not.toMatch(/year|date|month/);
  });

  it('writes a BibTeX entry that BibTeX and biblatex both read, with a month macro and the capitals kept', () => {
    const entry = bibtexCitation(page);
    expect(entry.split('\n')[0]).toBe('@misc{titfortat-base-explainers-why-did-the-ferries-stop,');
    expect(entry).toContain('  title = {{Why did the ferries stop?}},');
    expect(entry).toContain('  year = {2031},\n  month = may,\n  date = {2031-05-07},');
    expect(entry).toContain('  version = {0123456789ab},');
    expect(entry).toContain('  howpublished = {\\url{https://example.org/base/explainers/why-did-the-ferries-stop/}},');
    expect(entry.endsWith('\n}')).toBe(true);
    // Braces balance, so the entry parses.
    expect([...entry].filter((c) => c === '{').length).toBe([...entry].filter((c) => c === '}').length);
  });

  it('escapes what LaTeX would read as commands in a title', () => {
    expect(bibtexEscape('50% of #1 & $2_a {b} ~ ^ \\')).toBe('50\\% of \\#1 \\& \\$2\\_a \\{b\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    expect(bibtexCitation({ ...page, title: 'Tit & Tat: 100%?' })).toContain('title = {{Tit \\& Tat: 100\\%?}}');
  });

  it('makes a key of the page’s path, the home page included', () => {
    expect(bibtexKey('https://example.org/')).toBe('titfortat-home');
    expect(bibtexKey('https://example.org/Actors/Al_Qaim/')).toBe('titfortat-actors-al-qaim');
  });
});
