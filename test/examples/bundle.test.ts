import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { bundledCode, BundledCodeOptions } from '../../examples/shared/bundle';

const TINY_HANDLER = `
import { greeting } from './greeting';

export const handler = async (event: { name: string; listFunctions?: boolean }) => {
  if (event.listFunctions) {
    // Never called in the test: only shows that the SDK stays an external require.
    const { LambdaClient } = await import('@aws-sdk/client-lambda');
    return new LambdaClient({});
  }
  return { message: greeting(event.name) };
};
`;
const GREETING_MODULE = `export const greeting = (name: string): string => \`Hello, \${name}!\`;\n`;

const temporaryDirectories: string[] = [];
function temporaryDirectory(prefix: string): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temporaryDirectories.push(directory);
  return directory;
}
afterAll(() => temporaryDirectories.forEach(directory => fs.rmSync(directory, { recursive: true, force: true })));

let tinyHandlerEntry: string;
beforeAll(() => {
  const handlerDirectory = temporaryDirectory('tiny-handler-');
  fs.writeFileSync(path.join(handlerDirectory, 'index.ts'), TINY_HANDLER);
  fs.writeFileSync(path.join(handlerDirectory, 'greeting.ts'), GREETING_MODULE);
  tinyHandlerEntry = path.join(handlerDirectory, 'index.ts');
});

