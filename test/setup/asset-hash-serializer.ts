/**
 * Snapshot serializer that replaces asset hashes (64 hex characters) with a placeholder,
 * so snapshots change only when the template does, not when bundled code does.
 */
const HASH = /[0-9a-f]{64}/g;

module.exports = {
  test: (value: unknown) => typeof value === 'string' && HASH.test(value) && (HASH.lastIndex = 0, true),
  serialize: (value: string) => JSON.stringify(value.replace(HASH, '<asset-hash>')),
};
