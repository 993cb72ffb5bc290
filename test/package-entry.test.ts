/**
 * The published package's entry point (scripts/package-entry.ts, package.json `main` and `exports`). It is built here from
 * a transpiled copy of lib/, installed as npm installs it (an app folder whose node_modules holds the package, with
 * package.json, build/ and the handler `files` ships in lib/, beside the app's aws-cdk-lib and constructs), and loaded by
 * name in fresh Node processes, as apps load it.
 */
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as kit from '../lib';
import { packageEntry } from '../scripts/package-entry';
import { transpileTree } from '../scripts/transpile';

const PROJECT_ROOT = path.resolve(__dirname, '..');
const PACKAGE_JSON = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf-8'));
const HANDLER = path.join('lib', 'versioning', 'version-cleanup-handler', 'index.js');

// An app that uses most of the library: a ServerlessFunction with a canary deployment, a queue source, a URL and the
// version cleanup (whose handler is a file the package ships in lib/), under the app's own LambdaLimits. It runs in
// the child (with the package) and here (with lib/'s sources): `kit`, `cdk` and `lambda` are its inputs.
const APP_SOURCE = `
  const app = new cdk.App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' } });
  cdk.Aspects.of(app).add(new kit.LambdaLimits());
  const stack = new cdk.Stack(app, 'Packaged', { env: { account: '123456789012', region: 'eu-west-1' } });
  const fn = new kit.ServerlessFunction(stack, 'Orders', {
    runtime: lambda.Runtime.NODEJS_22_X,
    code: lambda.Code.fromInline('exports.handler = async () => 1;'),
    handler: 'index.handler',
    deployment: kit.Deployment.canary({ percent: 10, interval: cdk.Duration.minutes(5) }),
    keepVersions: 3,
  });
  fn.addEventSource(kit.EventSource.sqs(new kit.QueuePair(stack, 'Jobs').queue));
  return JSON.stringify(app.synth().getStackByName('Packaged').template);
`;

// A plain aws-cdk-lib function that LambdaLimits, loaded from the package, refuses: prints synth's error.
const MEMORY_FAILURE = `
  const { LambdaLimits } = require('cdk-lambda-kit');
  const cdk = require('aws-cdk-lib');
  const lambda = require('aws-cdk-lib/aws-lambda');
  const app = new cdk.App();
  cdk.Aspects.of(app).add(new LambdaLimits());
  new lambda.Function(new cdk.Stack(app, 'Plain'), 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('x'), memorySize: 20000,
  });
  try { app.synth(); console.log('synthesized'); } catch (error) { console.log(error.message); }
`;

const MEMORY_ERROR = '[LambdaKit.Function.MemorySize] Plain/Fn';

let appDirectory: string;
let packageDirectory: string;
let entry: string;
let bundle: string;

/**
 * Runs `script` in a fresh Node process in the app's folder (CommonJS, or an ES module, with more Node options and
 * environment variables) and returns what it printed.
 */
function runNode(script: string, { module = false, nodeOptions = [] as string[], env = {} as Record<string, string> } = {}): string {
  const { NODE_DISABLE_COMPILE_CACHE: _, ...inherited } = process.env;
  return execFileSync(process.execPath, [...nodeOptions, ...(module ? ['--input-type=module'] : []), '-e', script], {
    cwd: appDirectory, encoding: 'utf-8', maxBuffer: 64 * 2 ** 20, stdio: ['ignore', 'pipe', 'pipe'], env: { ...inherited, ...env },
  }).trim();
}

