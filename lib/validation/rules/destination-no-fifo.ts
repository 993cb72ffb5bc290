import { DESTINATIONS_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { destinationTarget, invokeConfigDestinations, isFifoDestination } from './versioning-lookups';

/** FIFO queues and topics are not async destinations: deliveries fail silently (async-destination-no-fifo). */
export const destinationNoFifo: Rule = {
  id: 'LambdaKit.Destination.NoFifo',
  severity: Severity.ERROR,
  constraint: 'An asynchronous invocation destination is not an SQS FIFO queue or SNS FIFO topic (deliveries fail silently, counted only in DestinationDeliveryFailures).',
  source: DESTINATIONS_DOC,
  resourceTypes: ['AWS::Lambda::EventInvokeConfig'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const config of model.ofType('AWS::Lambda::EventInvokeConfig')) {
      for (const { property, value } of invokeConfigDestinations(config)) {
        const target = destinationTarget(model, config, value);
        if (!target || isFifoDestination(target) !== true) continue;
        findings.push({
          resource: config,
          property,
          value: target.resource ? `${target.resource.path} (FIFO)` : value,
          limit: 'a standard (non-FIFO) SQS queue or SNS topic',
          fix: 'Use a standard queue or topic as the destination; Lambda cannot deliver to FIFO queues or topics and drops the record.',
        });
      }
    }
    return findings;
  },
};
