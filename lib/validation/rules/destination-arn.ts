import { CFN_EVENT_INVOKE_CONFIG_DOC, DESTINATION_ARN_MAX } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { formatNumber, stringValue } from '../values';
import { invokeConfigDestinations } from './versioning-lookups';

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
