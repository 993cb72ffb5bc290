import { CFN_FUNCTION_DOC } from '../limits';
import { Severity } from '../rule';
import { FunctionFinding, functionRule, isContainerImage } from './function-lookups';

/** A container-image function has no Handler, Runtime or Layers: the image supplies them (fn-image-exclusions). */
export const functionImageExclusions = functionRule({
  id: 'LambdaKit.Function.ImageExclusions',
  severity: Severity.ERROR,
  constraint: 'A container-image function (PackageType Image) sets no Handler, Runtime or Layers.',
  source: CFN_FUNCTION_DOC,
  requires: ['PackageType', 'Code'],
  check(fn) {
    if (!isContainerImage(fn)) return undefined;
    return ['Handler', 'Runtime', 'Layers'].filter(property => fn.properties[property] !== undefined).map((property): FunctionFinding => ({
      property,
      value: fn.properties[property],
      limit: 'absent when PackageType is Image',
      fix: property === 'Layers'
        ? 'Copy the layer contents into the container image instead.'
        : `Remove ${property}; set it in the image (CMD / ENTRYPOINT) or in ImageConfig.`,
    }));
  },
});
