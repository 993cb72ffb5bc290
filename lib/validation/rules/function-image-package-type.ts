import { CFN_FUNCTION_DOC } from '../limits';
import { Severity } from '../rule';
import { objectValue, pathValue } from '../values';
import { functionRule } from './function-lookups';

/** A container image (Code.ImageUri) needs PackageType Image, and PackageType Image needs an ImageUri (fn-image-packagetype). */
export const functionImagePackageType = functionRule({
  id: 'LambdaKit.Function.ImagePackageType',
  severity: Severity.ERROR,
  constraint: 'Code.ImageUri is used with PackageType Image, and only with it.',
  source: CFN_FUNCTION_DOC,
  requires: ['Code'],
  check(fn) {
    const packageType = fn.properties.PackageType;
    if (packageType !== undefined && typeof packageType !== 'string') return undefined;
    const image = pathValue(fn.properties, 'Code.ImageUri') !== undefined;
    if (image && packageType !== 'Image') {
      return {
        property: 'PackageType',
        value: packageType ?? '(absent, so Zip)',
        limit: "'Image' when Code.ImageUri is set",
        fix: "Set PackageType to 'Image' (DockerImageFunction does this for you).",
      };
    }
    if (packageType === 'Image' && !image && objectValue(pathValue(fn.properties, 'Code')) !== undefined) {
      return {
        property: 'PackageType',
        value: packageType,
        limit: "'Zip' (or absent) unless Code.ImageUri is set",
        fix: 'Give the container image URI in Code.ImageUri, or remove PackageType for a .zip package.',
      };
    }
    return undefined;
  },
});
