import { CFN_ESM_DOC } from '../limits';
import { Severity } from '../rule';
import { mappingRule } from './event-source-lookups';

/** KmsKeyArn encrypts filter criteria: without FilterCriteria it has nothing to do (esm-filter-encryption, aws-cdk-lib's rule). */
export const eventSourceMappingFilterEncryption = mappingRule({
  id: 'LambdaKit.EventSourceMapping.FilterEncryptionWithoutFilters',
  severity: Severity.WARNING,
  constraint: 'UNVERIFIED (aws-cdk-lib enforces it): a mapping sets KmsKeyArn (the key for its filter criteria) only together with FilterCriteria.',
  source: CFN_ESM_DOC,
  requires: ['KmsKeyArn'],
  problems(mapping) {
    const value = mapping.properties.KmsKeyArn;
    if (value === undefined || mapping.properties.FilterCriteria !== undefined) return [];
    return [{ property: 'KmsKeyArn', value, limit: 'absent when FilterCriteria is not set', fix: 'Remove KmsKeyArn, or add the FilterCriteria it encrypts.' }];
  },
});
