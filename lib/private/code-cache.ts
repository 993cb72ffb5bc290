/**
 * Loads the package's bundled code (build/bundle.js) the way `require` does, but with V8's code cache: the bytecode V8
 * compiled for it in an earlier process, kept in a `.cache` folder beside the file. This is what Node 22's
 * `module.enableCompileCache()` does for a whole app, and what v8-compile-cache did before it; Node 20 has neither.
 *
 * Why: V8 compiles each function the first time it runs. In a `cdk synth` of 200 functions, compiling the bundle and
 * then LambdaLimits' rules, model and lookups as they first run costs ~20 ms of a ~70 ms check, in every synth. The
 * cache is written once, when the first process that loaded the bundle exits (so it holds every function that process
 * ran), and then read by every later process.
 *
 * Safe by construction:
 * - V8 refuses data from another V8 version or with other V8 flags, or for a source of another length; a file holds
 *   the SHA-1 of the source it was made from, so that a same-length edit (patch-package, a hand edit) is never run
 *   from a stale cache either. Refused or stale data is rewritten.
 * - One file per Node version, architecture and command-line options (these set V8's flags), so that processes run
 *   with different ones (a `cdk synth` and a test runner) do not overwrite each other's.
 * - The cache folder is inside the package: whoever can write there can change the package's code anyway (a cache in
 *   a shared temporary folder could be planted by another user).
 * - Written to a temporary name, then renamed, so that a concurrent process reads a whole file or none.
 * - Any failure (a read-only install, a full disk) leaves the cache out, silently: it only ever saves time.
 * - Off when `NODE_DISABLE_COMPILE_CACHE` is set (the variable Node's own compile cache obeys), under
 *   `--enable-source-maps`, whose stack traces Node maps only for files it loads itself, and for modules other loaders
 *   run (jest's): the entry then requires the bundle as any module does.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import { createRequire, Module } from 'module';
import * as path from 'path';
import * as vm from 'vm';

const CACHE_FOLDER = '.cache';
const SOURCE_HASH_BYTES = 20; // SHA-1

/**
 * Runs the CommonJS `file` as `require(file)` would and returns its exports; `parent` is the module asking. Returns
 * undefined, having run nothing, where the file is to be required as usual: the cache is off, or `parent` was not
 * loaded by Node's own module loader (jest's, say, which runs modules in its own context and registry: a module run
 * here would have other globals and another copy of aws-cdk-lib than the test's).
 */
export function requireWithCodeCache(file: string, parent: NodeJS.Module): unknown {
  if (process.env.NODE_DISABLE_COMPILE_CACHE || process.sourceMapsEnabled || !(parent instanceof Module)) return undefined;

  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const source = bytes.toString('utf-8');
  const sourceHash = createHash('sha1').update(bytes).digest();
  const cacheFile = path.join(path.dirname(file), CACHE_FOLDER, `${path.basename(file)}.${runtimeKey()}.v8`);
  const cachedData = readCache(cacheFile, sourceHash);
  // The same wrapper `require` puts around a CommonJS file.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, { filename: file, cachedData });
  if ((!cachedData || script.cachedDataRejected) && canWrite(path.dirname(cacheFile))) {
    // At exit, not now: the data then holds every function this process compiled, not just the file's top level.
    process.once('exit', () => writeCache(cacheFile, sourceHash, script));
  }

  const loaded = new Module(file, parent);
  loaded.filename = file;
  const requireFromFile = createRequire(file);
  requireFromFile.cache[file] = loaded;
  script.runInThisContext()(loaded.exports, requireFromFile, loaded, file, path.dirname(file));
  loaded.loaded = true;
  return loaded.exports;
}

/** What V8's flags depend on: the Node version (V8's with it), the architecture and the options Node was started with. */
function runtimeKey(): string {
  const options = createHash('sha1').update([...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\0')).digest('hex');
  return `${process.version}-${process.arch}-${options.slice(0, 8)}`;
}

/** The cached data in `cacheFile` if it was made from the source whose hash is `sourceHash`; otherwise none. */
function readCache(cacheFile: string, sourceHash: Buffer): Buffer | undefined {
  let content: Buffer;
  try {
    content = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  return content.subarray(0, SOURCE_HASH_BYTES).equals(sourceHash) ? content.subarray(SOURCE_HASH_BYTES) : undefined;
}

/** Whether the cache folder can be written (a read-only install would otherwise serialize the cache at every exit). */
function canWrite(folder: string): boolean {
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.accessSync(folder, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function writeCache(cacheFile: string, sourceHash: Buffer, script: vm.Script): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, Buffer.concat([sourceHash, script.createCachedData()]));
    fs.renameSync(temporary, cacheFile);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}
