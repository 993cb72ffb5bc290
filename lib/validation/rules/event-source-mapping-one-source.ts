import { CFN_ESM_DOC, KAFKA_BOOTSTRAP_SERVERS_MAX } from '../limits';
import { arrayValue, pathValue } from '../values';
import { MappingProblem, mappingRule } from './event-source-lookups';

/**
 * A Kafka mapping names its cluster once: EventSourceArn (Amazon MSK) or SelfManagedEventSource (self-managed Kafka)
 * with 1 to 10 bootstrap servers (esm-kafka-source-xor, esm-kafka-bootstrap-count).
 */
export const eventSourceMappingOneSource = mappingRule({
  id: 'LambdaKit.EventSourceMapping.OneSource',
  constraint: `A mapping sets exactly one of EventSourceArn and SelfManagedEventSource, whose KafkaBootstrapServers lists 1 to ${KAFKA_BOOTSTRAP_SERVERS_MAX} servers.`,
  source: CFN_ESM_DOC,
  problems(mapping) {
    const { EventSourceArn: arn, SelfManagedEventSource: selfManaged } = mapping.properties;
    const problems: MappingProblem[] = [];
    if (arn !== undefined && selfManaged !== undefined) {
      problems.push({
        property: 'SelfManagedEventSource',
        value: selfManaged,
        limit: 'absent when EventSourceArn is set',
        fix: 'Use EventSourceArn for an Amazon MSK cluster, or SelfManagedEventSource for a self-managed Kafka cluster, not both.',
      });
    }
    if (arn === undefined && selfManaged === undefined) {
      problems.push({
        property: 'EventSourceArn',
        value: arn,
        limit: 'set (or SelfManagedEventSource, for self-managed Kafka)',
        fix: 'Name the queue, stream or cluster the mapping reads from.',
      });
    }
    const serversValue = pathValue(mapping.properties, 'SelfManagedEventSource.Endpoints.KafkaBootstrapServers');
    const servers = arrayValue(serversValue);
    if (servers && (servers.length < 1 || servers.length > KAFKA_BOOTSTRAP_SERVERS_MAX)) {
      problems.push({
        property: 'SelfManagedEventSource.Endpoints.KafkaBootstrapServers',
        value: serversValue,
        limit: `a list of 1 to ${KAFKA_BOOTSTRAP_SERVERS_MAX} servers`,
        fix: `List between 1 and ${KAFKA_BOOTSTRAP_SERVERS_MAX} bootstrap servers (host:port).`,
      });
    }
    return problems;
  },
});
