/**
 * Local esbuild bundling of blueprint handlers: turns `examples/<name>/handler/index.ts` into a Lambda asset
 * whose `index.js` exports the handler, without Docker (these machines have no Docker engine).
 */
import * as fs from 'fs';
import * as path from 'path';
import { AssetHashType } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as esbuild from 'esbuild';

/** esbuild resolves paths in its output comments relative to this; fixed so the output does not depend on the cwd. */
const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

export interface BundledCodeOptions {
  /**
   * Modules left as `require(...)` calls, because the Lambda runtime provides them.
   * @default ['@aws-sdk/*'] (AWS SDK for JavaScript v3, present in the Node.js 18+ runtimes)
   */
  readonly externalModules?: string[];
  /**
   * How the source map is shipped. Either way, set `NODE_OPTIONS=--enable-source-maps` on the function to use it.
   * @default 'external' (index.js.map next to index.js, linked from it, so index.js stays readable in the console)
   */
  readonly sourcemap?: 'inline' | 'external';
  /**
   * The function's runtime: esbuild targets its Node.js version (`nodejs24.x` → `node24`), and its SAM build
   * image is the (never used) Docker fallback. Pass the runtime the function uses.
   * @default lambda.Runtime.NODEJS_22_X
   */
  readonly runtime?: lambda.Runtime;
  /**
   * esbuild target, when it should differ from the runtime's (`node24`).
   * @default - `node<version>` of `runtime`
   */
  readonly target?: string;
}

/**
 * Bundle `entry` with esbuild into an asset holding `index.js` (CommonJS, not minified, `@aws-sdk/*` external),
 * for a function with `handler: 'index.<exported name>'`.
 *
 * The bundle is computed in memory with a fixed virtual output path, then written to the asset directory:
 * source-map paths are relative to the output file, so building straight into CDK's staging directory would
 * make them (and the output-based asset hash) depend on where cdk.out is. Now the hash is the same for the
 * same sources in any outdir, on any machine with the same checkout layout.
 */
export function bundledCode(entry: string, options: BundledCodeOptions = {}): lambda.Code {
  const entryPath = path.resolve(entry);
  if (!fs.existsSync(entryPath)) {
    throw new Error(`bundledCode: entry ${entryPath} does not exist`);
  }
  const handlerDirectory = path.dirname(entryPath);
  const runtime = options.runtime ?? lambda.Runtime.NODEJS_22_X;
  const nodeVersion = /^nodejs(\d+)\.x$/.exec(runtime.name)?.[1];
  if (!nodeVersion) {
    throw new Error(`bundledCode: ${runtime.name} is not a Node.js runtime`);
  }

  return lambda.Code.fromAsset(handlerDirectory, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Required by the type and used only if tryBundle returns false, which it never does.
      image: runtime.bundlingImage,
      local: {
        tryBundle(outputDir: string): boolean {
          for (const file of bundle(entryPath, options.target ?? `node${nodeVersion}`, options)) {
            fs.writeFileSync(path.join(outputDir, path.basename(file.path)), file.contents);
          }
          return true;
        },
      },
    },
  });
}

function bundle(entryPath: string, target: string, options: BundledCodeOptions): esbuild.OutputFile[] {
  const result = esbuild.buildSync({
    entryPoints: [entryPath],
    // Never written: only fixes the directory that source-map paths are relative to.
    outfile: path.join(path.dirname(entryPath), 'dist', 'index.js'),
    write: false,
    bundle: true,
    platform: 'node',
    target,
    format: 'cjs',
    minify: false,
    // Function and class names survive bundling, so stack traces and logs read like the source.
    keepNames: true,
    // esbuild's 'external' writes the .map without the sourceMappingURL comment Node needs to find it; 'linked' adds it.
    sourcemap: options.sourcemap === 'inline' ? 'inline' : 'linked',
    external: options.externalModules ?? ['@aws-sdk/*'],
    // ESM builds of dependencies first: they tree-shake better.
    mainFields: ['module', 'main'],
    absWorkingDir: PROJECT_ROOT,
    logLevel: 'silent',
  });
  if (result.warnings.length > 0) {
    // A warning here (an unresolvable dynamic require, a duplicate key) is usually a bug that fails at runtime.
    const messages = esbuild.formatMessagesSync(result.warnings, { kind: 'warning' });
    throw new Error(`bundledCode: esbuild warnings for ${entryPath}:\n${messages.join('\n')}`);
  }
  return result.outputFiles;
}
