import { DEAD_LETTER_DOC } from '../limits';
import { Severity } from '../rule';
import { booleanValue, isIntrinsic, pathValue, stringValue } from '../values';
import { functionRule } from './function-lookups';

/**
 * DeadLetterConfig.TargetArn is a standard SQS queue or SNS topic (fn-dlq-target-type). Lambda accepts a FIFO queue or
 * topic, but every delivery to it then fails silently.
 */
export const functionDeadLetterTarget = functionRule({
  id: 'LambdaKit.Function.DeadLetterTarget',
  severity: Severity.ERROR,
  constraint: 'DeadLetterConfig.TargetArn is a standard (not FIFO) SQS queue or SNS topic.',
  source: DEAD_LETTER_DOC,
  requires: ['DeadLetterConfig'],
  check(fn, { model }) {
    const value = pathValue(fn.properties, 'DeadLetterConfig.TargetArn');
    const arn = stringValue(value);
    const target = arn === undefined ? model.referenced(fn, value) : undefined;
    let problem: string | undefined;
    if (arn !== undefined) {
      const service = /^arn:[a-z-]+:([a-z0-9-]+):/.exec(arn)?.[1];
      if (service !== 'sqs' && service !== 'sns') problem = 'not an SQS queue or SNS topic ARN';
      else if (arn.endsWith('.fifo')) problem = 'a FIFO queue or topic';
    } else if (target?.type === 'AWS::SQS::Queue' && isIntrinsic(value) && 'Ref' in (value as object)) {
      problem = `${target.path}'s URL (a queue's Ref is its URL, not its ARN)`;
    } else if (target?.type === 'AWS::SQS::Queue' && booleanValue(target.properties.FifoQueue) === true) {
      problem = `${target.path}, a FIFO queue`;
    } else if (target?.type === 'AWS::SNS::Topic' && booleanValue(target.properties.FifoTopic) === true) {
      problem = `${target.path}, a FIFO topic`;
    } else if (target !== undefined && target.type !== 'AWS::SQS::Queue' && target.type !== 'AWS::SNS::Topic') {
      problem = `${target.path}, a ${target.type}`;
    }
    if (problem === undefined) return undefined;
    return {
      property: 'DeadLetterConfig.TargetArn',
      value: arn ?? problem,
      limit: 'a standard SQS queue or standard SNS topic',
      fix: problem.includes('URL') ? "Use the queue's ARN (Fn::GetAtt Queue.Arn, queue.queueArn)." : 'Point the dead-letter queue at a standard queue or topic (FIFO ones are accepted but every delivery fails), or use an on-failure destination.',
    };
  },
});
