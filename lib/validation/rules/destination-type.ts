import { DESTINATIONS_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { destinationTarget, invokeConfigDestinations } from './versioning-lookups';

const ON_SUCCESS = ['sqs', 'sns', 'lambda', 'events'];
const ON_FAILURE = [...ON_SUCCESS, 's3'];
const NAMES: Record<string, string> = { sqs: 'SQS queue', sns: 'SNS topic', lambda: 'Lambda function', events: 'EventBridge event bus', s3: 'S3 bucket' };

/** OnFailure: SQS, SNS, Lambda, EventBridge bus or S3; OnSuccess: the same without S3 (async-destination-types). */
export const destinationType: Rule = {
  id: 'LambdaKit.Destination.Type',
  severity: Severity.ERROR,
  constraint: 'An asynchronous OnSuccess destination is an SQS queue, SNS topic, Lambda function or EventBridge event bus; OnFailure also accepts an S3 bucket.',
  source: DESTINATIONS_DOC,
  resourceTypes: ['AWS::Lambda::EventInvokeConfig'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const config of model.ofType('AWS::Lambda::EventInvokeConfig')) {
      for (const { side, property, value } of invokeConfigDestinations(config)) {
        const target = destinationTarget(model, config, value);
        const allowed = side === 'OnSuccess' ? ON_SUCCESS : ON_FAILURE;
        if (!target || allowed.includes(target.service)) continue;
        findings.push({
          resource: config,
          property,
          value: target.resource ? `${target.resource.type} ${target.resource.path}` : value,
          limit: `an ${side} destination: ${allowed.map(service => NAMES[service]).join(', ')}`,
          fix: target.service === 's3'
            ? 'S3 buckets only receive failed invocations: move the bucket to onFailure, or send successes to a queue, topic, function or event bus.'
            : 'Send asynchronous invocation records to a supported destination type.',
        });
      }
    }
    return findings;
  },
};
