import { DESTINATIONS_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { functionTarget, invokeConfigDestinations, sameFunction } from './versioning-lookups';

/** A function that is its own destination invokes itself in a loop (async-destination-self; design guidance). */
export const destinationSelf: Rule = {
  id: 'LambdaKit.Destination.SelfInvocation',
  severity: Severity.WARNING,
  constraint: 'An asynchronous invocation destination is not the function itself (each record invokes it again: a loop that recursive-loop detection may or may not stop).',
  source: DESTINATIONS_DOC,
  resourceTypes: ['AWS::Lambda::EventInvokeConfig'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const config of model.ofType('AWS::Lambda::EventInvokeConfig')) {
      const own = functionTarget(model, config, config.properties.FunctionName)?.fn;
      if (!own) continue;
      for (const { property, value } of invokeConfigDestinations(config)) {
        const destination = functionTarget(model, config, value)?.fn;
        if (!destination || sameFunction(own, destination) !== true) continue;
        findings.push({
          resource: config,
          property,
          value,
          limit: 'another function than the one whose invocations it receives',
          fix: 'Send invocation records to a different function, a queue or a topic.',
        });
      }
    }
    return findings;
  },
};
