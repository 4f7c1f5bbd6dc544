/**
 * npm ci refuses a lock file that omits any optional dependency a locked package names,
 * even one for another platform. This machine's registry mirror serves only some
 * platforms' native builds (e.g. unrs-resolver's, used by Jest), so a lock written
 * here silently drops the others and CI then fails before a single test.
 *
 *   node scripts/lock-platform-packages.cjs          lists what is missing (exit 1 if any)
 *   node scripts/lock-platform-packages.cjs --fix    adds platform-tagged entries for them
 *
 * The added entries carry os/cpu/libc, so npm skips them on every other platform and
 * fetches them by name and version from the public registry on their own.
 */
const fs = require('fs');
const path = require('path');

const LOCK = path.join(__dirname, '..', 'package-lock.json');

/** Where Node would find `name` from the package at `from` (a lock key): nearest node_modules up. */
function resolveKey(packages, from, name) {
  let base = from;
  for (;;) {
    const key = (base ? `${base}/` : '') + `node_modules/${name}`;
    if (packages[key]) return key;
    if (!base) return null;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

/** Optional dependencies named in the lock with no entry of their own: [{ from, name, spec }]. */
function missingOptionalPackages(lock) {
  const missing = [];
  for (const [from, entry] of Object.entries(lock.packages)) {
    for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
      if (!resolveKey(lock.packages, from, name)) missing.push({ from, name, spec });
    }
  }
  return missing;
}

const LIBC = { gnu: 'glibc', gnueabihf: 'glibc', musl: 'musl', musleabihf: 'musl' };

/** os/cpu/libc read from a native-binding name such as `@scope/binding-linux-arm64-musl`. */
function platformOf(name) {
  const match = /-(android|darwin|freebsd|linux|openharmony|win32|sunos|aix)-([a-z0-9]+)(?:-([a-z0-9]+))?$/.exec(name);
  if (!match) return null;
  const [, os, cpu, abi] = match;
  return { cpu: [cpu], libc: LIBC[abi] ? [LIBC[abi]] : undefined, os: [os] };
}

function addMissing(lock) {
  const added = [];
  for (const { from, name, spec } of missingOptionalPackages(lock)) {
    const platform = platformOf(name);
    if (!platform || !/^\d+\.\d+\.\d+$/.test(spec)) throw new Error(`Cannot complete ${name}@${spec} (needed by ${from}) by rule; install it on its platform.`);
    const parent = lock.packages[from];
    // Keys in npm's own order, so a later `npm install` leaves the entry as it is.
    lock.packages[`node_modules/${name}`] = JSON.parse(JSON.stringify({
      version: spec, cpu: platform.cpu, dev: parent.dev || undefined, libc: platform.libc, optional: true, os: platform.os,
    }));
    added.push(`${name}@${spec}`);
  }
  const [root, ...rest] = Object.entries(lock.packages);
  lock.packages = Object.fromEntries([root, ...rest.sort(([a], [b]) => a.localeCompare(b, 'en'))]);
  return added;
}

module.exports = { addMissing, missingOptionalPackages, platformOf };

if (require.main === module) {
  const lock = JSON.parse(fs.readFileSync(LOCK, 'utf8'));
  if (process.argv.includes('--fix')) {
    const added = addMissing(lock);
    fs.writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
    console.log(added.length ? `Added ${added.length} entries:\n  ${added.join('\n  ')}` : 'Nothing to add.');
  } else {
    const missing = missingOptionalPackages(lock);
    for (const m of missing) console.log(`missing: ${m.name}@${m.spec} (optional dependency of ${m.from || 'the project'})`);
    process.exitCode = missing.length ? 1 : 0;
  }
}
