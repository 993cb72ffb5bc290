/**
 * The published package's entry point (scripts/package-entry.ts, package.json `main` and `exports`). It is built here from
 * a transpiled copy of lib/, installed as npm installs it (an app folder whose node_modules holds the package, with
 * package.json, build/ and the handler `files` ships in lib/, beside the app's aws-cdk-lib and constructs), and loaded by
 * name in fresh Node processes, as apps load it.
 */
import { execFileSync } from 'child_process';
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

let appDirectory: string;
let packageDirectory: string;
let entry: string;

/** Runs `script` in a fresh Node process in the app's folder (CommonJS, or an ES module) and returns what it printed. */
function runNode(script: string, { module = false } = {}): string {
  return execFileSync(process.execPath, [...(module ? ['--input-type=module'] : []), '-e', script], {
    cwd: appDirectory, encoding: 'utf-8', maxBuffer: 64 * 2 ** 20, stdio: ['ignore', 'pipe', 'pipe'],
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
  entry = packageEntry(path.join(packageDirectory, 'build')).file;
}, 120_000);

afterAll(() => fs.rmSync(appDirectory, { recursive: true, force: true }));

test('package.json main and exports name the entry the script writes; files ships it, its map and the handler', () => {
  expect(path.join(packageDirectory, PACKAGE_JSON.main)).toBe(entry);
  expect(PACKAGE_JSON.exports['.'].default).toBe(`./${PACKAGE_JSON.main}`);
  expect(PACKAGE_JSON.files).toEqual(expect.arrayContaining([PACKAGE_JSON.main, `${PACKAGE_JSON.main}.map`, 'lib/**/*-handler/index.js']));
  expect(fs.existsSync(`${entry}.map`)).toBe(true);
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

test('reading LambdaLimits loads the entry file alone; ServerlessFunction loads the aws-cdk-lib modules it builds with', () => {
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
  expect(loaded.forLimits).toEqual([entry]);
  expect(loaded.forFunction).toEqual(expect.arrayContaining([expect.stringMatching(/node_modules\/aws-cdk-lib\/aws-codedeploy\//)]));
  expect(loaded.forFunction).not.toContain(entry);
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
  const failure = runNode(`
    const { LambdaLimits } = require('cdk-lambda-kit');
    const cdk = require('aws-cdk-lib');
    const lambda = require('aws-cdk-lib/aws-lambda');
    const app = new cdk.App();
    cdk.Aspects.of(app).add(new LambdaLimits());
    new lambda.Function(new cdk.Stack(app, 'Plain'), 'Fn', {
      runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('x'), memorySize: 20000,
    });
    try { app.synth(); console.log('synthesized'); } catch (error) { console.log(error.message); }
  `);
  expect(failure).toContain('[LambdaKit.Function.MemorySize] Plain/Fn');
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
