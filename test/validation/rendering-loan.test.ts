import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects, CfnOutput, CfnResource, Duration, NestedStack, Stack, Stage } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { LambdaLimits, ServerlessFunction } from '../../lib';
import { LambdaModel } from '../../lib/validation/model';
import { RULES } from '../../lib/validation/rules';
import { l2Function } from './helpers';

/**
 * LambdaLimits lends the fragments it renders to the stack's synthesis (lib/validation/model.ts), so the
 * templates must be byte for byte what synthesis writes without it, and a later synthesis must see later changes.
 * (Plain aws-cdk-lib constructs only: a ServerlessFunction applies LambdaLimits to itself. The blueprint snapshots,
 * recorded before the loan existed, cover ServerlessFunction's templates.)
 */
function buildApp(withLimits: boolean): App {
  const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false });
  const env = { account: '123456789012', region: 'us-east-1' };
  const producer = new Stack(app, 'Producer', { env });
  const queue = new sqs.Queue(producer, 'Jobs', { visibilityTimeout: Duration.minutes(3) });
  // A stack with a function but no version of its own: only the other stack's Version hashes it.
  const unversioned = l2Function(producer, 'Unversioned');
  const consumer = new Stack(app, 'Consumer', { env });
  const fn = l2Function(consumer, 'Worker', { timeout: Duration.seconds(30), environment: { QUEUE: queue.queueUrl } });
  fn.addEventSource(new SqsEventSource(queue, { batchSize: 5 }));
  new lambda.Alias(consumer, 'Live', { aliasName: 'live', version: fn.currentVersion });
  fn.configureAsyncInvoke({ retryAttempts: 1 });
  (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('Description', 'overridden');
  new CfnOutput(consumer, 'WorkerArn', { value: fn.functionArn });
  new lambda.Version(consumer, 'CrossStackVersion', { lambda: unversioned });
  const nested = new NestedStack(consumer, 'Nested');
  const nestedFn = l2Function(nested, 'NestedWorker');
  nestedFn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
  new lambda.Alias(nested, 'NestedLive', { aliasName: 'live', version: nestedFn.currentVersion });
  if (withLimits) Aspects.of(app).add(new LambdaLimits());
  return app;
}

function templates(app: App): Record<string, string> {
  const assembly = app.synth();
  const read = (directory: string): Array<[string, string]> => fs.readdirSync(directory, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return read(file); // a Stage's assembly
    return entry.name.endsWith('.template.json') ? [[path.relative(assembly.directory, file), fs.readFileSync(file, 'utf-8')]] : [];
  });
  return Object.fromEntries(read(assembly.directory));
}

/** Constructs of the app that still hold a rendering lent by LambdaLimits (an own `_toCloudFormation`). */
function outstandingLoans(app: App): string[] {
  return app.node.findAll().filter(construct => Object.prototype.hasOwnProperty.call(construct, '_toCloudFormation')).map(c => c.node.path);
}

/** Two Stages and a top-level stack, each with a function, a version and an alias; LambdaLimits on `limited` only. */
function stagedApp(limited: 'app' | 'first stage' | 'none'): App {
  const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false });
  const env = { account: '123456789012', region: 'us-east-1' };
  const stacks = [new Stack(new Stage(app, 'First', { env }), 'Service'), new Stack(new Stage(app, 'Second', { env }), 'Service'), new Stack(app, 'Top', { env })];
  for (const stack of stacks) {
    const fn = l2Function(stack, 'Worker', { timeout: Duration.seconds(30) });
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion });
  }
  // A change the Second Stage's own synthesis makes: a rendering made before it (by another Stage) would miss it.
  Aspects.of(app.node.findChild('Second')).add({
    visit: node => {
      if (node instanceof lambda.CfnFunction) node.description = 'set by the Second stage';
    },
  });
  if (limited === 'app') Aspects.of(app).add(new LambdaLimits());
  if (limited === 'first stage') Aspects.of(app.node.findChild('First')).add(new LambdaLimits());
  return app;
}

test('the templates are identical with and without LambdaLimits, nested stacks and cross-stack references included', () => {
  const without = templates(buildApp(false));
  const app = buildApp(true);
  const withLimits = templates(app);
  expect(Object.keys(without).length).toBeGreaterThanOrEqual(3);
  expect(withLimits).toEqual(without);
  expect(outstandingLoans(app)).toEqual([]);
});

