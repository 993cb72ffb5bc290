import type { LambdaModel, ModelResource } from '../model';
import { Severity } from '../rule';
import { isKnown, stringValue } from '../values';
import { snapStartRule } from './snapstart-rule';

/**
 * SnapStart applies only to published versions: without an AWS::Lambda::Version of the function, every invocation
 * runs $LATEST and SnapStart silently does nothing (fn-snapstart-published-only).
 */
export const snapStartPublishedVersion = snapStartRule({
  id: 'LambdaKit.SnapStart.PublishedVersion',
  severity: Severity.WARNING,
  constraint: 'A function with SnapStart has a published version in the app (SnapStart never applies to $LATEST).',
  conflict(fn, { model }) {
    if (hasVersion(model, fn) !== false) return undefined;
    return {
      property: 'SnapStart',
      value: fn.properties.SnapStart,
      limit: 'used with a published version (an AWS::Lambda::Version of this function)',
      fix: 'Publish a version (fn.currentVersion, or an alias such as ServerlessFunction\'s live alias) and invoke it rather than $LATEST.',
    };
  },
});

/** `true` when a Version of `fn` is in the app, `false` when certainly none is, `undefined` when a Version names an unknown function. */
function hasVersion(model: LambdaModel, fn: ModelResource): boolean | undefined {
  const name = stringValue(fn.properties.FunctionName);
  let unknown = false;
  for (const version of model.ofType('AWS::Lambda::Version')) {
    const target = version.properties.FunctionName;
    if (isKnown(target)) {
      const text = stringValue(target);
      if (name !== undefined && text !== undefined && (text === name || text.endsWith(`:function:${name}`))) return true;
      continue;
    }
    const referenced = model.referenced(version, target);
    if (referenced === fn) return true;
    if (referenced === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}
