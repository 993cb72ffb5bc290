import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnMapping, esmApp, l2Function, ruleErrors, SOURCE_ARNS, validFor } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.FilterDocumentDb';
const FILTERS = { filters: [{ pattern: '{"operationType": ["insert"]}' }] };

describe(RULE, () => {
  test.each([['docdb', true], ['kinesis', false], ['sqs', false]] as const)('filters on %s fail: %s', (kind, fails) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { ...validFor(kind), filterCriteria: FILTERS });
    expect(ruleErrors(app, RULE).length).toBe(fails ? 1 : 0);
  });

  test('recognises DocumentDB by DocumentDBEventSourceConfig, through an L2 mapping, with the message', () => {
    const { app, stack } = esmApp();
    const mapping = new lambda.EventSourceMapping(stack, 'M', { target: l2Function(stack, 'L2Fn'), eventSourceArn: SOURCE_ARNS.docdb, filters: FILTERS.filters });
    (mapping.node.defaultChild as lambda.CfnEventSourceMapping).addPropertyOverride('DocumentDBEventSourceConfig', { DatabaseName: 'db' });
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining('Stack/M/Resource: `FilterCriteria` must be absent for a DocumentDB change stream')]);
  });

  test('does not flag an unknown source', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { filterCriteria: FILTERS }).addPropertyOverride('EventSourceArn', { Ref: 'Source' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