test('a Stage is checked and lent on its own: the templates of every Stage are identical, and no rendering stays lent', () => {
  const without = templates(stagedApp('none'));
  expect(Object.keys(without).length).toBe(3);
  expect(Object.values(without).filter(template => template.includes('set by the Second stage'))).toHaveLength(1);
  for (const limited of ['app', 'first stage'] as const) {
    const app = stagedApp(limited);
    expect({ limited, templates: templates(app) }).toEqual({ limited, templates: without });
    expect(outstandingLoans(app)).toEqual([]);
  }
});

test('a Stage reports its own violations', () => {
  const app = stagedApp('first stage');
  const second = app.node.findChild('Second').node.findChild('Service') as Stack;
  Aspects.of(app.node.findChild('Second')).add(new LambdaLimits());
  (second.node.findChild('Worker').node.defaultChild as lambda.CfnFunction).memorySize = 1;
  expect(() => app.synth()).toThrow(/\[Second\/Service\/Worker\/Resource\] \[LambdaKit.Function.MemorySize\]/);
});

test('a second synthesis renders afresh: a change made after the first is in the template', () => {
  const app = buildApp(true);
  const first = app.synth();
  const consumer = app.node.findChild('Consumer') as Stack;
  const fn = consumer.node.findChild('Worker').node.defaultChild as lambda.CfnFunction;
  expect(first.getStackByName('Consumer').template.Resources[consumer.getLogicalId(fn)].Properties.Description).toBe('overridden');
  fn.addPropertyOverride('Description', 'changed after the first synth');
  const second = app.synth({ force: true });
  expect(second.getStackByName('Consumer').template.Resources[consumer.getLogicalId(fn)].Properties.Description)
    .toBe('changed after the first synth');
});

test('LambdaLimits renders no resource more often than synthesis alone does', () => {
  const renders = jest.spyOn(CfnResource.prototype as any, '_toCloudFormation');
  const rendersByPath = () => {
    const counts = new Map<string, number>();
    for (const resource of renders.mock.contexts as CfnResource[]) counts.set(resource.node.path, (counts.get(resource.node.path) ?? 0) + 1);
    renders.mockClear();
    return counts;
  };
  try {
    buildApp(false).synth();
    const without = rendersByPath();
    buildApp(true).synth();
    const withLimits = rendersByPath();
    expect(without.size).toBeGreaterThan(10);
    expect([...withLimits.keys()].sort()).toEqual([...without.keys()].sort());
    for (const [resourcePath, count] of withLimits) {
      const extraRenders = Math.max(0, count - without.get(resourcePath)!);
      expect({ resourcePath, extraRenders }).toEqual({ resourcePath, extraRenders: 0 });
    }
    // A function with a version is rendered once for the stack and lends that to the version hashes of the rendering.
    for (const fn of ['Consumer/Worker/Resource', 'Consumer/Nested/NestedWorker/Resource']) {
      expect({ fn, fewer: withLimits.get(fn)! < without.get(fn)! }).toEqual({ fn, fewer: true });
    }
  } finally {
    renders.mockRestore();
  }
});

test("a stack's functions are lent their fragment only where the stack has versions (nothing else hashes them)", () => {
  const app = buildApp(true);
  let lentDuringValidation: string[] = [];
  // Validated after every resource of the stacks before it, so after LambdaLimits' rules.
  new Construct(app, 'Probe').node.addValidation({ validate: () => (lentDuringValidation = outstandingLoans(app), []) });
  app.synth();
  expect(lentDuringValidation).toEqual(expect.arrayContaining(['Producer', 'Consumer', 'Consumer/Worker/Resource']));
  expect(lentDuringValidation).not.toContain('Producer/Unversioned/Resource');
  expect(outstandingLoans(app)).toEqual([]);
});

test('after a synthesis stopped by another validation, the next one renders the changed tree', () => {
  const app = buildApp(true);
  const consumer = app.node.findChild('Consumer') as Stack;
  let blocked = true;
  consumer.node.addValidation({ validate: () => (blocked ? ['blocked by another check'] : []) });
  expect(() => app.synth()).toThrow(/blocked by another check/);
  blocked = false;
  const fn = consumer.node.findChild('Worker').node.defaultChild as lambda.CfnFunction;
  fn.addPropertyOverride('Description', 'changed after the stopped synth');
  const assembly = app.synth({ force: true });
  expect(assembly.getStackByName('Consumer').template.Resources[consumer.getLogicalId(fn)].Properties.Description)
    .toBe('changed after the stopped synth');
});