/** Synthesizes a function with the bundled code into a fresh outdir and returns the asset directory. */
function synthesizeAsset(entry: string, options?: BundledCodeOptions): { assetDirectory: string; s3Key: string } {
  // The CloudFormation validator is not under test here, and starting it costs seconds.
  const app = new App({ outdir: temporaryDirectory('bundle-test-cdk-out-'), builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Stack');
  new lambda.Function(stack, 'Fn', {
    runtime: options?.runtime ?? lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: bundledCode(entry, options),
  });
  const assembly = app.synth();
  const [fn] = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'));
  const s3Key: string = fn.Properties.Code.S3Key;
  return { assetDirectory: path.join(assembly.directory, `asset.${s3Key.replace(/\.zip$/, '')}`), s3Key };
}

describe('bundledCode', () => {
  test('produces an asset whose index.js exports a working handler', async () => {
    // WHEN
    const { assetDirectory } = synthesizeAsset(tinyHandlerEntry);

    // THEN
    const bundle = require(path.join(assetDirectory, 'index.js'));
    expect(typeof bundle.handler).toBe('function');
    await expect(bundle.handler({ name: 'Ada' })).resolves.toEqual({ message: 'Hello, Ada!' });
  });

  test('bundles local modules, writes CommonJS without minifying', () => {
    // WHEN
    const { assetDirectory } = synthesizeAsset(tinyHandlerEntry);

    // THEN
    const code = fs.readFileSync(path.join(assetDirectory, 'index.js'), 'utf-8');
    expect(code).toContain('Hello, ${name}!');
    expect(code).toContain('module.exports = ');
    expect(code).toMatch(/\n {2}\S/); // indented, i.e. not minified
    expect(code).toMatch(/\/\/# sourceMappingURL=index\.js\.map\n?$/);
    expect(fs.readdirSync(assetDirectory).sort()).toEqual(['index.js', 'index.js.map']);
  });

  test('keeps @aws-sdk/* as runtime requires instead of bundling the SDK', () => {
    // GIVEN
    const handlerDirectory = temporaryDirectory('sdk-handler-');
    fs.writeFileSync(path.join(handlerDirectory, 'index.ts'), [
      "import { LambdaClient } from '@aws-sdk/client-lambda';",
      'export const handler = async () => new LambdaClient({}).config.serviceId;',
      '',
    ].join('\n'));

    // WHEN
    const { assetDirectory } = synthesizeAsset(path.join(handlerDirectory, 'index.ts'));

    // THEN
    const code = fs.readFileSync(path.join(assetDirectory, 'index.js'), 'utf-8');
    expect(code).toContain('require("@aws-sdk/client-lambda")');
    expect(code.length).toBeLessThan(5_000);
    // The dynamic import of the tiny handler stays external too.
    expect(fs.readFileSync(path.join(synthesizeAsset(tinyHandlerEntry).assetDirectory, 'index.js'), 'utf-8'))
      .toContain('import("@aws-sdk/client-lambda")');
  });

  test('the source map points at the TypeScript sources, relative to the handler folder', () => {
    // WHEN
    const { assetDirectory } = synthesizeAsset(tinyHandlerEntry);

    // THEN
    const sourceMap = JSON.parse(fs.readFileSync(path.join(assetDirectory, 'index.js.map'), 'utf-8'));
    expect([...sourceMap.sources].sort()).toEqual(['../greeting.ts', '../index.ts']);
    expect(sourceMap.sourcesContent).toContain(GREETING_MODULE);
  });

  test('can inline the source map instead', () => {
    // WHEN
    const { assetDirectory } = synthesizeAsset(tinyHandlerEntry, { sourcemap: 'inline' });

    // THEN
    expect(fs.readdirSync(assetDirectory)).toEqual(['index.js']);
    expect(fs.readFileSync(path.join(assetDirectory, 'index.js'), 'utf-8')).toContain('//# sourceMappingURL=data:application/json;base64,');
  });

  test('the asset hash depends only on the sources, not on the outdir', () => {
    // WHEN
    const first = synthesizeAsset(tinyHandlerEntry);
    const second = synthesizeAsset(tinyHandlerEntry);

    // THEN
    expect(path.dirname(second.assetDirectory)).not.toEqual(path.dirname(first.assetDirectory));
    expect(second.s3Key).toEqual(first.s3Key);
  });

  test('the asset hash changes when an imported module changes', () => {
    // GIVEN
    const handlerDirectory = temporaryDirectory('changing-handler-');
    fs.writeFileSync(path.join(handlerDirectory, 'index.ts'), TINY_HANDLER);
    fs.writeFileSync(path.join(handlerDirectory, 'greeting.ts'), GREETING_MODULE);
    const before = synthesizeAsset(path.join(handlerDirectory, 'index.ts'));

    // WHEN
    fs.writeFileSync(path.join(handlerDirectory, 'greeting.ts'), GREETING_MODULE.replace('Hello', 'Hi'));

    // THEN
    expect(synthesizeAsset(path.join(handlerDirectory, 'index.ts')).s3Key).not.toEqual(before.s3Key);
  });

  test('bundles the orders-service handler into an index.js that serves requests, with no absolute paths in it', async () => {
    // GIVEN
    const entry = path.join(__dirname, '..', '..', 'examples', 'orders-service', 'handler', 'index.ts');

    // WHEN
    const { assetDirectory } = synthesizeAsset(entry);

    // THEN
    const bundle = require(path.join(assetDirectory, 'index.js'));
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const response = await bundle.handler({
      rawPath: '/orders/health',
      headers: {},
      isBase64Encoded: false,
      requestContext: { http: { method: 'GET' }, requestId: 'r-1', stage: '$default' },
    });
    log.mockRestore();
    expect(response).toMatchObject({ statusCode: 200, body: JSON.stringify({ status: 'ok' }) });
    // Absolute paths would make the output, and so the asset hash, differ between checkouts.
    const projectRoot = path.resolve(__dirname, '..', '..');
    expect(fs.readFileSync(path.join(assetDirectory, 'index.js'), 'utf-8')).not.toContain(projectRoot);
    expect(fs.readFileSync(path.join(assetDirectory, 'index.js.map'), 'utf-8')).not.toContain(projectRoot);
  });

  test('bundles for the runtime it is given', async () => {
    // WHEN
    const { assetDirectory } = synthesizeAsset(tinyHandlerEntry, { runtime: lambda.Runtime.NODEJS_24_X });

    // THEN
    await expect(require(path.join(assetDirectory, 'index.js')).handler({ name: 'Grace' })).resolves.toEqual({ message: 'Hello, Grace!' });
  });

  test('takes an explicit esbuild target', () => {
    // GIVEN a target without optional chaining, so esbuild must rewrite it
    const handlerDirectory = temporaryDirectory('target-handler-');
    fs.writeFileSync(path.join(handlerDirectory, 'index.ts'), 'export const handler = async (event: { a?: { b: number } }) => event.a?.b;\n');

    // WHEN
    const { assetDirectory } = synthesizeAsset(path.join(handlerDirectory, 'index.ts'), { target: 'node12' });

    // THEN
    expect(fs.readFileSync(path.join(assetDirectory, 'index.js'), 'utf-8')).not.toContain('?.');
  });

  test('fails for a runtime that is not Node.js', () => {
    // THEN
    expect(() => bundledCode(tinyHandlerEntry, { runtime: lambda.Runtime.PYTHON_3_13 })).toThrow(/python3\.13 is not a Node\.js runtime/);
  });

  test('fails when the entry does not exist', () => {
    // THEN
    expect(() => bundledCode(path.join(os.tmpdir(), 'no-such-handler', 'index.ts'))).toThrow(/does not exist/);
  });

  test('fails synthesis with esbuild\'s message when the handler does not compile', () => {
    // GIVEN
    const handlerDirectory = temporaryDirectory('broken-handler-');
    fs.writeFileSync(path.join(handlerDirectory, 'index.ts'), `import { missing } from './missing';\nexport const handler = missing;\n`);

    // THEN
    expect(() => synthesizeAsset(path.join(handlerDirectory, 'index.ts'))).toThrow(/Could not resolve "\.\/missing"/);
  });
});
