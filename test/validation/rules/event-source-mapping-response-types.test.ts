import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, l2Function, ruleErrors, SOURCE_ARNS, validFor } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.FunctionResponseTypes';

describe(RULE, () => {
  test.each([
    ['sqs', ['ReportBatchItemFailures'], 0], ['kinesis', ['ReportBatchItemFailures'], 0], ['msk', ['ReportBatchItemFailures'], 0],
    ['mq', ['ReportBatchItemFailures'], 1], ['docdb', ['ReportBatchItemFailures'], 1], ['sqs', ['ReportItemFailures'], 1], ['mq', ['Other'], 2],
  ] as const)('%s with %j: %d findings', (kind, functionResponseTypes, count) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { ...validFor(kind), functionResponseTypes: [...functionResponseTypes] });
    expect(ruleErrors(app, RULE)).toHaveLength(count);
  });

  test('catches an L2 mapping of an MQ broker, with the message', () => {
    const { app, stack } = esmApp();
    const mapping = new lambda.EventSourceMapping(stack, 'M', { target: l2Function(stack, 'L2Fn'), eventSourceArn: SOURCE_ARNS.mq, reportBatchItemFailures: true });
    (mapping.node.defaultChild as lambda.CfnEventSourceMapping).addPropertyOverride('Queues', ['orders']);
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('Stack/M/Resource: `FunctionResponseTypes` must be absent for an Amazon MQ broker (partial batch responses are for SQS, Kinesis, DynamoDB and Kafka), got: ["ReportBatchItemFailures"].')]);
  });

  test('does not flag token items or an unknown source', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { functionResponseTypes: ['ReportBatchItemFailures'] }).addPropertyOverride('EventSourceArn', { Ref: 'S' });
    cfnMapping(stack, 'N', fn).addPropertyOverride('FunctionResponseTypes', [{ Ref: 'T' }]);
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
