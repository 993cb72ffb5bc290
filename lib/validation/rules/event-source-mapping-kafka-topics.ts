import { ESM_API_DOC, KAFKA_TOPIC_NAME_MAX, KAFKA_TOPICS_COUNT } from '../limits';
import { arrayValue, stringValue } from '../values';
import { MappingProblem, mappingRule } from './event-source-lookups';

/** The API's topic pattern: not starting with a dot, at least two characters. */
const TOPIC = /^[^.][a-zA-Z0-9\-_.]+/;

/** Topics: exactly one Kafka topic name of 2 to 249 characters (esm-kafka-topics). */
export const eventSourceMappingKafkaTopics = mappingRule({
  id: 'LambdaKit.EventSourceMapping.KafkaTopics',
  constraint: `Topics holds exactly ${KAFKA_TOPICS_COUNT} topic name of at most ${KAFKA_TOPIC_NAME_MAX} characters matching ${TOPIC.source}.`,
  source: ESM_API_DOC,
  requires: ['Topics'],
  problems(mapping) {
    const value = mapping.properties.Topics;
    const topics = arrayValue(value);
    if (!topics) return [];
    const problems: MappingProblem[] = [];
    if (topics.length !== KAFKA_TOPICS_COUNT) {
      problems.push({ property: 'Topics', value, limit: `a list of exactly ${KAFKA_TOPICS_COUNT} topic`, fix: 'Create one mapping per topic.' });
    }
    topics.forEach((topic, index) => {
      const name = stringValue(topic);
      if (name !== undefined && (name.length > KAFKA_TOPIC_NAME_MAX || !TOPIC.test(name))) {
        problems.push({
          property: `Topics.${index}`,
          value: topic,
          limit: `a Kafka topic name of 2 to ${KAFKA_TOPIC_NAME_MAX} characters matching ${TOPIC.source}`,
          fix: 'Use the topic name exactly as the cluster knows it.',
        });
      }
    });
    return problems;
  },
});
