import { CfnResource } from 'aws-cdk-lib';

const NAMES = new WeakMap<CfnResource, Map<string, string>>();

/**
 * Records the name a higher-level construct's user typed for an L1 property
 * (`MemorySize` is `memorySize` on `ServerlessFunction`), so that messages name what the user wrote.
 */
export function recordPropertyNames(resource: CfnResource, names: Record<string, string>): void {
  const map = NAMES.get(resource) ?? new Map<string, string>();
  for (const [property, name] of Object.entries(names)) map.set(property, name);
  NAMES.set(resource, map);
}

/** How a message names a property: `memorySize` (MemorySize) when the user typed `memorySize`, else `MemorySize`. */
export function describeProperty(resource: CfnResource, property: string): string {
  const names = NAMES.get(resource);
  const typed = names?.get(property) ?? names?.get(property.split('.')[0]);
  return typed && typed !== property ? `\`${typed}\` (${property})` : `\`${property}\``;
}
