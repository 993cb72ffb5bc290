import { Token } from 'aws-cdk-lib';
import { EDGE_REGION, EDGE_RESTRICTIONS_DOC } from '../limits';
import { describeUse, edgeFunctionRule } from './edge-lookups';

/** A Lambda@Edge function lives in us-east-1, when its stack's Region is known (edge-region). */
export const edgeRegion = edgeFunctionRule({
  id: 'LambdaKit.Edge.Region',
  constraint: `A Lambda@Edge function is in a stack of Region ${EDGE_REGION} (checked when the stack's Region is known).`,
  source: EDGE_RESTRICTIONS_DOC,
  problems(use) {
    const region = use.fn.stack.region;
    if (Token.isUnresolved(region) || region === EDGE_REGION) return [];
    return [{
      property: 'Region',
      value: region,
      limit: `${EDGE_REGION} for a function used ${describeUse(use)}`,
      fix: `Define the function in a ${EDGE_REGION} stack, or use cloudfront.experimental.EdgeFunction, which does that for you.`,
    }];
  },
});
