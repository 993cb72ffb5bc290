import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnFunction, errorRuleIds, limitsApp, synthErrors } from '../helpers';

const FORMAT = 'LambdaKit.EventSourceMapping.Format';
const SCHEMA = 'LambdaKit.EventSourceMapping.Schema';
const QUEUE_ARN = 'arn:aws:sqs:us-east-1:123456789012:orders';

function mapping(overrides: Partial<lambda.CfnEventSourceMappingProps> = {}) {
  const { app, stack } = limitsApp();
  cfnFunction(stack, 'Fn', { functionName: 'orders' });
  const resource = new lambda.CfnEventSourceMapping(stack, 'Mapping', { functionName: 'orders', eventSourceArn: QUEUE_ARN, ...overrides });
  return { app, resource };
}

describe(FORMAT, () => {
  test.each([
    ['a'.repeat(140), false], ['a'.repeat(141), true], ['', true], ['orders:live', false],
    ['arn:aws:lambda:us-east-1:123456789012:function:orders:live', false], ['orders api', true],
  ])('FunctionName %j fails: %s', (functionName, fails) => {
    const { app } = mapping({ functionName });
    expect(errorRuleIds(app).includes(FORMAT)).toBe(fails);
  });

  test.each([[QUEUE_ARN, false], ['ref', true], ['https://sqs.us-east-1.amazonaws.com/123456789012/orders', true]])('EventSourceArn %j fails: %s', (arn, fails) => {
    const { app } = mapping({ eventSourceArn: arn });
    expect(errorRuleIds(app).includes(FORMAT)).toBe(fails);
  });

  test.each([['arn:aws:sqs:us-east-1:123456789012:failures', false], ['not-an-arn', true], ['', true]])('OnFailure destination %j fails: %s', (destination, fails) => {
    const { app } = mapping({ destinationConfig: { onFailure: { destination } } });
    expect(errorRuleIds(app).includes(FORMAT)).toBe(fails);
  });

  test.each([[0, true], [1, false]])('%d filters fail: %s', (count, fails) => {
    const { app } = mapping({ filterCriteria: { filters: Array.from({ length: count }, () => ({ pattern: '{"body":{"a":[1]}}' })) } });
    expect(errorRuleIds(app).includes(FORMAT)).toBe(fails);
  });

  test.each([[1, false], [2, true]])('%d function response types fail: %s', (count, fails) => {
    const { app } = mapping({ functionResponseTypes: Array.from({ length: count }, () => 'ReportBatchItemFailures') });
    expect(errorRuleIds(app).includes(FORMAT)).toBe(fails);
  });

  test('names the property, the value and the limit', () => {
    const { app } = mapping({ eventSourceArn: 'ref' });
    expect(synthErrors(app).join('\n')).toContain("`EventSourceArn` must be an ARN of 12 to 1,024 characters, got: 'ref'.");
  });

  test('does not fail for tokens', () => {
    const { app, resource } = mapping();
    resource.addPropertyOverride('FunctionName', { Ref: 'Fn' });
    resource.addPropertyOverride('EventSourceArn', { 'Fn::GetAtt': ['Queue', 'Arn'] });
    expect(errorRuleIds(app)).not.toContain(FORMAT);
  });
});

describe(SCHEMA, () => {
  test.each([['BatchSize', true], ['Enabled', ''], ['FilterCriteria', 'x'], ['StartingPositionTimestamp', 'later']])('fails when %s is %j', (property, value) => {
    const { app, resource } = mapping();
    resource.addPropertyOverride(property, value);
    expect(errorRuleIds(app)).toContain(SCHEMA);
  });

  test('accepts a DocumentDB configuration and numbers written as strings', () => {
    const { app, resource } = mapping();
    resource.addPropertyOverride('BatchSize', '10');
    resource.addPropertyOverride('DocumentDBEventSourceConfig', { DatabaseName: 'db' });
    expect(errorRuleIds(app)).not.toContain(SCHEMA);
  });
});
