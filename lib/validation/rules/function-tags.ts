import { CFN_FUNCTION_DOC, TAG_KEY_MAX, TAG_VALUE_MAX, TAGS_DOC, TAGS_MAX } from '../limits';
import type { ModelResource } from '../model';
import { Severity } from '../rule';
import { arrayValue, formatNumber, objectValue, stringValue } from '../values';
import { FunctionFinding, functionRule } from './function-lookups';

interface LiteralTag { readonly index: number; readonly key?: string; readonly value?: string }

function tagsOf(fn: ModelResource): LiteralTag[] {
  return (arrayValue(fn.properties.Tags) ?? []).map((item, index) => {
    const tag = objectValue(item);
    return { index, key: stringValue(tag?.Key), value: stringValue(tag?.Value) };
  });
}

function isAwsKey(key: string): boolean {
  return key.toLowerCase().startsWith('aws:');
}

/** At most 50 user tags on a function (fn-tags-count; the function's schema has no maxItems, so nothing else catches it). */
export const functionTagCount = functionRule({
  id: 'LambdaKit.Function.TagCount',
  severity: Severity.ERROR,
  constraint: `A function has at most ${TAGS_MAX} tags.`,
  source: TAGS_DOC,
  requires: ['Tags'],
  check(fn) {
    const count = tagsOf(fn).filter(tag => tag.key === undefined || !isAwsKey(tag.key)).length;
    if (count <= TAGS_MAX) return undefined;
    return {
      property: 'Tags',
      value: `${count} tags`,
      limit: `at most ${TAGS_MAX} tags`,
      fix: 'Remove tags (Tags.of(scope).add applies to every resource below scope; apply fewer there, or exclude AWS::Lambda::Function).',
    };
  },
});

/** Tag keys 1 to 128 characters, values at most 256, keys unique, none starting with aws: (fn-tag-lengths, fn-tag-unique-keys, fn-tag-aws-prefix). */
export const functionTagFormat = functionRule({
  id: 'LambdaKit.Function.TagFormat',
  severity: Severity.ERROR,
  constraint: `Tag keys are 1 to ${TAG_KEY_MAX} characters, unique, and do not start with aws:; tag values are at most ${TAG_VALUE_MAX} characters.`,
  source: CFN_FUNCTION_DOC,
  requires: ['Tags'],
  check(fn) {
    const findings: FunctionFinding[] = [];
    const seen = new Set<string>();
    for (const { index, key, value } of tagsOf(fn)) {
      if (key !== undefined) {
        if (key.length === 0 || key.length > TAG_KEY_MAX) {
          findings.push({ property: `Tags.${index}.Key`, value: key, limit: `1 to ${TAG_KEY_MAX} characters long (it has ${formatNumber(key.length)})`, fix: 'Shorten the tag key.' });
        }
        if (isAwsKey(key)) {
          findings.push({ property: `Tags.${index}.Key`, value: key, limit: 'a key that does not start with aws: (reserved for AWS)', fix: 'Rename the tag key without the aws: prefix.' });
        }
        if (seen.has(key)) {
          findings.push({ property: `Tags.${index}.Key`, value: key, limit: 'unique among the function\'s tags', fix: 'Remove the duplicate tag.' });
        }
        seen.add(key);
      }
      if (value !== undefined && value.length > TAG_VALUE_MAX) {
        findings.push({ property: `Tags.${index}.Value`, value, limit: `at most ${TAG_VALUE_MAX} characters long (it has ${formatNumber(value.length)})`, fix: 'Shorten the tag value.' });
      }
    }
    return findings;
  },
});
