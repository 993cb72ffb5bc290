import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { BLUEPRINT_ENV } from '../../examples';
import { OrderEventsWorkerStack } from '../../examples/order-events-worker/order-events-worker-stack';

describe('OrderEventsWorker blueprint', () => {
  const app = new App();
  const stack = new OrderEventsWorkerStack(app, 'OrderEventsWorker', { env: BLUEPRINT_ENV });
  const template = Template.fromStack(stack);
  const id = (construct: any) => stack.getLogicalId((construct.node.defaultChild ?? construct) as any);

  test('the queue feeds the live alias with partial batch responses and a concurrency cap', () => {
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: id(stack.worker.alias) },
      EventSourceArn: { 'Fn::GetAtt': [id(stack.queues.queue), 'Arn'] },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 5 },
    });
  });

  test('failed messages move to the dead-letter queue after 5 receives; the visibility timeout is 6 x the function timeout', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: 180,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [id(stack.queues.deadLetterQueue), 'Arn'] }, maxReceiveCount: 5 },
    });
    template.hasResourceProperties('AWS::Lambda::Function', { Timeout: 30 });
  });

  test('the worker may receive and delete messages of its queue only', () => {
    const statements = Object.values(template.findResources('AWS::IAM::ManagedPolicy'))
      .flatMap((p: any) => p.Properties.PolicyDocument.Statement)
      .filter((s: any) => JSON.stringify(s.Action).includes('sqs:ReceiveMessage'));
    expect(statements).toEqual([expect.objectContaining({
      Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
      Resource: { 'Fn::GetAtt': [id(stack.queues.queue), 'Arn'] },
    })]);
  });
});