beforeAll(() => {
  appDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-lambda-kit-app-'));
  packageDirectory = path.join(appDirectory, 'node_modules', PACKAGE_JSON.name);
  transpileTree(['lib'], packageDirectory);
  fs.renameSync(path.join(packageDirectory, 'lib'), path.join(packageDirectory, 'build'));
  fs.mkdirSync(path.dirname(path.join(packageDirectory, HANDLER)), { recursive: true });
  fs.copyFileSync(path.join(PROJECT_ROOT, HANDLER), path.join(packageDirectory, HANDLER));
  const { name, main, exports } = PACKAGE_JSON;
  fs.writeFileSync(path.join(packageDirectory, 'package.json'), JSON.stringify({ name, main, exports }));
  // The app's own aws-cdk-lib and constructs, which the package leaves out (peer dependencies).
  for (const peer of Object.keys(PACKAGE_JSON.peerDependencies)) {
    fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules', peer), path.join(appDirectory, 'node_modules', peer), 'dir');
  }
  ({ entry, bundle } = packageEntry(path.join(packageDirectory, 'build')));
}, 120_000);

afterAll(() => fs.rmSync(appDirectory, { recursive: true, force: true }));

test('package.json main and exports name the entry the script writes; files ships it, the bundle, its map and the handler', () => {
  expect(path.join(packageDirectory, PACKAGE_JSON.main)).toBe(entry);
  expect(PACKAGE_JSON.exports['.'].default).toBe(`./${PACKAGE_JSON.main}`);
  const bundleFile = path.relative(packageDirectory, bundle);
  expect(PACKAGE_JSON.files).toEqual(expect.arrayContaining([PACKAGE_JSON.main, bundleFile, `${bundleFile}.map`, 'lib/**/*-handler/index.js']));
  expect(fs.existsSync(`${bundle}.map`)).toBe(true);
  expect(runNode("console.log(require.resolve('cdk-lambda-kit'))")).toBe(entry);
});

test('only the package root is exported: a deep import fails, as the files it names are not shipped', () => {
  expect(() => runNode("require('cdk-lambda-kit/build/validation/lambda-limits')")).toThrow(/ERR_PACKAGE_PATH_NOT_EXPORTED/);
});

test('exports every name lib/index.ts exports, classes under their own names', () => {
  const exported = JSON.parse(runNode(`
    const kit = require('cdk-lambda-kit');
    console.log(JSON.stringify(Object.keys(kit).map(name => [name, kit[name].name ?? null])));
  `));
  const fromSources = Object.entries(kit).map(([name, value]) => [name, (value as { name?: string }).name ?? null]);
  expect(exported.sort()).toEqual(fromSources.sort());
  expect(exported).toContainEqual(['ServerlessFunction', 'ServerlessFunction']);
});

