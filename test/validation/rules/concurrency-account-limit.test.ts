import { App, Aspects, Stack } from 'aws-cdk-lib';
import { LambdaLimits } from '../../../lib';
import { cfnFunction, limitsApp } from '../helpers';
import { findingsFor, l2Function, override, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Concurrency.AccountLimit';

function reserve(stack: Stack, reservations: Record<string, unknown>) {
  for (const [id, reserved] of Object.entries(reservations)) override(cfnFunction(stack, id), { ReservedConcurrentExecutions: reserved });
}

describe(RULE, () => {
  test.each([[900, false], [901, true]])('one function reserving %d of the default 1,000 fails: %p', (reserved, fails) => {
    expect(findingsFor(RULE, { ReservedConcurrentExecutions: reserved })).toHaveLength(fails ? 1 : 0);
  });

  test.each([[[500, 400], 0], [[500, 401], 2], [[300, 300, 301], 3]])('reservations %p: %d findings', (reservations, count) => {
    const { app, stack } = limitsApp();
    reserve(stack, Object.fromEntries(reservations.map((reserved, i) => [`Fn${i}`, reserved])));
    expect(ruleFindings(app, RULE)).toHaveLength(count);
  });

  test('names the sum and the other functions on each function', () => {
    const { app, stack } = limitsApp();
    reserve(stack, { Orders: 500, Billing: 401, Free: undefined });
    expect(ruleFindings(app, RULE)).toEqual([
      expect.stringContaining(`[${RULE}] Stack/Orders: \`ReservedConcurrentExecutions\` must be at most 900 across the account's functions: the quota of 1,000 `
        + 'minus 100 kept unreserved (901 reserved in all, with Stack/Billing (401)), got: 500.'),
      expect.stringContaining('Stack/Billing: `ReservedConcurrentExecutions` must be at most 900 across the account\'s functions: the quota of 1,000 '
        + 'minus 100 kept unreserved (901 reserved in all, with Stack/Orders (500)), got: 401.'),
    ]);
  });

  test.each([[1_900, false], [1_901, true]])('with accountConcurrencyLimit 2,000, reserving %d fails: %p', (reserved, fails) => {
    expect(findingsFor(RULE, { ReservedConcurrentExecutions: reserved }, { props: { accountConcurrencyLimit: 2_000 } })).toHaveLength(fails ? 1 : 0);
  });

  test('reads the account quota from the context', () => {
    const app = new App({ context: { 'cdk-lambda-kit:accountConcurrencyLimit': 400 }, builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'Stack');
    Aspects.of(app).add(new LambdaLimits());
    reserve(stack, { Small: 301 });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining('must be at most 300 across the account\'s functions: the quota of 400')]);
  });

  test('adds up functions of the same account and Region across stacks, not across Regions', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    Aspects.of(app).add(new LambdaLimits());
    const east = new Stack(app, 'East', { env: { account: '123456789012', region: 'us-east-1' } });
    const east2 = new Stack(app, 'East2', { env: { account: '123456789012', region: 'us-east-1' } });
    const west = new Stack(app, 'West', { env: { account: '123456789012', region: 'eu-west-1' } });
    reserve(east, { A: 500 });
    reserve(west, { B: 800 });
    reserve(east2, { C: 450 });
    const findings = ruleFindings(app, RULE);
    expect(findings).toHaveLength(2);
    expect(findings.join('\n')).toContain('East/A');
    expect(findings.join('\n')).toContain('East2/C');
  });

  test('catches aws-cdk-lib Functions that reserve too much together', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Api', { reservedConcurrentExecutions: 600 });
    l2Function(stack, 'Worker', { reservedConcurrentExecutions: 400 });
    expect(ruleFindings(app, RULE)).toEqual([
      expect.stringContaining('Stack/Api/Resource: `ReservedConcurrentExecutions` must be at most 900'),
      expect.stringContaining('Stack/Worker/Resource: `ReservedConcurrentExecutions` must be at most 900'),
    ]);
  });

  test('leaves out reservations it cannot know', () => {
    const { app, stack } = limitsApp();
    reserve(stack, { Known: 800, Param: { Ref: 'Reserved' } });
    expect(ruleFindings(app, RULE)).toEqual([]);
  });
});
