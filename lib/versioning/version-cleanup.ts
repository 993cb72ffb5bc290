import * as fs from 'fs';
import * as path from 'path';
import { CustomResource, Duration, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

/** The construct that builds a handler function: ServerlessFunction, passed in to avoid an import cycle. */
export type HandlerFactory = (scope: Construct, id: string) => { function: lambda.Function; alias: lambda.Alias; executionPolicy: iam.ManagedPolicy };

/**
 * Keeps the newest `keep` published versions of `target` (and every version an alias uses), deleting older
 * ones after each deployment, through a custom resource whose handler may list and delete versions of
 * that function only.
 */
export function createVersionCleanup(scope: Construct, options: {
  readonly target: lambda.Function;
  readonly alias: lambda.Alias;
  readonly version: lambda.Version;
  readonly keep: number;
  readonly handlerFactory: HandlerFactory;
}): CustomResource {
  const cleanup = new Construct(scope, 'VersionCleanup');
  const handler = options.handlerFactory(cleanup, 'Handler');
  handler.executionPolicy.addStatements(
    new iam.PolicyStatement({
      sid: 'ListVersionsAndAliases',
      actions: ['lambda:ListVersionsByFunction', 'lambda:ListAliases'],
      resources: [options.target.functionArn],
    }),
    new iam.PolicyStatement({
      sid: 'DeleteOldVersions',
      actions: ['lambda:DeleteFunction'],
      // Qualified ARNs of this function only: `function:name:*` cannot match the unqualified function itself.
      resources: [`${options.target.functionArn}:*`],
    }),
  );
  Validations.of(handler.executionPolicy).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${options.target.stack.getLogicalId(options.target.node.defaultChild as lambda.CfnFunction)}.Arn>:*]`,
    reason: 'lambda:DeleteFunction must name the version: the qualified ARNs of this one function (`function:name:*`), '
      + 'which cannot match the unqualified function; versions are not known until they are published.',
  });

  const resource = new CustomResource(cleanup, 'Resource', {
    serviceToken: handler.alias.functionArn,
    resourceType: 'Custom::LambdaVersionCleanup',
    properties: {
      FunctionName: options.target.functionName,
      KeepVersions: options.keep,
      // A new version re-runs the cleanup.
      Version: options.version.version,
    },
  });
  // Only once the live alias points at the new version is the previous one free to go.
  resource.node.addDependency(options.alias);
  return resource;
}

/**
 * The handler's code: plain JavaScript shipped with the library in lib/ (package.json `files`). It is looked for in the
 * folders above this module, which runs from lib/ (ts-node, tests), from a compiled tree (build/, the benchmarks') or
 * from the package's bundled code (build/bundle.js), each at its own depth below the package root, and never above
 * that root: another copy of the library higher up (a checkout of this repository) is not this package's handler.
 */
export function versionCleanupCodeDirectory(): string {
  const handler = path.join('lib', 'versioning', 'version-cleanup-handler');
  for (let folder = __dirname; ; folder = path.dirname(folder)) {
    if (fs.existsSync(path.join(folder, handler, 'index.js'))) return path.join(folder, handler);
    if (isPackageRoot(folder) || path.dirname(folder) === folder) {
      throw new Error(`cdk-lambda-kit: the version-cleanup handler (${handler}) is missing from the package at or above ${__dirname}: reinstall cdk-lambda-kit.`);
    }
  }
}

/** True for the folder of this package's package.json (the benchmarks' compiled copy has an unnamed one, which is not). */
function isPackageRoot(folder: string): boolean {
  const manifest = path.join(folder, 'package.json');
  return fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf-8')).name === PACKAGE_NAME;
}

const PACKAGE_NAME = 'cdk-lambda-kit';

/** The handler's timeout: listing and deleting a few hundred versions. */
export const VERSION_CLEANUP_TIMEOUT = Duration.minutes(5);
