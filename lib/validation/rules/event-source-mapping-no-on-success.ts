import { CFN_ESM_DOC } from '../limits';
import { pathValue } from '../values';
import { mappingRule } from './event-source-lookups';

/** A mapping's DestinationConfig has no OnSuccess (esm-no-onsuccess): only async invocation configs have success destinations. */
export const eventSourceMappingNoOnSuccess = mappingRule({
  id: 'LambdaKit.EventSourceMapping.NoOnSuccess',
  constraint: 'A mapping\'s DestinationConfig has only OnFailure (event source mappings have no on-success destination).',
  source: CFN_ESM_DOC,
  requires: ['DestinationConfig'],
  problems(mapping) {
    const value = pathValue(mapping.properties, 'DestinationConfig.OnSuccess');
    return value === undefined ? [] : [{
      property: 'DestinationConfig.OnSuccess',
      value,
      limit: 'absent on an event source mapping',
      fix: 'Remove OnSuccess; to act on processed records, do it in the function (or use an EventInvokeConfig for asynchronous invocations).',
    }];
  },
});
