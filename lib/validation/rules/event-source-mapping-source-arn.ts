import { CFN_ESM_DOC } from '../limits';
import { isIntrinsic } from '../values';
import { mappingRule } from './event-source-lookups';

/** What `Ref` returns for the source types whose Ref is not the ARN a mapping needs, and the attribute to use instead. */
const REF_RETURNS: Record<string, [string, string]> = {
  'AWS::SQS::Queue': ['the queue URL', 'GetAtt Arn (queue.queueArn)'],
  'AWS::Kinesis::Stream': ['the stream name', 'GetAtt Arn (stream.streamArn)'],
  'AWS::DynamoDB::Table': ['the table name', 'GetAtt StreamArn (table.tableStreamArn)'],
  'AWS::AmazonMQ::Broker': ['the broker id', 'GetAtt Arn (broker.attrArn)'],
};

/**
 * EventSourceArn is the ARN of the source: not a queue URL, a stream or table name (what Ref returns), nor a
 * DynamoDB table's own ARN instead of its stream's.
 */
export const eventSourceMappingSourceArn = mappingRule({
  id: 'LambdaKit.EventSourceMapping.SourceArn',
  constraint: 'EventSourceArn of a same-app source is its ARN (GetAtt Arn; GetAtt StreamArn for a DynamoDB table), not what Ref returns (a URL, name or id) nor the table ARN.',
  source: CFN_ESM_DOC,
  requires: ['EventSourceArn'],
  problems(mapping, source, { model }) {
    const value = mapping.properties.EventSourceArn;
    const referenced = source?.resource ?? model.referenced(mapping, value);
    if (!referenced || !isIntrinsic(value)) return [];
    const object = value as Record<string, unknown>;
    const getAtt = object['Fn::GetAtt'];
    const attribute = Array.isArray(getAtt) ? getAtt[1] : typeof getAtt === 'string' ? getAtt.split('.').slice(1).join('.') : undefined;
    const wrongRef = object.Ref !== undefined ? REF_RETURNS[referenced.type] : undefined;
    const tableArn = referenced.type === 'AWS::DynamoDB::Table' && attribute === 'Arn';
    if (!wrongRef && !tableArn) return [];
    const [what, instead] = wrongRef ?? ['the table ARN, not its stream ARN', REF_RETURNS['AWS::DynamoDB::Table'][1]];
    return [{
      property: 'EventSourceArn',
      value,
      limit: `the ARN of ${referenced.path} (this reference gives ${what})`,
      fix: `Use ${instead}.`,
    }];
  },
});
