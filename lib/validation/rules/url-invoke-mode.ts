import { CFN_URL_DOC } from '../limits';
import { propertyRule } from './versioning-lookups';

/** InvokeMode: BUFFERED or RESPONSE_STREAM (url-invoke-mode). */
export const urlInvokeMode = propertyRule({
  id: 'LambdaKit.Url.InvokeMode',
  constraint: "A function URL's InvokeMode is BUFFERED or RESPONSE_STREAM.",
  source: CFN_URL_DOC,
  resourceType: 'AWS::Lambda::Url',
  property: 'InvokeMode',
  limit: 'BUFFERED or RESPONSE_STREAM',
  fix: 'Use BUFFERED (the default) or RESPONSE_STREAM, in capitals.',
  violates: value => typeof value === 'string' && value !== 'BUFFERED' && value !== 'RESPONSE_STREAM',
});
