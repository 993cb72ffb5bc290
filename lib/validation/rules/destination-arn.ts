import { CFN_EVENT_INVOKE_CONFIG_DOC, DESTINATION_ARN_MAX } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { formatNumber, isIntrinsic, stringValue } from '../values';
import { invokeConfigDestinations, REF_IS_ARN } from './versioning-lookups';

/** [SCH-EIC] destination pattern: an ARN (the Region and account may be empty, as in S3 bucket ARNs). */
const DESTINATION_ARN = /^arn:(aws[a-zA-Z0-9-]*):[a-zA-Z0-9-]+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d)?:(\d{12})?:.+$/;

/** Async destinations are ARNs of at most 350 characters (eic-destination-arn). */
export const destinationArn: Rule = {
  id: 'LambdaKit.Destination.Arn',
  severity: Severity.ERROR,
  constraint: `An EventInvokeConfig destination is an ARN of at most ${DESTINATION_ARN_MAX} characters.`,
  source: CFN_EVENT_INVOKE_CONFIG_DOC,
  resourceTypes: ['AWS::Lambda::EventInvokeConfig'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const config of model.ofType('AWS::Lambda::EventInvokeConfig')) {
      for (const { property, value } of invokeConfigDestinations(config)) {
        // A Ref of a queue is its URL and of a bucket, bus or function its name: not the ARN the destination needs.
        const refTarget = isIntrinsic(value) && 'Ref' in (value as object) ? model.referenced(config, value) : undefined;
        if (refTarget && !REF_IS_ARN.includes(refTarget.type) && refTarget.type.startsWith('AWS::') && !refTarget.type.startsWith('AWS::CloudFormation::')) {
          findings.push({
            resource: config,
            property,
            value,
            limit: `an ARN, not the Ref of ${refTarget.type} ${refTarget.path} (its URL or name)`,
            fix: `Use { 'Fn::GetAtt': ['${refTarget.logicalId}', 'Arn'] } (queue.queueArn, bucket.bucketArn, function.functionArn, eventBus.eventBusArn).`,
          });
          continue;
        }
        const arn = stringValue(value);
        if (arn !== undefined && (arn.length > DESTINATION_ARN_MAX || !DESTINATION_ARN.test(arn))) {
          findings.push({
            resource: config,
            property,
            value,
            limit: `an ARN of at most ${formatNumber(DESTINATION_ARN_MAX)} characters`,
            fix: 'Give the ARN of the queue, topic, function, bucket or event bus (for example queue.queueArn), not its name or URL.',
          });
        }
      }
    }
    return findings;
  },
};
