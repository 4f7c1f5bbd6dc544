/**
 * CI starts with `npm ci`, which refuses a lock that omits any optional dependency of a
 * locked package, even one for another platform. This registry mirror serves only some
 * platforms' native builds, so a lock regenerated here drops the rest: catch it here,
 * not in CI.
 */
import * as fs from 'fs';
import * as path from 'path';
import { addMissing, missingOptionalPackages, platformOf, type LockFile } from '../../scripts/lock-platform-packages.cjs';
import { ROOT } from '../support/dist';

const readLock = (): LockFile => JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));

describe('package-lock.json', () => {
  it('has an entry for every optional dependency it names, for every platform', () => {
    const missing = missingOptionalPackages(readLock()).map((m) => `${m.name}@${m.spec}`);
    // Fix: node scripts/lock-platform-packages.cjs --fix
    expect(missing).toEqual([]);
  });

  it('the repair script restores dropped platform entries exactly as npm writes them', () => {
    const lock = readLock();
    const bindings = Object.keys(lock.packages).filter((key) => /\/@unrs\/resolver-binding-(darwin|win32)-/.test(key));
    expect(bindings.length).toBeGreaterThanOrEqual(4);
    const damaged: LockFile = JSON.parse(JSON.stringify(lock));
    for (const key of bindings) delete damaged.packages[key];

    expect(missingOptionalPackages(damaged).map((m) => m.name).sort()).toEqual(bindings.map((k) => k.replace(/^node_modules\//, '')).sort());
    expect(addMissing(damaged)).toHaveLength(bindings.length);
    for (const key of bindings) {
      const { integrity: _integrity, license: _license, ...expected } = lock.packages[key];
      expect(damaged.packages[key]).toEqual(expected);
    }
    expect(Object.keys(damaged.packages)).toEqual(Object.keys(lock.packages));
  });

  it('reads os, cpu and libc from native-binding names', () => {
    expect(platformOf('@unrs/resolver-binding-linux-arm64-musl')).toEqual({ cpu: ['arm64'], libc: ['musl'], os: ['linux'] });
    expect(platformOf('@unrs/resolver-binding-linux-arm-gnueabihf')).toEqual({ cpu: ['arm'], libc: ['glibc'], os: ['linux'] });
    expect(platformOf('@unrs/resolver-binding-win32-x64-msvc')).toEqual({ cpu: ['x64'], libc: undefined, os: ['win32'] });
    expect(platformOf('left-pad')).toBeNull();
  });
});
