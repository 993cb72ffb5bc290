import { CFN_URL_DOC } from '../limits';
import { propertyRule } from './versioning-lookups';

/** AuthType: AWS_IAM or NONE (url-auth-type; its absence is LambdaKit.Url.Schema's). */
export const urlAuthType = propertyRule({
  id: 'LambdaKit.Url.AuthType',
  constraint: 'A function URL has an AuthType of AWS_IAM or NONE.',
  source: CFN_URL_DOC,
  resourceType: 'AWS::Lambda::Url',
  property: 'AuthType',
  limit: 'AWS_IAM or NONE',
  fix: 'Set AuthType to AWS_IAM (callers sign requests) or NONE (public URL).',
  violates: value => typeof value === 'string' && value !== 'AWS_IAM' && value !== 'NONE',
});
