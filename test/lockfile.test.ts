import { readFileSync } from 'fs';
import { join } from 'path';

const { missingEntries } = require('../scripts/complete-lockfile.js');

test('package-lock.json lists every platform build of its optional packages, so `npm ci` accepts it (run scripts/complete-lockfile.js)', () => {
  const lock = JSON.parse(readFileSync(join(__dirname, '..', 'package-lock.json'), 'utf8'));
  expect(missingEntries(lock).map((entry: { name: string }) => entry.name)).toEqual([]);
});
