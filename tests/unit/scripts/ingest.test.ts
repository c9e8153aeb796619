import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A scratch project with a copy of the seeds. */
function scratch(): { seeds: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'ingest-'));
  dirs.push(root);
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  cpSync('seeds', seeds, { recursive: true });
  return { seeds, out: join(root, 'out') };
}

/** Runs the ingest command; returns its exit code and output. */
function ingest(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const read = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((n) => [n, readFileSync(join(dir, n), 'utf8')]));

// Each test runs the command two or three times, a second or two each on a busy machine.
describe('npm run ingest', { timeout: 60_000 }, () => {
  it('writes six drafts and a report, and a second run changes nothing', () => {
    const { seeds, out } = scratch();
    expect(ingest(['--seeds', seeds, '--out', out, '--quiet']).status).toBe(0);
    const first = read(out);
    expect(Object.keys(first).filter((n) => n.endsWith('.mdx'))).toHaveLength(6);
    expect(first['ingest-report.md']).toContain('5 seed file(s)');
    expect(ingest(['--seeds', seeds, '--out', out, '--quiet']).status).toBe(0);
    const second = read(out);
    expect(second['ingest-report.md']).toContain('unchanged');
    expect({ ...second, 'ingest-report.md': '' }).toEqual({ ...first, 'ingest-report.md': '' });
  });

  it('produces byte-identical drafts on two machines (two fresh folders)', () => {
    const a = scratch();
    const b = scratch();
    ingest(['--seeds', a.seeds, '--out', a.out, '--quiet']);
    ingest(['--seeds', b.seeds, '--out', b.out, '--quiet']);
    const drafts = (dir: string) => Object.entries(read(dir)).filter(([n]) => n.endsWith('.mdx'));
    expect(drafts(a.out)).toEqual(drafts(b.out));
    expect(drafts(a.out)).toHaveLength(6);
  });

  it('never overwrites an article an editor changed, and says how to regenerate it', () => {
    const { seeds, out } = scratch();
    ingest(['--seeds', seeds, '--out', out, '--quiet']);
    const name = readdirSync(out).find((n) => n.startsWith('us-tit-for-tat'))!;
    const edited = readFileSync(join(out, name), 'utf8').replace('draft: true', 'draft: false');
    writeFileSync(join(out, name), edited);
    const r = ingest(['--seeds', seeds, '--out', out]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(out, name), 'utf8')).toBe(edited);
    expect(r.stdout).toMatch(/kept as is: an editor changed it \(use `--force <slug>` to regenerate\)/);
    const forced = ingest(['--seeds', seeds, '--out', out, '--force', name.replace(/\.mdx$/, ''), '--quiet']);
    expect(forced.status).toBe(0);
    expect(readFileSync(join(out, name), 'utf8')).toContain('draft: true');
  });

  it('finds a renamed article by its seed and keeps it', () => {
    const { seeds, out } = scratch();
    ingest(['--seeds', seeds, '--out', out, '--quiet']);
    const name = readdirSync(out).find((n) => n.startsWith('us-tit-for-tat'))!;
    execFileSync('mv', [join(out, name), join(out, 'renamed.mdx')]);
    ingest(['--seeds', seeds, '--out', out, '--quiet']);
    expect(readdirSync(out).filter((n) => n.startsWith('us-tit-for-tat'))).toEqual([]);
  });

  it('reports a bad file by name, still ingests the others, and exits 1', () => {
    const { seeds, out } = scratch();
    writeFileSync(join(seeds, 'empty.txt'), '');
    writeFileSync(join(seeds, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(join(seeds, 'crlf-bom.txt'), '\uFEFFA title with a BOM\r\n\r\nA paragraph with Windows line endings, long enough to be prose.\r\n');
    const r = ingest(['--seeds', seeds, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/## empty\.txt\s+✗ \*\*Failed\*\* \(empty\): the file is empty/);
    expect(r.stdout).toMatch(/## latin1\.txt\s+✗ \*\*Failed\*\* \(not-utf8\)/);
    expect(r.stderr).toMatch(/2 of 8 seed file\(s\) failed/);
    expect(r.stdout).toMatch(/## crlf-bom\.txt\s+- Decoding: removed a byte-order mark \(BOM\)\.\s+- Decoding: converted CRLF/);
    expect(readdirSync(out).filter((n) => n.endsWith('.mdx'))).toHaveLength(7);
  });

  it('lists every removed line with the rule that removed it and the classifier’s scores', () => {
    const { seeds, out } = scratch();
    ingest(['--seeds', seeds, '--out', out, '--quiet']);
    const report = readFileSync(join(out, 'ingest-report.md'), 'utf8');
    expect(report).toContain('| 6 | interface | text 0.00 · furniture 1.00 · neighbours 0.00 · bad | Powered by automated translation |');
    expect(report).toContain('| 5 | stray-token | — | TT |');
    expect(report).toMatch(/\| 63 \| comments \| text [\d.]+ · furniture [\d.]+ · neighbours [\d.]+ · short → bad \| Connecting to %s \|/);
    expect(report).toContain('`npm run ingest -- --keep <seed file>:<line>`');
  });

  it('keeps a removed line back when asked with --keep, and records it in ingest.keep', () => {
    const { seeds, out } = scratch();
    const r = ingest(['--seeds', seeds, '--out', out, '--keep', '001_903a0d96565c5a53.txt:6', '--quiet']);
    expect(r.status).toBe(0);
    const name = readdirSync(out).find((n) => n.startsWith('us-tit-for-tat'))!;
    const draft = readFileSync(join(out, name), 'utf8');
    expect(draft).toMatch(/^ {2}keep:\n {4}- 6$/m);
    // Kept back, the line is text again: a short line above a paragraph, so a heading.
    expect(draft).toContain('\n\n## Powered by automated translation\n\n');
    expect(readFileSync(join(out, 'ingest-report.md'), 'utf8')).not.toContain('| 6 | interface |');
  });

  it('applies lines an editor adds to ingest.keep on the next run, and does not count that as an edit', () => {
    const { seeds, out } = scratch();
    ingest(['--seeds', seeds, '--out', out, '--quiet']);
    const name = readdirSync(out).find((n) => n.startsWith('us-tit-for-tat'))!;
    const path = join(out, name);
    writeFileSync(path, readFileSync(path, 'utf8').replace('  keep: []', '  keep:\n    - Powered by automated translation'));
    const r = ingest(['--seeds', seeds, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/us-tit-for-tat[^\n]*: updated \(it was an unedited draft\)/);
    const draft = readFileSync(path, 'utf8');
    expect(draft).toContain('\n\n## Powered by automated translation\n\n');
    expect(draft).toContain('  keep:\n    - Powered by automated translation');
  });

  it('says so when a line to keep matches nothing, and refuses a malformed --keep with the fix', () => {
    const { seeds, out } = scratch();
    const r = ingest(['--seeds', seeds, '--out', out, '--keep', '001_903a0d96565c5a53.txt:999']);
    expect(r.stdout).toContain('keep entry 999 matches no line of the seed');
    const bad = ingest(['--seeds', seeds, '--out', out, '--keep', 'line-12']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--keep "line-12": write it as <seed file>:<line number> or <seed file>:<exact text>, e\.g\. --keep 005_page\.txt:12/);
  });

  it('ingests a saved .html page beside the .txt seeds, with block numbers and where each value came from', () => {
    const { seeds, out } = scratch();
    cpSync('tests/fixtures/ingest/html/arc-like-newspaper.html', join(seeds, '005_library.html'));
    const r = ingest(['--seeds', seeds, '--out', out]);
    expect(r.status).toBe(0);
    const name = readdirSync(out).find((n) => n.startsWith('library-system'))!;
    const draft = readFileSync(join(out, name), 'utf8');
    expect(draft).toContain('  seed: 005_library.html\n');
    expect(draft).toContain('title: JSON-LD NewsArticle "headline"');
    expect(draft).toContain('publisher: JSON-LD NewsArticle "publisher"');
    expect(r.stdout).toMatch(/## 005_library\.html[\s\S]*\| Block \| Rule \| Scores \| Removed text \|/);
  });
});
