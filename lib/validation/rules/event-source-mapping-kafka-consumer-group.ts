import { CFN_ESM_DOC, KAFKA_CONSUMER_GROUP_MAX } from '../limits';
import { pathValue, stringValue } from '../values';
import { mappingRule } from './event-source-lookups';

const GROUP = /^[a-zA-Z0-9-/*:_+=.@-]*$/;
const PROPERTIES = ['AmazonManagedKafkaEventSourceConfig.ConsumerGroupId', 'SelfManagedKafkaEventSourceConfig.ConsumerGroupId'];

/** Kafka ConsumerGroupId: 1 to 200 characters of [a-zA-Z0-9-/*:_+=.@-] (esm-kafka-consumer-group). */
export const eventSourceMappingKafkaConsumerGroup = mappingRule({
  id: 'LambdaKit.EventSourceMapping.KafkaConsumerGroupId',
  constraint: `A Kafka ConsumerGroupId is 1 to ${KAFKA_CONSUMER_GROUP_MAX} characters from a-z, A-Z, 0-9 and -/*:_+=.@.`,
  source: CFN_ESM_DOC,
  requires: ['AmazonManagedKafkaEventSourceConfig', 'SelfManagedKafkaEventSourceConfig'],
  problems(mapping) {
    return PROPERTIES.flatMap(property => {
      const value = pathValue(mapping.properties, property);
      const group = stringValue(value);
      if (group === undefined || (group.length >= 1 && group.length <= KAFKA_CONSUMER_GROUP_MAX && GROUP.test(group))) return [];
      return [{
        property,
        value,
        limit: `1 to ${KAFKA_CONSUMER_GROUP_MAX} characters from a-z, A-Z, 0-9 and -/*:_+=.@`,
        fix: 'Choose a consumer group id of that form.',
      }];
    });
  },
});
