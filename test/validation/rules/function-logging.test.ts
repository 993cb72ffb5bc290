import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const FORMAT_RULE = 'LambdaKit.Function.LogLevelFormat';
const CONFIG_RULE = 'LambdaKit.Function.LoggingConfig';

describe(FORMAT_RULE, () => {
  test.each([
    [{ LogFormat: 'JSON', ApplicationLogLevel: 'INFO', SystemLogLevel: 'WARN' }, 0],
    [{ LogFormat: 'Text' }, 0],
    [{ LogFormat: 'Text', ApplicationLogLevel: 'INFO' }, 1],
    [{ SystemLogLevel: 'DEBUG' }, 1],
    [{ LogFormat: 'Text', ApplicationLogLevel: 'INFO', SystemLogLevel: 'WARN' }, 2],
    [{ LogFormat: { Ref: 'Format' }, ApplicationLogLevel: 'INFO' }, 0],
  ])('LoggingConfig %p: %d findings', (config, count) => {
    expect(findingsFor(FORMAT_RULE, { LoggingConfig: config })).toHaveLength(count);
  });

  test('catches an override on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Logs', { loggingFormat: lambda.LoggingFormat.JSON, applicationLogLevelV2: lambda.ApplicationLogLevel.INFO });
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('LoggingConfig.LogFormat', 'Text');
    expect(ruleFindings(app, FORMAT_RULE)).toEqual([expect.stringContaining(
      `[${FORMAT_RULE}] Stack/Logs/Resource: \`LoggingConfig.LogFormat\` must be JSON when ApplicationLogLevel is set, got: 'Text'.`,
    )]);
  });
});

describe(CONFIG_RULE, () => {
  test.each([
    [{ LogFormat: 'JSON', ApplicationLogLevel: 'TRACE', SystemLogLevel: 'INFO', LogGroup: '/aws/lambda/orders' }, 0],
    [{ LogFormat: 'json' }, 1],
    [{ LogFormat: 'JSON', ApplicationLogLevel: 'info' }, 1],
    [{ LogFormat: 'JSON', SystemLogLevel: 'ERROR' }, 1],
    [{ LogGroup: 'my group' }, 1],
    [{ LogGroup: '' }, 1],
    [{ LogGroup: 'g'.repeat(512) }, 0],
    [{ LogGroup: 'g'.repeat(513) }, 1],
    [{ LogGroup: 'arn:aws:logs:us-east-1:123456789012:log-group:x' }, 1],
    [{ LogGroup: { Ref: 'Group' }, LogFormat: { Ref: 'F' } }, 0],
  ])('LoggingConfig %#: %d findings', (config, count) => {
    expect(findingsFor(CONFIG_RULE, { LoggingConfig: config })).toHaveLength(count);
  });

  test('catches an imported log group with an invalid name on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Logs', { logGroup: logs.LogGroup.fromLogGroupName(stack, 'Group', 'orders logs') });
    expect(ruleFindings(app, CONFIG_RULE)).toEqual([expect.stringContaining(
      `[${CONFIG_RULE}] Stack/Logs/Resource: \`LoggingConfig.LogGroup\` must be a log group name of letters, digits and . - _ / # of at most 512 characters, got: 'orders logs'.`,
    )]);
  });
});
