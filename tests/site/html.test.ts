import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DIST } from './dist.ts';

const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';

/** Runs the Nu HTML Checker over a folder or files; returns its error lines. */
function vnu(...targets: string[]): string[] {
  const r = spawnSync('java', ['-jar', VNU, '--errors-only', '--skip-non-html', '--format', 'gnu', ...targets], { encoding: 'utf8' });
  if (r.error) throw new Error(`could not run Java for the Nu HTML Checker (${r.error.message}): install a JRE (apt-get install -y default-jre-headless)`);
  // Only the checker's own error lines ("file":line.col-line.col: error: …), not JVM warnings.
  return `${r.stdout}${r.stderr}`.split('\n').filter((line) => /: (?:fatal )?error: /.test(line));
}

describe('HTML', () => {
  // The Java checker takes a few seconds to start and read every page.
  it('every built page passes the Nu HTML Checker with no errors', () => {
    expect(vnu(DIST).map((line) => line.replace(`${process.cwd()}/`, ''))).toEqual([]);
  }, 60_000);

  it('the checker does report an invalid page (so a clean run means something)', () => {
    expect(vnu('tests/fixtures/invalid.html').length).toBeGreaterThan(0);
  }, 60_000);
});
