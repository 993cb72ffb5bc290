import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, l2Function, ruleErrors, SOURCE_ARNS } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.MqQueues';
const AUTH = { type: 'BASIC_AUTH', uri: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:mq' };

describe(RULE, () => {
  test.each([
    [['orders'], [AUTH], 0], [undefined, [AUTH], 1], [['a', 'b'], [AUTH], 1], [['orders'], undefined, 1],
    [['orders'], [{ type: 'VIRTUAL_HOST', uri: '/' }], 1], [['orders'], [{ type: 'VIRTUAL_HOST', uri: '/' }, AUTH], 0],
  ])('queues %j, access %j: %d findings', (queues, sourceAccessConfigurations, count) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { eventSourceArn: SOURCE_ARNS.mq, queues, sourceAccessConfigurations });
    expect(ruleErrors(app, RULE)).toHaveLength(count);
  });

  test('catches an L2 mapping of a broker without queues, with the message', () => {
    const { app, stack } = esmApp();
    new lambda.EventSourceMapping(stack, 'M', {
      target: l2Function(stack, 'L2Fn'), eventSourceArn: SOURCE_ARNS.mq,
      sourceAccessConfigurations: [{ type: lambda.SourceAccessConfigurationType.BASIC_AUTH, uri: AUTH.uri }],
    });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('Stack/M/Resource: `Queues` must be a list of exactly 1 queue name, got: undefined.')]);
  });

  test('not for other sources, and not for token access configurations', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn);
    cfnMapping(stack, 'N', fn, { eventSourceArn: SOURCE_ARNS.mq, queues: ['q'] }).addPropertyOverride('SourceAccessConfigurations', [{ Type: { Ref: 'T' }, URI: 'x' }]);
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