test('reading LambdaLimits loads the entry and the bundle alone; ServerlessFunction loads the aws-cdk-lib modules it builds with', () => {
  const loaded = JSON.parse(runNode(`
    require('aws-cdk-lib');
    const newFiles = (before) => Object.keys(require.cache).filter(file => !before.includes(file));
    const atStart = Object.keys(require.cache);
    const kit = require('cdk-lambda-kit');
    new kit.LambdaLimits();
    const forLimits = newFiles(atStart);
    const afterLimits = Object.keys(require.cache);
    kit.ServerlessFunction;
    console.log(JSON.stringify({ forLimits, forFunction: newFiles(afterLimits) }));
  `));
  expect(loaded.forLimits.sort()).toEqual([bundle, entry].sort());
  expect(loaded.forFunction).toEqual(expect.arrayContaining([expect.stringMatching(/node_modules\/aws-cdk-lib\/aws-codedeploy\//)]));
  expect(loaded.forFunction).not.toContain(entry);
  expect(loaded.forFunction).not.toContain(bundle);
});

test('an ES module imports its names', () => {
  const printed = runNode(`
    import * as kit from 'cdk-lambda-kit';
    import { LambdaLimits, ServerlessFunction } from 'cdk-lambda-kit';
    console.log(JSON.stringify({ names: Object.keys(kit), types: [typeof LambdaLimits, typeof ServerlessFunction] }));
  `, { module: true });
  const { names, types } = JSON.parse(printed);
  expect(names).toEqual(expect.arrayContaining(Object.keys(kit)));
  expect(types).toEqual(['function', 'function']);
});

test('an app synthesizes the same template from the package as from the sources', () => {
  const fromPackage = runNode(`
    const kit = require('cdk-lambda-kit');
    const cdk = require('aws-cdk-lib');
    const lambda = require('aws-cdk-lib/aws-lambda');
    console.log((() => { ${APP_SOURCE} })());
  `);
  const fromSources = new Function('kit', 'cdk', 'lambda', APP_SOURCE)(kit, cdk, lambda);
  expect(JSON.parse(fromPackage)).toEqual(JSON.parse(fromSources));
  expect(fromSources).toContain('Custom::LambdaVersionCleanup');
});

test("LambdaLimits from the package fails synth with the rule's message", () => {
  expect(runNode(MEMORY_FAILURE)).toContain(MEMORY_ERROR);
});

test('a package without its handler fails with a clear error rather than taking a copy above it', () => {
  const shipped = path.join(packageDirectory, HANDLER);
  const decoy = path.join(appDirectory, HANDLER); // the app's own folders are no part of the package
  fs.mkdirSync(path.dirname(decoy), { recursive: true });
  fs.copyFileSync(path.join(PROJECT_ROOT, HANDLER), decoy);
  fs.renameSync(shipped, `${shipped}.moved`);
  try {
    const printed = runNode(`
      const { ServerlessFunction } = require('cdk-lambda-kit');
      const cdk = require('aws-cdk-lib');
      const lambda = require('aws-cdk-lib/aws-lambda');
      try {
        new ServerlessFunction(new cdk.Stack(new cdk.App(), 'Cleanup'), 'Fn', {
          runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('x'), keepVersions: 2,
        });
        console.log('created');
      } catch (error) { console.log(error.message); }
    `);
    expect(printed).toContain('the version-cleanup handler (lib/versioning/version-cleanup-handler) is missing from the package');
  } finally {
    fs.renameSync(`${shipped}.moved`, shipped);
    fs.rmSync(path.join(appDirectory, 'lib'), { recursive: true, force: true });
  }
});

describe("the bundle's V8 code cache (lib/private/code-cache.ts)", () => {
  const cacheFolder = () => path.join(path.dirname(bundle), '.cache');
  const cacheFiles = () => (fs.existsSync(cacheFolder()) ? fs.readdirSync(cacheFolder()).sort() : []);
  /** The hash a cache file starts with: of the bundle's source and the data together. */
  const hashOf = (source: Buffer, data: Buffer) => createHash('sha1').update(source).update(data).digest();
  const LONG_AGO = new Date('2020-01-01T00:00:00Z');

  /** Runs the failing app once, so that a cache file is written, and returns its path, dated LONG_AGO. */
  function writtenCache(): string {
    expect(runNode(MEMORY_FAILURE)).toContain(MEMORY_ERROR);
    expect(cacheFiles()).toHaveLength(1);
    const file = path.join(cacheFolder(), cacheFiles()[0]);
    fs.utimesSync(file, LONG_AGO, LONG_AGO);
    return file;
  }

  /** Whether the file was written again since writtenCache dated it. */
  const rewritten = (file: string) => fs.statSync(file).mtime.getTime() !== LONG_AGO.getTime();

  beforeEach(() => fs.rmSync(cacheFolder(), { recursive: true, force: true }));
  afterAll(() => fs.rmSync(cacheFolder(), { recursive: true, force: true }));

  test('the first process writes it at exit, for the source it ran; the next one reads it and leaves it as it is', () => {
    const file = writtenCache();
    expect(path.basename(file)).toMatch(new RegExp(`^bundle\\.js\\.${process.version.replace(/\./g, '\\.')}-${process.arch}-[0-9a-f]+\\.v8$`));
    const written = fs.readFileSync(file);
    expect(written.subarray(0, 20)).toEqual(hashOf(fs.readFileSync(bundle), written.subarray(20)));

    expect(runNode(MEMORY_FAILURE)).toContain(MEMORY_ERROR);
    // V8 accepted it: refused data would have been written again.
    expect(rewritten(file)).toBe(false);
    expect(cacheFiles()).toEqual([path.basename(file)]);
  });

  test('a process whose V8 flags differ keeps its own file; data V8 refuses (the other flags\' data) is replaced', () => {
    const file = writtenCache();
    expect(runNode(MEMORY_FAILURE, { nodeOptions: ['--stack-size=2000'] })).toContain(MEMORY_ERROR);
    const [other] = cacheFiles().filter(name => name !== path.basename(file));
    expect(other).toBeDefined();
    expect(runNode(MEMORY_FAILURE)).toContain(MEMORY_ERROR);
    expect(rewritten(file)).toBe(false);

    // A whole file V8 refuses: made under other flags.
    fs.copyFileSync(path.join(cacheFolder(), other), file);
    fs.utimesSync(file, LONG_AGO, LONG_AGO);
    expect(runNode(MEMORY_FAILURE)).toContain(MEMORY_ERROR);
    expect(rewritten(file)).toBe(true);
    expect(fs.readFileSync(file).equals(fs.readFileSync(path.join(cacheFolder(), other)))).toBe(false);
  });

  test('an edit of the bundle that keeps its length runs as edited, and the cache is written anew for it', () => {
    const file = writtenCache();
    const original = fs.readFileSync(bundle);
    // V8 itself checks only the source's length: this edit would run the old bytecode without the cache's own hash.
    const edited = Buffer.from(original.toString('utf-8').replace(/Function\.MemorySize/g, 'Function.MemorySiz3'));
    expect(edited.length).toBe(original.length);
    fs.writeFileSync(bundle, edited);
    try {
      expect(runNode(MEMORY_FAILURE)).toContain('[LambdaKit.Function.MemorySiz3] Plain/Fn');
      const written = fs.readFileSync(file);
      expect(written.subarray(0, 20)).toEqual(hashOf(edited, written.subarray(20)));
    } finally {
      fs.writeFileSync(bundle, original);
    }
  });

  test('damaged data is never handed to V8 (which does not check it, and can crash on it) and is replaced', () => {
    const file = writtenCache();
    const damaged = fs.readFileSync(file);
    const middle = damaged.length >> 1;
    damaged.fill(0x5a, middle, middle + 64);
    fs.writeFileSync(file, damaged);
    fs.utimesSync(file, LONG_AGO, LONG_AGO);
    expect(runNode(MEMORY_FAILURE)).toContain(MEMORY_ERROR);
    expect(rewritten(file)).toBe(true);
    const written = fs.readFileSync(file);
    expect(written.subarray(0, 20)).toEqual(hashOf(fs.readFileSync(bundle), written.subarray(20)));
  });

  test('a cache folder that cannot be made (a file in its place) leaves the cache out, silently', () => {
    fs.writeFileSync(cacheFolder(), 'not a folder');
    expect(runNode(MEMORY_FAILURE)).toContain(MEMORY_ERROR);
    expect(fs.readFileSync(cacheFolder(), 'utf-8')).toBe('not a folder');
  });

  test('the bundle is a module as require makes it: its parent, paths and children; one copy when the entry is required again', () => {
    writtenCache();
    const loaded = JSON.parse(runNode(`
      const first = require('cdk-lambda-kit').LambdaLimits;
      const entry = require.resolve('cdk-lambda-kit');
      delete require.cache[entry];
      const again = require('cdk-lambda-kit').LambdaLimits;
      const bundle = require.cache[${JSON.stringify(bundle)}];
      console.log(JSON.stringify({
        same: first === again, parent: bundle.parent.filename, paths: bundle.paths, loaded: bundle.loaded,
        children: bundle.children.map(child => child.filename), exitListeners: process.listenerCount('exit'),
      }));
    `));
    expect(loaded).toMatchObject({ same: true, parent: entry, loaded: true, exitListeners: 0 });
    expect(loaded.paths).toContain(path.join(fs.realpathSync(appDirectory), 'node_modules'));
    expect(loaded.children).toEqual(expect.arrayContaining([expect.stringMatching(/node_modules\/aws-cdk-lib\/index\.js$/)]));
  });

  test('a bundle that throws while loading is not kept in require.cache, as require would not keep it, nor cached', () => {
    const file = writtenCache();
    const original = fs.readFileSync(bundle);
    fs.writeFileSync(bundle, `throw new Error('bundle failed');\n${original}`);
    try {
      const printed = JSON.parse(runNode(`
        let message;
        try { require('cdk-lambda-kit'); } catch (error) { message = error.message; }
        console.log(JSON.stringify({ message, kept: ${JSON.stringify(bundle)} in require.cache }));
      `));
      expect(printed).toEqual({ message: 'bundle failed', kept: false });
      expect(rewritten(file)).toBe(false);
    } finally {
      fs.writeFileSync(bundle, original);
    }
  });

  test('under jest the package is loaded by jest, in the test\'s context: its errors are the test\'s Error', () => {
    // This test runs in jest: its require is jest's, whose modules are no instances of Node's Module.
    const packaged = require(packageDirectory) as typeof kit;
    expect(() => new packaged.LambdaLimits({ skipRules: ['LambdaKit.NoSuchRule'] })).toThrow(Error);
    expect(() => new packaged.LambdaLimits({ skipRules: ['LambdaKit.NoSuchRule'] })).toThrow(/LambdaKit\.NoSuchRule/);
    expect(packaged.LambdaLimits).not.toBe(kit.LambdaLimits);
  });

  test('an app bundled with esbuild inlines the package and runs, though a file of its own sits where our bundle would', () => {
    const esbuild = require('esbuild') as typeof import('esbuild');
    const distribution = path.join(appDirectory, 'dist');
    // The app's output is called bundle.js, the name of the package's own bundle beside its entry.
    esbuild.buildSync({
      stdin: { contents: MEMORY_FAILURE, resolveDir: appDirectory, loader: 'js' },
      bundle: true, platform: 'node', format: 'cjs', external: ['aws-cdk-lib', 'constructs'], logLevel: 'error',
      outfile: path.join(distribution, 'bundle.js'),
    });
    try {
      expect(runNode(`require(${JSON.stringify(path.join(distribution, 'bundle.js'))})`)).toContain(MEMORY_ERROR);
      expect(fs.readdirSync(distribution)).toEqual(['bundle.js']);
      expect(cacheFiles()).toEqual([]);
    } finally {
      fs.rmSync(distribution, { recursive: true, force: true });
    }
  });

  test('NODE_DISABLE_COMPILE_CACHE and --enable-source-maps leave it out; the package works the same', () => {
    expect(runNode(MEMORY_FAILURE, { env: { NODE_DISABLE_COMPILE_CACHE: '1' } })).toContain(MEMORY_ERROR);
    expect(runNode(MEMORY_FAILURE, { nodeOptions: ['--enable-source-maps'] })).toContain(MEMORY_ERROR);
    expect(cacheFiles()).toEqual([]);
  });

  test('under --enable-source-maps, stack traces are mapped through the bundle\'s source map, as for any module', () => {
    const THROWING = `
      try { new (require('cdk-lambda-kit').LambdaLimits)({ skipRules: ['LambdaKit.NoSuchRule'] }); } catch (error) { console.log(error.stack); }
    `;
    const frames = (stack: string) => stack.split('\n').filter(line => line.trim().startsWith('at '));
    // The test's package is transpiled without maps of its own: the bundle's map leads back to its compiled files.
    expect(frames(runNode(THROWING, { nodeOptions: ['--enable-source-maps'] }))[0]).toMatch(/build\/validation\/lambda-limits\.js:\d+/);
    expect(frames(runNode(THROWING))[0]).toMatch(/build\/bundle\.js:\d+/);
  });
});
