import { CFN_FUNCTION_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { pathValue, stringValue } from '../values';

/** Code.S3Bucket is a bucket name: 3 to 63 characters (the resource schema's bounds; the validator's F3033). */
export const functionCodeBucket: Rule = {
  id: 'LambdaKit.Function.CodeBucket',
  severity: Severity.ERROR,
  constraint: 'Code.S3Bucket is a bucket name of 3 to 63 characters.',
  source: CFN_FUNCTION_DOC,
  resourceTypes: ['AWS::Lambda::Function'],
  check({ model }) {
    const findings: Finding[] = [];
    for (const resource of model.ofType('AWS::Lambda::Function')) {
      const bucket = stringValue(pathValue(resource.properties, 'Code.S3Bucket'));
      if (bucket !== undefined && (bucket.length < 3 || bucket.length > 63)) {
        findings.push({ resource, property: 'Code.S3Bucket', value: bucket, limit: 'a bucket name of 3 to 63 characters', fix: 'Name the bucket that holds the code package.' });
      }
    }
    return findings;
  },
};
