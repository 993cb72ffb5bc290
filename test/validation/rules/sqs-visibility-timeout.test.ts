import { Duration } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import { cfnMapping, cfnQueue, esmApp, l2Function, ruleErrors, ruleWarnings } from '../event-source-helpers';

const RULE = 'LambdaKit.Sqs.VisibilityTimeout';

describe(RULE, () => {
  // [visibility, function timeout, batching window, outcome]
  test.each([
    [60, 60, undefined, 'warning'], [59, 60, undefined, 'error'], [360, 60, undefined, 'none'], [359, 60, undefined, 'warning'],
    [365, 60, 5, 'none'], [364, 60, 5, 'warning'], [undefined, undefined, undefined, 'none'], [undefined, 5, undefined, 'none'],
    [undefined, 6, undefined, 'warning'], [undefined, 31, undefined, 'error'], [18, undefined, undefined, 'none'], [17, 3, undefined, 'warning'],
  ])('visibility %s, timeout %s, window %s: %s', (visibilityTimeout, timeout, maximumBatchingWindowInSeconds, outcome) => {
    const { app, stack, fn } = esmApp();
    fn.timeout = timeout;
    const queue = cfnQueue(stack, 'Q', { visibilityTimeout });
    cfnMapping(stack, 'M', fn, { eventSourceArn: queue.attrArn, maximumBatchingWindowInSeconds });
    const errors = ruleErrors(app, RULE);
    expect(errors.length).toBe(outcome === 'error' ? 1 : 0);
    if (outcome !== 'error') expect(ruleWarnings(app, RULE).length).toBe(outcome === 'warning' ? 1 : 0);
  });

  test('catches an L2 SqsEventSource on a queue with the default visibility timeout, with the message', () => {
    const { app, stack } = esmApp();
    const fn = l2Function(stack, 'L2Fn', { timeout: Duration.minutes(1) });
    fn.addEventSource(new sources.SqsEventSource(new sqs.Queue(stack, 'Queue')));
    expect(ruleErrors(app, RULE)).toEqual([expect.stringContaining(
      "`EventSourceArn` must be a queue whose VisibilityTimeout is at least the Timeout of Stack/L2Fn/Resource (60 s), got: 'queue Stack/Queue/Resource with VisibilityTimeout 30 s'. Raise the queue's VisibilityTimeout to at least 360 seconds",
    )]);
  });

  test('does not flag unknown timeouts or literal queue ARNs', () => {
    const { app, stack, fn } = esmApp();
    fn.addPropertyOverride('Timeout', { Ref: 'T' });
    cfnMapping(stack, 'M', fn, { eventSourceArn: cfnQueue(stack, 'Q', { visibilityTimeout: 1 }).attrArn });
    const other = esmApp();
    other.fn.timeout = 900;
    cfnMapping(other.stack, 'M', other.fn);
    expect(ruleErrors(app, RULE)).toEqual([]);
    expect(ruleWarnings(app, RULE)).toEqual([]);
    expect(ruleErrors(other.app, RULE)).toEqual([]);
  });
});
