import { Finding, Rule, Severity } from '../rule';
import { arrayValue, pathValue, stringValue } from '../values';

const DOC = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventsourcemapping.html';
/** The resource schema's patterns (as AWS's validator reports them, F3031/F3033). */
const ARN = /^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1})?:(\d{12})?:(.*)/;
const DESTINATION = /^$|^kafka:\/\/([^.]([a-zA-Z0-9\-_.]{0,248}))|^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1})?:(\d{12})?:(.*)/;
const FUNCTION_NAME = /^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$/;

/** Formats of an event source mapping's names and ARNs, and its list sizes, as the resource schema has them. */
export const eventSourceMappingFormat: Rule = {
  id: 'LambdaKit.EventSourceMapping.Format',
  severity: Severity.ERROR,
  constraint: 'FunctionName is a function name or ARN of 1 to 140 characters; EventSourceArn and OnFailure.Destination are ARNs (12 to 1,024 characters); '
    + 'FilterCriteria.Filters has at least 1 filter; FunctionResponseTypes has at most 1 item.',
  source: DOC,
  resourceTypes: ['AWS::Lambda::EventSourceMapping'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const resource of model.ofType('AWS::Lambda::EventSourceMapping')) {
      const report = (property: string, value: unknown, limit: string, fix: string) => findings.push({ resource, property, value, limit, fix });
      const name = stringValue(resource.properties.FunctionName);
      if (name !== undefined && (name.length < 1 || name.length > 140 || !FUNCTION_NAME.test(name))) {
        report('FunctionName', name, 'a function name, partial ARN or ARN of 1 to 140 characters', 'Name the function (or its alias ARN) the mapping invokes.');
      }
      const source = stringValue(resource.properties.EventSourceArn);
      if (source !== undefined && (source.length < 12 || source.length > 1024 || !ARN.test(source))) {
        report('EventSourceArn', source, 'an ARN of 12 to 1,024 characters', 'Give the ARN of the queue, stream, table stream or cluster (not its name or URL).');
      }
      const destination = stringValue(pathValue(resource.properties, 'DestinationConfig.OnFailure.Destination'));
      if (destination !== undefined && (destination.length < 12 || destination.length > 1024 || !DESTINATION.test(destination))) {
        report('DestinationConfig.OnFailure.Destination', destination, 'an ARN (or kafka:// URI) of 12 to 1,024 characters', 'Give the ARN of the queue, topic or bucket.');
      }
      const filters = arrayValue(pathValue(resource.properties, 'FilterCriteria.Filters'));
      if (filters !== undefined && filters.length === 0) {
        report('FilterCriteria.Filters', filters, 'at least 1 filter', 'Add a filter, or remove FilterCriteria to receive every record.');
      }
      const responseTypes = arrayValue(resource.properties.FunctionResponseTypes);
      if (responseTypes !== undefined && responseTypes.length > 1) {
        report('FunctionResponseTypes', responseTypes, 'at most 1 item (ReportBatchItemFailures)', 'Keep a single ReportBatchItemFailures.');
      }
    }
    return findings;
  },
};
