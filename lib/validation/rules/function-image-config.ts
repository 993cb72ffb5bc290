import { CFN_FUNCTION_DOC, IMAGE_CONFIG_ITEMS_MAX, IMAGE_WORKING_DIRECTORY_MAX } from '../limits';
import { Severity } from '../rule';
import { arrayValue, formatNumber, pathValue } from '../values';
import { checkLength, FunctionFinding, functionRule } from './function-lookups';

/** ImageConfig: Command and EntryPoint at most 1,500 items; WorkingDirectory at most 1,000 characters (fn-image-config). */
export const functionImageConfig = functionRule({
  id: 'LambdaKit.Function.ImageConfig',
  severity: Severity.ERROR,
  constraint: `ImageConfig.Command and EntryPoint have at most ${formatNumber(IMAGE_CONFIG_ITEMS_MAX)} items; WorkingDirectory is at most ${formatNumber(IMAGE_WORKING_DIRECTORY_MAX)} characters.`,
  source: CFN_FUNCTION_DOC,
  requires: ['ImageConfig'],
  check(fn) {
    const findings: FunctionFinding[] = [];
    for (const property of ['ImageConfig.Command', 'ImageConfig.EntryPoint']) {
      const items = arrayValue(pathValue(fn.properties, property));
      if (items && items.length > IMAGE_CONFIG_ITEMS_MAX) {
        findings.push({ property, value: `${formatNumber(items.length)} items`, limit: `at most ${formatNumber(IMAGE_CONFIG_ITEMS_MAX)} items`, fix: 'Move the arguments into a script in the image.' });
      }
    }
    const directory = checkLength(fn, 'ImageConfig.WorkingDirectory', IMAGE_WORKING_DIRECTORY_MAX, 'Use a shorter working directory path.');
    return directory ? [...findings, directory] : findings;
  },
});
