import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import { cfnMapping, esmApp, l2Function, ruleErrors, ruleWarnings } from '../event-source-helpers';

const RULE = 'LambdaKit.EventSourceMapping.FilterCount';
const filters = (count: number) => Array.from({ length: count }, (_, i) => ({ pattern: JSON.stringify({ body: { n: [i] } }) }));

describe(RULE, () => {
  test.each([[5, 'none'], [6, 'warning'], [10, 'warning'], [11, 'error']])('%d filters: %s', (count, outcome) => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn, { filterCriteria: { filters: filters(count) } });
    expect(ruleErrors(app, RULE).length).toBe(outcome === 'error' ? 1 : 0);
    if (outcome !== 'error') expect(ruleWarnings(app, RULE).length).toBe(outcome === 'warning' ? 1 : 0);
  });

  test('catches an L2 SqsEventSource with 11 filters, with the message', () => {
    const { app, stack } = esmApp();
    l2Function(stack, 'L2Fn').addEventSource(new sources.SqsEventSource(new sqs.Queue(stack, 'Q'), {
      filters: Array.from({ length: 11 }, (_, i) => lambda.FilterCriteria.filter({ body: { n: lambda.FilterRule.isEqual(i) } })),
    }));
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining("`FilterCriteria.Filters` must be at most 10 filters (the most a quota increase allows), got: '11 filters'.")]);
  });

  test('does not flag an unknown list', () => {
    const { app, stack, fn } = esmApp();
    cfnMapping(stack, 'M', fn).addPropertyOverride('FilterCriteria.Filters', { Ref: 'F' });
    expect(ruleErrors(app, RULE)).toEqual([]);
  });
});
