import { ARCHITECTURES, CFN_FUNCTION_DOC } from '../limits';
import { Severity } from '../rule';
import { arrayValue, isKnown } from '../values';
import { functionRule } from './function-lookups';

/** Architectures: exactly one item, x86_64 or arm64 (fn-architectures-single, fn-architectures-enum). */
export const functionArchitectures = functionRule({
  id: 'LambdaKit.Function.Architectures',
  severity: Severity.ERROR,
  constraint: `Architectures holds exactly one item, one of ${ARCHITECTURES.join(', ')}.`,
  source: CFN_FUNCTION_DOC,
  requires: ['Architectures'],
  check(fn) {
    const architectures = arrayValue(fn.properties.Architectures);
    if (!architectures) return undefined;
    if (architectures.length !== 1) {
      return {
        property: 'Architectures',
        value: architectures,
        limit: `exactly one of ${ARCHITECTURES.join(', ')}`,
        fix: 'List a single architecture; deploy two functions to run on both.',
      };
    }
    const [architecture] = architectures;
    if (!isKnown(architecture) || ARCHITECTURES.includes(architecture as string)) return undefined;
    return {
      property: 'Architectures',
      value: architecture,
      limit: `one of ${ARCHITECTURES.join(', ')}`,
      fix: 'Use x86_64 or arm64 (Architecture.X86_64 or Architecture.ARM_64).',
    };
  },
});
