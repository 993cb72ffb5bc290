import { CFN_EVENT_INVOKE_CONFIG_DOC, EVENT_INVOKE_QUALIFIER_MAX } from '../limits';
import { mismatches, propertyRule } from './versioning-lookups';

const QUALIFIER = new RegExp(`^(\\$LATEST|[a-zA-Z0-9_-]{1,${EVENT_INVOKE_QUALIFIER_MAX}})$`);

/** Qualifier: $LATEST, a version number or an alias name (eic-qualifier; its absence is LambdaKit.EventInvokeConfig.Schema's). */
export const eventInvokeConfigQualifier = propertyRule({
  id: 'LambdaKit.EventInvokeConfig.Qualifier',
  constraint: `An EventInvokeConfig's Qualifier is $LATEST, a version number or an alias name of at most ${EVENT_INVOKE_QUALIFIER_MAX} characters.`,
  source: CFN_EVENT_INVOKE_CONFIG_DOC,
  resourceType: 'AWS::Lambda::EventInvokeConfig',
  property: 'Qualifier',
  limit: `$LATEST, a version number or an alias name of at most ${EVENT_INVOKE_QUALIFIER_MAX} characters`,
  fix: "Set Qualifier to '$LATEST', a version number or an alias name (not an ARN).",
  violates: value => mismatches(value, QUALIFIER),
});
