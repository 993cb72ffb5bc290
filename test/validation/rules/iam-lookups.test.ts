import { App, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { LambdaModel } from '../../../lib/validation/model';
import { rolePolicies } from '../../../lib/validation/rules/iam-lookups';

const DOCUMENT = { Statement: [{ Effect: 'Allow', Action: 'sqs:ReceiveMessage', Resource: '*' }] };
const TRUST = { Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }] };

describe('rolePolicies', () => {
  test('indexes policies and managed policies by the role resource they refer to or the literal name they give, in order', () => {
    // GIVEN
    const stack = new Stack(new App(), 'Stack');
    const role = new iam.CfnRole(stack, 'Role', { assumeRolePolicyDocument: TRUST });
    new iam.CfnPolicy(stack, 'First', { policyName: 'first', policyDocument: DOCUMENT, roles: [role.ref, 'named-role'] });
    new iam.CfnManagedPolicy(stack, 'Managed', { policyDocument: DOCUMENT, roles: [role.ref] });
    new iam.CfnPolicy(stack, 'Second', { policyName: 'second', policyDocument: DOCUMENT, roles: [role.ref, role.ref] });
    new iam.CfnPolicy(stack, 'Unknown', { policyName: 'unknown', policyDocument: DOCUMENT, roles: [{ 'Fn::ImportValue': 'x' } as unknown as string] });

    // WHEN
    const model = LambdaModel.of(stack);
    const index = rolePolicies(model);
    const paths = (key: unknown) => (index.get(key as string) ?? []).map(policy => policy.path);

    // THEN
    const roleResource = model.resources.find(resource => resource.construct === role);
    expect(paths(roleResource)).toEqual(['Stack/First', 'Stack/Second', 'Stack/Second', 'Stack/Managed']);
    expect(paths('named-role')).toEqual(['Stack/First']);
    expect(index.size).toBe(2);
    expect(rolePolicies(model)).toBe(index);
  });
});
