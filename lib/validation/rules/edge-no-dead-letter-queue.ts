import { EDGE_RESTRICTIONS_DOC } from '../limits';
import { edgeForbiddenProperty } from './edge-lookups';

/** Lambda@Edge functions take no dead-letter queue ([EDGE] lists DLQs among the unsupported features). */
export const edgeNoDeadLetterQueue = edgeForbiddenProperty(
  'LambdaKit.Edge.NoDeadLetterQueue', EDGE_RESTRICTIONS_DOC, 'DeadLetterConfig.TargetArn', 'dead-letter queue', 'Remove the dead-letter queue from the edge function.',
  () => true,
);
