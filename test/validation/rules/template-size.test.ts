import { App, Aspects, CfnResource, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { l2Function, ruleErrors } from '../event-source-helpers';
import { cfnFunction, limitsApp } from '../helpers';
import { LambdaLimits } from '../../../lib';

const RULE = 'LambdaKit.Template.Size';

/** A stack padded with one resource holding `padding` characters. */
function paddedStack(padding: number, withAspect = true) {
  const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false, analyticsReporting: false });
  const stack = new Stack(app, 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
  if (withAspect) Aspects.of(app).add(new LambdaLimits());
  cfnFunction(stack, 'Fn');
  new CfnResource(stack, 'Padding', { type: 'Custom::Padding', properties: { Text: 'x'.repeat(padding) } });
  return { app, stack };
}

/** The size of the synthesized Resources section, measured on a real synth (indented by one space, as written). */
function resourcesSize(padding: number): number {
  const { app } = paddedStack(padding, false);
  const template = app.synth().getStackByName('Stack').template;
  return JSON.stringify({ Resources: template.Resources }, undefined, 1).length;
}

describe(RULE, () => {
  test('the limit is 1,000,000 bytes of the synthesized Resources section', () => {
    const base = resourcesSize(0);
    const fits = 1_000_000 - base;
    expect(resourcesSize(fits)).toBe(1_000_000);
    expect(ruleErrors(paddedStack(fits).app, RULE)).toEqual([]);
    expect(ruleErrors(paddedStack(fits + 1).app, RULE)).toEqual([expect.stringContaining(
      "[Stack/Fn] [LambdaKit.Template.Size] Stack/Fn: `Stack` must be at most 1,000,000 bytes of template, got: 'a template of at least 1,000,001 bytes for stack Stack'.",
    )]);
  });

  test.each([[499, false], [500, true]])('%d queues and one function (%s resources over 500)', (queues, fails) => {
    const { app, stack } = limitsApp();
    cfnFunction(stack, 'Fn');
    for (let i = 0; i < queues; i++) new sqs.CfnQueue(stack, `Q${i}`);
    const errors = ruleErrors(app, RULE);
    expect(errors.length).toBe(fails ? 1 : 0);
    if (fails) expect(errors[0]).toContain("`Stack` must be at most 500 resources per stack, got: '501 resources in stack Stack'.");
  });

  test('reported once, on the first function, for an L2 stack with large inline code', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'First', { code: lambda.Code.fromInline(`exports.handler = async () => '${'y'.repeat(1_000_000)}';`) });
    l2Function(stack, 'Second');
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('[Stack/First/Resource] [LambdaKit.Template.Size]')]);
  });

  test('measured resource by resource when the stack cannot be rendered whole', () => {
    for (const [padding, fails] of [[1_100_000, true], [1_000, false]] as const) {
      const { app, stack } = paddedStack(padding);
      // Two resources with one logical id: the stack's template cannot be rendered (synthesis would reject it).
      new CfnResource(stack, 'Twin1', { type: 'Custom::Twin' }).overrideLogicalId('Twin');
      new CfnResource(stack, 'Twin2', { type: 'Custom::Twin' }).overrideLogicalId('Twin');
      expect(() => stack.resolve((stack as any)._toCloudFormation())).toThrow(/already contains 'Twin'/);
      if (fails) {
        expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining("got: 'a template of at least 1,1")]);
      } else {
        // No validation error: synthesis goes on and rejects the twins itself.
        const message = (() => {
          try {
            app.synth();
            return 'synthesized';
          } catch (e) {
            return (e as Error).message;
          }
        })();
        expect(message).toMatch(/already contains 'Twin'/);
        expect(message).not.toMatch(/Validation failed/);
      }
    }
  });

  test('a stack without functions is not checked; token sizes are not counted', () => {
    const { app, stack } = limitsApp();
    new CfnResource(stack, 'Padding', { type: 'Custom::Padding', properties: { Text: 'x'.repeat(1_100_000) } });
    const other = new Stack(app, 'Other', { env: { account: '123456789012', region: 'us-east-1' } });
    cfnFunction(other, 'Fn').addPropertyOverride('Description', { Ref: 'LongParameter' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
