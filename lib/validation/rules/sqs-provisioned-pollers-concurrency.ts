import { SQS_PARAMETERS_DOC } from '../limits';
import { Severity } from '../rule';
import { pathValue } from '../values';
import { mappingRule } from './event-source-lookups';

/** An SQS mapping in provisioned mode sets no ScalingConfig (esm-sqs-pollers-vs-maxconc; aws-cdk-lib's rule, AWS source UNVERIFIED). */
export const sqsProvisionedPollersConcurrency = mappingRule({
  id: 'LambdaKit.Sqs.ProvisionedPollersWithMaximumConcurrency',
  severity: Severity.WARNING,
  constraint: 'UNVERIFIED (aws-cdk-lib enforces it): an SQS mapping does not set both ProvisionedPollerConfig and ScalingConfig.MaximumConcurrency.',
  source: SQS_PARAMETERS_DOC,
  requires: ['ScalingConfig'],
  problems(mapping, source) {
    const value = pathValue(mapping.properties, 'ScalingConfig.MaximumConcurrency');
    if (source?.kind !== 'sqs' || value === undefined || mapping.properties.ProvisionedPollerConfig === undefined) return [];
    return [{
      property: 'ScalingConfig.MaximumConcurrency',
      value,
      limit: 'absent when ProvisionedPollerConfig is set',
      fix: 'Bound the mapping with MaximumPollers in provisioned mode, or remove ProvisionedPollerConfig.',
    }];
  },
});
