import { Tags } from 'aws-cdk-lib';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const COUNT_RULE = 'LambdaKit.Function.TagCount';
const FORMAT_RULE = 'LambdaKit.Function.TagFormat';
const tags = (count: number) => Array.from({ length: count }, (_, i) => ({ Key: `tag${i}`, Value: 'v' }));

describe(COUNT_RULE, () => {
  test.each([[50, false], [51, true]])('%d tags fail: %p', (count, fails) => {
    expect(findingsFor(COUNT_RULE, { Tags: tags(count) })).toHaveLength(fails ? 1 : 0);
  });

  test('aws: tags do not count', () => {
    expect(findingsFor(COUNT_RULE, { Tags: [...tags(50), { Key: 'aws:cloudformation:stack-name', Value: 's' }] })).toEqual([]);
  });

  test('catches tags applied with Tags.of to an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    l2Function(stack, 'Tagged');
    for (let i = 0; i < 51; i++) Tags.of(stack).add(`cost-center-${i}`, 'x');
    expect(ruleFindings(app, COUNT_RULE)).toEqual([expect.stringContaining(`[${COUNT_RULE}] Stack/Tagged/Resource: \`Tags\` must be at most 50 tags, got: '51 tags'.`)]);
  });
});

describe(FORMAT_RULE, () => {
  test.each([
    [[{ Key: 'k'.repeat(128), Value: 'v'.repeat(256) }], 0],
    [[{ Key: 'k'.repeat(129), Value: 'v' }], 1],
    [[{ Key: 'k', Value: 'v'.repeat(257) }], 1],
    [[{ Key: 'aws:owner', Value: 'me' }], 1],
    [[{ Key: 'AWS:owner', Value: 'me' }], 1],
    [[{ Key: 'owner', Value: 'a' }, { Key: 'owner', Value: 'b' }], 1],
    [[{ Key: 'awsome', Value: 'a' }, { Key: { Ref: 'K' }, Value: { Ref: 'V' } }], 0],
  ])('Tags %#: %d findings', (value, count) => {
    expect(findingsFor(FORMAT_RULE, { Tags: value })).toHaveLength(count);
  });

  test('catches an aws: tag on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    Tags.of(l2Function(stack, 'Tagged')).add('aws:team', 'payments');
    expect(ruleFindings(app, FORMAT_RULE)).toEqual([expect.stringContaining(
      `[${FORMAT_RULE}] Stack/Tagged/Resource: \`Tags.0.Key\` must be a key that does not start with aws: (reserved for AWS), got: 'aws:team'.`,
    )]);
  });
});
