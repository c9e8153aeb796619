/**
 * A small seeded pseudo-random generator for the benchmark corpus: sfc32, seeded through
 * splitmix32. Never Math.random: the same seed always gives the same corpus, on any machine. Each
 * part of the corpus draws from its own stream (`fork("events")`), so that a draw added in one part
 * does not shift every later part.
 */

/** A seeded source of random choices. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** One element, chosen by weight: `[[value, weight], …]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** `k` distinct elements (fewer if the list is shorter), in random order. */
  sample<T>(list: readonly T[], k: number): T[];
  /** A shuffled copy. */
  shuffle<T>(list: readonly T[]): T[];
  /** `length` lower-case hexadecimal digits. */
  hex(length: number): string;
  /** An independent stream for a named part of the corpus. */
  fork(label: string): Rng;
}

/** FNV-1a hash of a label, to derive a stream's seed. */
export function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

/** A generator seeded with `seed` (any integer; only its low 32 bits count). */
export function createRng(seed: number): Rng {
  // splitmix32 spreads the seed into four well-mixed state words.
  let s = seed >>> 0;
  let [a, b, c, d] = Array.from({ length: 4 }, () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = Math.imul(s ^ (s >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  }) as [number, number, number, number];
  const next32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (((c << 21) | (c >>> 11)) + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) next32();
  const rng: Rng = {
    next: () => next32() / 4294967296,
    int: (min, max) => min + Math.floor(rng.next() * (max - min + 1)),
    chance: (p) => rng.next() < p,
    pick: (list) => {
      if (list.length === 0) throw new Error('pick from an empty list');
      return list[Math.floor(rng.next() * list.length)] as (typeof list)[number];
    },
    weighted: (choices) => {
      let r = rng.next() * choices.reduce((sum, [, w]) => sum + w, 0);
      for (const [value, w] of choices) if ((r -= w) < 0) return value;
      return (choices[choices.length - 1] as (typeof choices)[number])[0];
    },
    shuffle: (list) => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(rng.next() * (i + 1));
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
    sample: (list, k) => rng.shuffle(list).slice(0, Math.max(0, k)),
    hex: (length) => Array.from({ length: Math.ceil(length / 8) }, () => next32().toString(16).padStart(8, '0')).join('').slice(0, length),
    fork: (label) => createRng((seed ^ hashLabel(label)) >>> 0),
  };
  return rng;
}
