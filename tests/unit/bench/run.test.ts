/**
 * The benchmark's command line: sizes, limits and where the report goes.
 */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../bench/run.ts';

const GIB = 1024 ** 3;

describe('parseArgs', () => {
  it('runs 1,000, 5,000 and 10,000 articles by default, with a rebuild and the report written', () => {
    const opts = parseArgs([], 24 * GIB);
    expect(opts.sizes).toEqual([1000, 5000, 10_000]);
    expect(opts.rebuild).toBe(true);
    expect(opts.write).toMatch(/BENCHMARKS\.md$/);
    expect(opts.maxRssKiB).toBe(16 * 1024 ** 2);
  });

  it('takes one size with --n, sorts --sizes, and only prints with --no-write', () => {
    expect(parseArgs(['--n', '200']).sizes).toEqual([200]);
    expect(parseArgs(['--sizes', '5000,1000']).sizes).toEqual([1000, 5000]);
    expect(parseArgs(['--no-write']).write).toBeUndefined();
  });

  it('never sets the memory cap above three quarters of the machine', () => {
    expect(parseArgs(['--max-rss-gib', '20'], 8 * GIB).maxRssKiB).toBe(6 * 1024 ** 2);
  });

  it('refuses sizes too small for the corpus and limits that are not numbers', () => {
    expect(() => parseArgs(['--n', '10'])).toThrow(/at least 20 articles, got 10/);
    expect(() => parseArgs(['--timeout-min', 'soon'])).toThrow(/--timeout-min must be a positive number, got soon/);
  });
});
