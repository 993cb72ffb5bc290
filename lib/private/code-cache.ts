/**
 * Loads the package's bundled code (build/bundle.js) with V8's code cache: the bytecode V8 compiled for it in an
 * earlier process, kept in a `.cache` folder beside the file. This is what Node 22's `module.enableCompileCache()` does
 * for a whole app, and what v8-compile-cache did before it; Node 20 has neither.
 *
 * Why: V8 compiles each function the first time it runs. In a `cdk synth` of 200 functions, compiling the bundle and
 * then LambdaLimits' rules, model and lookups as they first run costs ~20 ms of a ~70 ms check, in every synth. The
 * cache is written when the first process that loaded the bundle exits, so it holds every function that process ran,
 * and is read by every later process. It is not written again while it is valid: a first process that ran less than a
 * synth leaves later ones compiling the rest themselves (delete the folder to refresh it).
 *
 * What guards it:
 * - A file holds the SHA-1 of the source and the data together. A file for an edited source (even one of the same
 *   length, whose stale bytecode V8 would run: it compares lengths only) or with damaged data (which V8 does not check
 *   and could crash on) is never handed to V8, and is written anew.
 * - Its name carries the Node version, the architecture and V8's tag for its version, flags and CPU features
 *   (`v8.cachedDataVersionTag()`), so that processes whose V8 would refuse each other's data (a `cdk synth` and one run
 *   with `--max-old-space-size`) keep a file each instead of overwriting each other's.
 * - The folder is inside the package: whoever can write there can change the package's code anyway (a cache in a
 *   shared temporary folder could be planted by another user).
 * - It is written under a name of its own, then renamed, so that a concurrent process reads a whole file or none.
 * - A folder that cannot be written (a read-only install, a full disk) only leaves the cache out.
 * - It is off when `NODE_DISABLE_COMPILE_CACHE` is set (the variable Node's own compile cache obeys), under
 *   `--enable-source-maps`, whose stack traces Node maps only for files it loads itself, and for modules another loader
 *   runs (jest's): the entry then requires the bundle as any module does.
 */
import { createHash, randomBytes } from 'crypto';
import * as fs from 'fs';
import { createRequire, Module } from 'module';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';

const CACHE_FOLDER = '.cache';
const HASH_BYTES = 20; // SHA-1

/**
 * Loads the CommonJS `file` as `require(file)` would, with its parent module, `module.paths`, `require.cache` entry and
 * the require of its own dependencies, and returns its exports; `parent` is the module asking. Returns undefined,
 * having run nothing, where the file is to be required as usual: the cache is off, the file cannot be read, or
 * `parent` was not loaded by Node's own loader (jest's runs modules in a context and registry of its own: a module
 * run here would have other globals and another copy of aws-cdk-lib than the test's).
 */
export function requireWithCodeCache(file: string, parent: NodeJS.Module): unknown {
  if (process.env.NODE_DISABLE_COMPILE_CACHE || process.sourceMapsEnabled || !(parent instanceof Module)) return undefined;
  const requireFromFile = createRequire(file);
  // Loaded already (the entry was taken out of require.cache and required again): the same module, as require gives.
  const loadedBefore = requireFromFile.cache[file];
  if (loadedBefore) return loadedBefore.exports;
  let source: Buffer;
  try {
    source = fs.readFileSync(file);
  } catch {
    return undefined;
  }

  const cacheFile = path.join(path.dirname(file), CACHE_FOLDER,
    `${path.basename(file)}.${process.version}-${process.arch}-${v8.cachedDataVersionTag().toString(16)}.v8`);
  const cachedData = readCache(cacheFile, source);
  // The same wrapper `require` puts around a CommonJS file.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source.toString('utf-8')}\n});`,
    { filename: file, cachedData });
  const loaded = new Module(file, parent);
  loaded.filename = file;
  // Where its own requires look for packages, as Node sets it (an internal of Node's loader since its first versions).
  loaded.paths = (Module as unknown as { _nodeModulePaths(folder: string): string[] })._nodeModulePaths(path.dirname(file));
  requireFromFile.cache[file] = loaded;
  // Its requires go through the module, so that the modules it loads have it as their parent.
  const requireFromBundle = Object.assign((id: string) => loaded.require(id), requireFromFile);
  try {
    script.runInThisContext()(loaded.exports, requireFromBundle, loaded, file, path.dirname(file));
  } catch (error) {
    // As require does: a module that failed to load is not kept.
    delete requireFromFile.cache[file];
    throw error;
  }
  loaded.loaded = true;
  if ((!cachedData || script.cachedDataRejected) && canWrite(path.dirname(cacheFile))) {
    // At exit, not now: the data then holds every function this process compiled, not just the file's top level.
    process.once('exit', () => writeCache(cacheFile, source, script));
  }
  return loaded.exports;
}

/** The hash a cache file starts with: of the source and the data together. */
function hashOf(source: Buffer, data: Buffer): Buffer {
  return createHash('sha1').update(source).update(data).digest();
}

/** The data in `cacheFile` if it was made from `source` and is whole; otherwise none. */
function readCache(cacheFile: string, source: Buffer): Buffer | undefined {
  let content: Buffer;
  try {
    content = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const data = content.subarray(HASH_BYTES);
  return content.subarray(0, HASH_BYTES).equals(hashOf(source, data)) ? data : undefined;
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

function writeCache(cacheFile: string, source: Buffer, script: vm.Script): void {
  // Its own name: two processes with one pid (two containers sharing node_modules) must not write into one file.
  const temporary = `${cacheFile}.${randomBytes(8).toString('hex')}.tmp`;
  try {
    const data = script.createCachedData();
    fs.writeFileSync(temporary, Buffer.concat([hashOf(source, data), data]), { flag: 'wx' });
    fs.renameSync(temporary, cacheFile);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}
