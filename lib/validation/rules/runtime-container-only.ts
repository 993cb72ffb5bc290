import { RUNTIMES_DOC } from '../limits';
import { Severity } from '../rule';
import { stringValue } from '../values';
import { functionRule, isContainerImage } from './function-lookups';
import { CONTAINER_ONLY_RUNTIMES } from './runtime-lifecycle';

/** dotnet9 exists only as a container base image (fn-runtime-zip-container-only; aws-cdk-lib offers Runtime.DOTNET_9 for zip). */
export const runtimeContainerOnly = functionRule({
  id: 'LambdaKit.Runtime.ContainerOnly',
  severity: Severity.ERROR,
  constraint: `A .zip function does not use a container-only runtime (${CONTAINER_ONLY_RUNTIMES.join(', ')}).`,
  source: RUNTIMES_DOC,
  requires: ['Runtime'],
  check(fn) {
    const runtime = stringValue(fn.properties.Runtime);
    if (runtime === undefined || !CONTAINER_ONLY_RUNTIMES.includes(runtime) || isContainerImage(fn)) return undefined;
    return {
      property: 'Runtime',
      value: runtime,
      limit: 'a runtime Lambda offers for .zip packages',
      fix: `Build a container image from the ${runtime} base image (DockerImageFunction), or use a .zip runtime such as dotnet10.`,
    };
  },
});
