#!/usr/bin/env node
/**
 * Adds to package-lock.json the platform-specific optional packages that npm left out of it.
 *
 * Why: the npm registry these machines reach does not serve every platform build of some native
 * packages (jest 30's unrs-resolver ships one optional package per OS/CPU). npm then writes a lock
 * without the other platforms' entries, and npm 11's `npm ci` refuses that lock as "out of sync".
 * The missing entries only describe packages npm skips on this platform anyway (their os/cpu/libc
 * do not match), so recording them lets `npm ci` pass here and on any other machine.
 *
 * Run it after every `npm install` that changes the lock: `node scripts/complete-lockfile.js`.
 * A test checks that the lock is complete.
 */
const fs = require('fs');
const path = require('path');

const LOCK = path.join(__dirname, '..', 'package-lock.json');

/** The os, cpu and libc a platform package's name encodes: `@unrs/resolver-binding-linux-arm-musleabihf`. */
function platformOf(name) {
  const [os, cpu, ...rest] = name.split('/').pop().replace(/^.*?-binding-/, '').split('-');
  const libc = os === 'linux' ? (rest.join('-').includes('musl') ? 'musl' : 'glibc') : undefined;
  return { os, cpu, libc };
}

/** The optional dependencies the lock lists but has no entry for. */
function missingEntries(lock) {
  const missing = [];
  for (const [location, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = `${location}/node_modules/${name}`;
      const hoisted = `node_modules/${name}`;
      if (!lock.packages[nested] && !lock.packages[hoisted]) missing.push({ key: hoisted, name, version, dev: entry.dev });
    }
  }
  return missing;
}

function complete(lock) {
  for (const { key, name, version, dev } of missingEntries(lock)) {
    const { os, cpu, libc } = platformOf(name);
    lock.packages[key] = { version, ...(dev ? { dev: true } : {}), optional: true, os: [os], cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
  }
  return lock;
}

module.exports = { missingEntries, complete };

if (require.main === module) {
  const lock = JSON.parse(fs.readFileSync(LOCK, 'utf8'));
  const added = missingEntries(lock).map(m => m.name);
  fs.writeFileSync(LOCK, JSON.stringify(complete(lock), null, 2) + '\n');
  console.log(added.length ? `added ${added.length} platform entries: ${added.join(', ')}` : 'lock file already complete');
}
