import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { cfnFunction, limitsApp } from '../helpers';
import { l2Function, ruleWarnings } from '../versioning-helpers';

const RULE = 'LambdaKit.Permission.QualifiedInvoke';

describe(RULE, () => {
  test.each([
    ['permission on the function, topic invokes the alias', 'function', 'alias', 1],
    ['permission on the alias, topic invokes the alias', 'alias', 'alias', 0],
    ['permission on the function, topic invokes the function', 'function', 'function', 0],
    ['permission on the alias, topic invokes the function', 'alias', 'function', 1],
  ])('%s: %d warnings', (_, granted, invoked, warnings) => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    const alias = fn.addAlias('live');
    const topic = new sns.Topic(stack, 'Topic');
    (granted === 'alias' ? alias : fn).addPermission('Sns', { principal: new iam.ServicePrincipal('sns.amazonaws.com'), sourceArn: topic.topicArn });
    new sns.Subscription(stack, 'Sub', { topic, protocol: sns.SubscriptionProtocol.LAMBDA, endpoint: (invoked === 'alias' ? alias : fn).functionArn });
    expect(ruleWarnings(app, RULE)).toHaveLength(warnings);
  });

  test('the L2 LambdaSubscription on an alias grants the alias', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    fn.grantInvoke(new iam.ServicePrincipal('sns.amazonaws.com'));
    new sns.Topic(stack, 'Topic').addSubscription(new subscriptions.LambdaSubscription(fn.addAlias('live')));
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });

  test('reports an EventBridge target on an alias with the permission on the function', () => {
    const { app, stack } = limitsApp();
    const fn = cfnFunction(stack, 'Fn', { functionName: 'my-fn' });
    new lambda.CfnPermission(stack, 'P', { functionName: fn.ref, action: 'lambda:InvokeFunction', principal: 'events.amazonaws.com', sourceAccount: '123456789012' });
    new events.CfnRule(stack, 'Rule', { scheduleExpression: 'rate(1 hour)', targets: [{ id: 't', arn: 'arn:aws:lambda:us-east-1:123456789012:function:my-fn:live' }] });
    expect(ruleWarnings(app, RULE)).toEqual([expect.stringContaining(`[${RULE}] Stack/Rule: \`Targets.0.Arn\` must be covered by a Permission for events on 'live' (Stack/P grants the unqualified function ($LATEST) instead)`)]);
  });

  test('stays silent when a permission it cannot resolve exists', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Fn');
    const alias = fn.addAlias('live');
    const topic = new sns.Topic(stack, 'Topic');
    fn.addPermission('Sns', { principal: new iam.ServicePrincipal('sns.amazonaws.com'), sourceArn: topic.topicArn });
    new lambda.CfnPermission(stack, 'Imported', { functionName: 'x', action: 'lambda:InvokeFunction', principal: 'sns.amazonaws.com' }).addPropertyOverride('FunctionName', { 'Fn::ImportValue': 'F' });
    new sns.Subscription(stack, 'Sub', { topic, protocol: sns.SubscriptionProtocol.LAMBDA, endpoint: alias.functionArn });
    expect(ruleWarnings(app, RULE)).toEqual([]);
  });
});
