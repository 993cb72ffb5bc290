/**
 * The package's entry point, `build/entry.js` (package.json `main`), and the file it loads, `build/bundle.js`: the
 * library compiled by jsii, as one file whose parts run only when one of their exports is first read.
 *
 * Why: compiled one module per file, `require('cdk-lambda-kit')` loaded ~300 modules (~100 ms), among them the
 * aws-cdk-lib modules ServerlessFunction builds with (CodeDeploy, CloudWatch, CloudFront...), even in an app that only
 * adds `LambdaLimits`. The package root now reads each export on first use, so an app that uses LambdaLimits loads the
 * validation alone; and one file costs Node one read and one compilation instead of a few hundred (~20 ms in all).
 *
 *   ts-node -P tsconfig.dev.json --transpile-only scripts/package-entry.ts build
 *
 * `packageEntry(directory)` reads the tree's `index.js` (tsc's output for lib/index.ts, left as it is, so that the
 * script can run again after an incremental build) and writes `bundle.js` and its source map beside it, then
 * `entry.js`, which loads `bundle.js` with V8's code cache (lib/private/code-cache.ts: the bytecode compiled by an
 * earlier process, ~20 ms of a cold synth's checking). The benchmarks build their compiled copy of the library the same
 * way.
 */
import * as fs from 'fs';
import * as path from 'path';

/** The file the package's `main` names, relative to the compiled tree. */
export const ENTRY_FILE = 'entry.js';

/** The library's code, which the entry loads. */
export const BUNDLE_FILE = 'bundle.js';

/** What `packageEntry` wrote: the entry's path, the bundle's and the names they export. */
export interface PackagedEntry {
  readonly entry: string;
  readonly bundle: string;
  readonly exportNames: string[];
}

// tsc compiles each `export * from './x'` of lib/index.ts to this line.
const EXPORT_STAR = /^__exportStar\(require\("([^"]+)"\), exports\);$/gm;

// Each export is a getter that loads its module when first read. It is defined through this function so that Node's
// reading of the names (see the banner below) does not find the getters, which it would count as unsafe and drop.
const LAZY_EXPORT = `
function lazyExport(name, load) {
  Object.defineProperty(exports, name, { enumerable: true, get: function () { return load()[name]; } });
}
`;

// The entry. It loads the bundle with the code cache only from the package as installed and loaded by Node. An app that
// bundles itself (esbuild, webpack) runs this code inside its bundler's module wrapper, whose `module` is no module of
// Node's loader (code-cache.ts then declines), and should a bundler pass Node's own module through, `installed` still
// tells this file from a copy inlined under another name; either way the plain require, which bundlers follow, loads
// the bundle. Where the cache is off (code-cache.ts), the plain require loads it too.
const ENTRY_SOURCE = `
const path = require('path');
const installed = __filename === path.join(__dirname, ${JSON.stringify(ENTRY_FILE)});
module.exports = (installed && require('./private/code-cache').requireWithCodeCache(path.join(__dirname, ${JSON.stringify(BUNDLE_FILE)}), module))
  || require('./${BUNDLE_FILE}');
`;

export function packageEntry(directory: string): PackagedEntry {
  const index = path.join(directory, 'index.js');
  const exportNames: string[] = [];
  let lazyIndex = fs.readFileSync(index, 'utf-8').replace(EXPORT_STAR, (_line, specifier: string) => {
    // The names a module exports are known only by loading it, as aws-cdk-lib's own lazy index is built.
    const names = Object.keys(require(path.resolve(directory, specifier))).filter(name => name !== '__esModule');
    exportNames.push(...names);
    return names.map(name => `lazyExport(${JSON.stringify(name)}, function () { return require(${JSON.stringify(specifier)}); });`).join('\n');
  });
  lazyIndex += LAZY_EXPORT;
  const duplicated = exportNames.filter((name, i) => exportNames.indexOf(name) !== i);
  // Any other require left in the index would load its module with the package, which is what this file prevents.
  const requires = lazyIndex.match(/\brequire\(/g)?.length ?? 0;
  if (exportNames.length === 0 || duplicated.length > 0 || requires !== exportNames.length) {
    throw new Error(`${index}: expected only 'export * from' lines with distinct names (tsc's __exportStar), found `
      + `${exportNames.length} names, duplicated: [${duplicated.join(', ')}], ${requires - exportNames.length} other require(s). `
      + 'Write lib/index.ts as `export * from` lines only, or teach scripts/package-entry.ts the new form.');
  }

  // Loaded here: esbuild is a devDependency, present wherever the library is built.
  const esbuild = require('esbuild') as typeof import('esbuild');
  const bundle = path.join(directory, BUNDLE_FILE);
  esbuild.buildSync({
    stdin: { contents: lazyIndex, resolveDir: directory, sourcefile: 'index.js', loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // aws-cdk-lib and constructs are peer dependencies: the app's own copies, never bundled.
    packages: 'external',
    outfile: bundle,
    // Linked, not inline: Node reads it only under --enable-source-maps. It maps back to lib/ through jsii's maps.
    sourcemap: 'linked',
    // esbuild writes some classes as `var X = class _X`: their `name` (error messages, stack traces) stays X only so.
    keepNames: true,
    logLevel: 'warning',
  });

  const entry = path.join(directory, ENTRY_FILE);
  esbuild.buildSync({
    stdin: {
      contents: ENTRY_SOURCE,
      resolveDir: directory,
      sourcefile: 'package-entry.js',
      loader: 'js',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: entry,
    // The bundle is loaded, not inlined (see ENTRY_SOURCE).
    external: [`./${BUNDLE_FILE}`],
    logLevel: 'warning',
    // Node's ES module loader finds a CommonJS module's names by reading its text (cjs-module-lexer). It sees neither the
    // getters (defined with the name in a variable) nor the modules' own exports (in another file, inside esbuild's
    // wrappers): this never-run line names them.
    banner: { js: `"use strict";\n0 && (module.exports = { ${exportNames.join(', ')} });` },
  });
  return { entry, bundle, exportNames };
}

if (require.main === module) {
  const directory = process.argv[2];
  if (!directory) throw new Error('Usage: ts-node scripts/package-entry.ts <compiled tree, e.g. build>');
  const { entry, exportNames } = packageEntry(path.resolve(directory));
  console.log(`${path.relative(process.cwd(), entry)}: ${exportNames.length} exports, each loaded on first use`);
}
