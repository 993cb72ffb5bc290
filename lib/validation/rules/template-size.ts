import { Stack } from 'aws-cdk-lib';
import { groupBy } from '../model';
import { CFN_QUOTAS_DOC, STACK_RESOURCES_MAX, TEMPLATE_MAX_BYTES } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { formatNumber } from '../values';

/**
 * The size of a stack's `Resources` section as `cdk synth` writes it (JSON indented by one space unless the stack
 * suppresses indentation). The other sections (parameters, outputs, rules) are left out, so this is a lower bound
 * of the template's size: the rule never flags a template that fits.
 */
export function resourcesSectionSize(stack: Stack, section: Readonly<Record<string, unknown>>): number {
  const indent = (stack as unknown as { _suppressTemplateIndentation?: boolean })._suppressTemplateIndentation ? undefined : 1;
  return JSON.stringify({ Resources: section }, undefined, indent).length;
}

/**
 * A stack's template is at most 1 MB (as aws-cdk-lib counts it) and holds at most 500 resources (cfn-template-size,
 * cfn-resources).
 *
 * A template problem belongs to the stack, which is no resource; LambdaLimits only visits Lambda-related resource
 * types, so the finding is reported once, on the stack's first AWS::Lambda::Function: the construct the user of this
 * library is most likely to recognise, and usually the one that grows the template (inline code, policies, mappings).
 * A stack without functions is not LambdaLimits' business.
 */
export const templateSize: Rule = {
  id: 'LambdaKit.Template.Size',
  severity: Severity.ERROR,
  constraint: `A stack with a Lambda function has at most ${STACK_RESOURCES_MAX} resources and a template of at most ${formatNumber(TEMPLATE_MAX_BYTES)} bytes (its Resources section as synthesized).`,
  source: CFN_QUOTAS_DOC,
  resourceTypes: ['AWS::Lambda::Function'],
  check({ model }) {
    const findings: Finding[] = [];
    // Reported on each stack's first function, in the order of the stack's resources.
    for (const [stack, [reportOn]] of groupBy(model.ofType('AWS::Lambda::Function'), fn => fn.stack)) {
      // Counted as aws-cdk-lib counts them: the entries of the section.
      const section = model.resourcesSection(stack);
      const count = Object.keys(section).length;
      if (count > STACK_RESOURCES_MAX) {
        findings.push({
          resource: reportOn,
          property: 'Stack',
          value: `${formatNumber(count)} resources in stack ${stack.node.path}`,
          limit: `at most ${STACK_RESOURCES_MAX} resources per stack`,
          fix: 'Split the stack (for example with NestedStack) so that each holds at most 500 resources.',
        });
      }
      const size = resourcesSectionSize(stack, section);
      if (size > TEMPLATE_MAX_BYTES) {
        findings.push({
          resource: reportOn,
          property: 'Stack',
          value: `a template of at least ${formatNumber(size)} bytes for stack ${stack.node.path}`,
          limit: `at most ${formatNumber(TEMPLATE_MAX_BYTES)} bytes of template`,
          fix: 'Split the stack, move inline code to assets, or set suppressTemplateIndentation on the stack.',
        });
      }
    }
    return findings;
  },
};
