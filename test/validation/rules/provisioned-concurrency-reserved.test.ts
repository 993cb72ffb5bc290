import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, limitsApp } from '../helpers';
import { cfnAlias, cfnVersion, l2Function, ruleWarnings } from '../versioning-helpers';

const RULE = 'LambdaKit.ProvisionedConcurrency.WithinReserved';
const pc = (provisionedConcurrentExecutions: number) => ({ provisionedConcurrencyConfig: { provisionedConcurrentExecutions } });

describe(RULE, () => {
  test.each([[10, 10, 0], [10, 11, 2]])('reserved %d, PC 5 + %d more: %d warnings', (reserved, more, warnings) => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn', { reservedConcurrentExecutions: reserved + 5 });
    cfnVersion(stack, 'V', fn, pc(5));
    cfnAlias(stack, 'Alias', fn, '1', pc(more));
    expect(ruleWarnings(app, RULE)).toHaveLength(warnings);
  });

  test.each([[800, 0], [801, 1]])('without reserved concurrency, PC %d against 1,000 - 100 reserved elsewhere - 100: %d warnings', (executions, warnings) => {
    const { app, stack } = limitsApp();
    cfnFunction(stack, 'Reserved', { reservedConcurrentExecutions: 100 });
    cfnAlias(stack, 'Alias', cfnFunction(stack, 'Fn'), '1', pc(executions));
    expect(ruleWarnings(app, RULE)).toHaveLength(warnings);
  });

  test('uses the account quota from props', () => {
    const { app, stack } = limitsApp({ accountConcurrencyLimit: 200 });
    cfnAlias(stack, 'Alias', cfnFunction(stack, 'Fn'), '1', pc(101));
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining('must be at most 100 in total over the function\'s versions and aliases (account quota 200 minus 0 reserved minus 100 kept unreserved), got: 101.')]);
  });

  test('warns on an L2 alias above the function\'s reserved concurrency', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn', { reservedConcurrentExecutions: 5 });
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion, provisionedConcurrentExecutions: 6 });
    expect(ruleWarnings(app, RULE)).toEqual([
      expect.stringContaining(`[${RULE}] Stack/Live/Resource: \`ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions\` must be at most the function's ReservedConcurrentExecutions (5) in total over its versions and aliases, got: 6.`),
    ]);
  });

  test('does not sum unknown amounts', () => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn', { reservedConcurrentExecutions: 1 });
    cfnAlias(stack, 'Alias', fn, '1', pc(5)).addPropertyOverride('ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions', { Ref: 'Pc' });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