test('renderings a stopped synthesis left lent out are taken back before the next one prepares the tree', () => {
  // Only a ServerlessFunction applies LambdaLimits (to itself): no aspect visits the stacks.
  const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false });
  const env = { account: '123456789012', region: 'us-east-1' };
  const producer = new Stack(app, 'Producer', { env });
  const consumer = new Stack(app, 'Consumer', { env });
  const fn = new ServerlessFunction(consumer, 'Worker', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code: lambda.Code.fromInline('x') });
  let blocked = true;
  consumer.node.addValidation({ validate: () => (blocked ? ['blocked by another check'] : []) });
  expect(() => app.synth()).toThrow(/blocked by another check/);
  // The renderings stay lent (nothing tells LambdaLimits that synthesis stopped) until the next synthesis begins.
  expect(outstandingLoans(app)).toContain('Consumer/Worker/Function/Resource');
  // A reference to another stack added since: aws-cdk-lib's preparation must find it in the function's rendering.
  blocked = false;
  fn.function.addEnvironment('QUEUE_URL', new sqs.Queue(producer, 'Jobs').queueUrl);
  const template = app.synth({ force: true }).getStackByName('Consumer').template;
  const worker = Object.values(template.Resources).find((r: any) => r.Type === 'AWS::Lambda::Function') as any;
  expect(worker.Properties.Environment.Variables.QUEUE_URL).toEqual({ 'Fn::ImportValue': expect.stringContaining('Producer') });
  expect(outstandingLoans(app)).toEqual([]);
});

test('a rule that crashes leaves no rendering lent out', () => {
  const app = buildApp(true);
  const rule = RULES.find(r => r.id === 'LambdaKit.Template.Size')!;
  const check = jest.spyOn(rule, 'check').mockImplementation(() => {
    throw new Error('a bug');
  });
  try {
    expect(() => app.synth()).toThrow(/LambdaLimits rule LambdaKit.Template.Size failed unexpectedly/);
  } finally {
    check.mockRestore();
  }
  expect(outstandingLoans(app)).toEqual([]);
});

test('the logical ids read off the rendered templates are those aws-cdk-lib computes, overrides and version hashes included', () => {
  const app = buildApp(false);
  const consumer = app.node.findChild('Consumer') as Stack;
  (consumer.node.findChild('Live').node.defaultChild as lambda.CfnAlias).overrideLogicalId('LiveAliasRenamed');
  const model = LambdaModel.of(app);
  expect(model.resources.length).toBeGreaterThan(10);
  for (const resource of model.resources) {
    expect({ path: resource.path, logicalId: resource.logicalId })
      .toEqual({ path: resource.path, logicalId: resource.stack.resolve(resource.construct.logicalId) });
  }
  expect(model.resources.map(resource => resource.logicalId)).toContain('LiveAliasRenamed');
});

test('a resource added in the middle of a stack after the rules rendered it is in the template (the stack is rendered afresh)', () => {
  const app = buildApp(true);
  const consumer = app.node.findChild('Consumer') as Stack;
  // A later construct's validation adds a queue under the worker, before elements the rules have already rendered.
  consumer.node.findChild('WorkerArn').node.addValidation({
    validate: () => {
      if (!consumer.node.findChild('Worker').node.tryFindChild('LateQueue')) new sqs.CfnQueue(consumer.node.findChild('Worker'), 'LateQueue');
      return [];
    },
  });
  const resources = app.synth().getStackByName('Consumer').template.Resources;
  expect(Object.values(resources).filter((r: any) => r.Type === 'AWS::SQS::Queue')).toHaveLength(1);
  expect(Object.keys(resources).some(id => id.startsWith('WorkerLateQueue'))).toBe(true);
});

test('a stack no rule asks about is not rendered at validation: a later validation that changes it is kept', () => {
  const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false });
  const env = { account: '123456789012', region: 'us-east-1' };
  const functions = new Stack(app, 'Functions', { env });
  // A literal role: no rule looks up another resource of the app.
  new lambda.CfnFunction(functions, 'Fn', { role: 'arn:aws:iam::123456789012:role/r', runtime: 'nodejs22.x', handler: 'index.handler', code: { zipFile: 'x' } });
  const dashboards = new Stack(app, 'Dashboards', { env });
  const dashboard = new CfnResource(dashboards, 'Dashboard', { type: 'AWS::CloudWatch::Dashboard', properties: { DashboardBody: '{}' } });
  // Validations run in tree order, after the first covered resource's (which runs the rules).
  new Construct(dashboards, 'Late').node.addValidation({ validate: () => { dashboard.addPropertyOverride('DashboardName', 'set-late'); return []; } });
  Aspects.of(functions).add(new LambdaLimits());
  const template = JSON.parse(fs.readFileSync(app.synth().getStackByName('Dashboards').templateFullPath, 'utf-8'));
  expect(template.Resources.Dashboard.Properties.DashboardName).toBe('set-late');
});
