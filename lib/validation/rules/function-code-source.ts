import { CFN_FUNCTION_DOC } from '../limits';
import { Severity } from '../rule';
import { objectValue, pathValue } from '../values';
import { functionRule } from './function-lookups';

/** Code: exactly one of ZipFile, S3Bucket + S3Key, ImageUri; S3Bucket and S3Key go together (fn-code-exactly-one). */
export const functionCodeSource = functionRule({
  id: 'LambdaKit.Function.CodeSource',
  severity: Severity.ERROR,
  constraint: 'Code names exactly one source: ZipFile, S3Bucket with S3Key, or ImageUri.',
  source: CFN_FUNCTION_DOC,
  requires: ['Code'],
  check(fn) {
    if (!('Code' in fn.properties)) return undefined;
    const code = objectValue(pathValue(fn.properties, 'Code'));
    if (!code) return undefined;
    const has = (key: string) => code[key] !== undefined;
    const sources = [has('ZipFile'), has('S3Bucket') || has('S3Key'), has('ImageUri')].filter(Boolean).length;
    if (sources === 1 && has('S3Bucket') === has('S3Key')) return undefined;
    const fix = sources === 1
      ? 'Give both S3Bucket and S3Key (and optionally S3ObjectVersion).'
      : 'Keep exactly one code source: inline ZipFile, an S3Bucket and S3Key, or a container ImageUri.';
    return { property: 'Code', value: code, limit: 'exactly one of ZipFile, S3Bucket with S3Key, or ImageUri', fix };
  },
});
