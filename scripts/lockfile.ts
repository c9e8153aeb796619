/**
 * `npm run lockfile`: completes package-lock.json after an `npm install`.
 *
 * The registry mirror on our machines carries only the Linux builds of packages' optional
 * platform binaries (Astro's compiler, Pagefind). `npm install` then leaves the other platforms
 * out of the lockfile, and `npm ci` refuses that lockfile as "out of sync". This adds each missing
 * optional binary as an entry tagged with its `os`/`cpu`/`libc`, exactly as npm would with a full
 * registry (minus the integrity hash), so `npm ci` skips it on other platforms and accepts the file.
 * A unit test fails when the lockfile needs this again.
 */
import { readFileSync, writeFileSync } from 'node:fs';

type Entry = { version?: string; optionalDependencies?: Record<string, string>; [key: string]: unknown };

/** The platform a binary package is built for, from its name (`…-darwin-arm64`, `…-linux-x64-musl`). */
export function platformOf(name: string): { os?: string; cpu: string; libc?: string } {
  const parts = (name.split('/').pop() ?? name).split('-');
  const os = ['android', 'darwin', 'linux', 'win32', 'windows', 'freebsd', 'openbsd', 'sunos', 'aix'].find((o) => parts.includes(o));
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 's390x', 'ppc64', 'riscv64', 'loong64'].find((c) => parts.includes(c));
  if (!cpu) throw new Error(`cannot tell the platform of the optional package ${name}: add it to package-lock.json by hand`);
  const libc = parts.includes('musl') ? 'musl' : parts.includes('gnu') ? 'glibc' : undefined;
  return { ...(os ? { os: os === 'windows' ? 'win32' : os } : {}), cpu, ...(libc ? { libc } : {}) };
}

/** The optional dependencies the lockfile names but has no entry for. */
export function missingOptional(packages: Record<string, Entry>): { name: string; version: string }[] {
  const missing = new Map<string, string>();
  for (const entry of Object.values(packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      if (!packages[`node_modules/${name}`]) missing.set(name, version);
    }
  }
  return [...missing].map(([name, version]) => ({ name, version })).sort((a, b) => a.name.localeCompare(b.name));
}

if (import.meta.main) {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, Entry> };
  const missing = missingOptional(lock.packages);
  for (const { name, version } of missing) {
    const { os, cpu, libc } = platformOf(name);
    lock.packages[`node_modules/${name}`] = { version, optional: true, ...(os ? { os: [os] } : {}), cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
  }
  lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
  console.log(missing.length ? `added ${missing.length} optional platform package(s): ${missing.map((m) => m.name).join(', ')}` : 'package-lock.json is complete');
}
