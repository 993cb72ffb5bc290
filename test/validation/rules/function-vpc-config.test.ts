import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { limitsApp } from '../helpers';
import { findingsFor, l2Function, ruleFindings } from '../function-helpers';

const RULE = 'LambdaKit.Function.VpcConfig';
const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}-${i}`);

describe(RULE, () => {
  test.each([
    ['16 subnets, 5 groups', ids('subnet', 16), ids('sg', 5), 0],
    ['17 subnets', ids('subnet', 17), ids('sg', 1), 1],
    ['6 security groups', ids('subnet', 2), ids('sg', 6), 1],
    ['both empty', [], [], 0],
    ['subnets without security groups', ids('subnet', 2), [], 1],
    ['security groups without subnets', [], ids('sg', 1), 1],
    ['security groups, subnets absent', undefined, ids('sg', 1), 1],
    ['unresolved subnets', { Ref: 'Subnets' }, ids('sg', 1), 0],
  ])('%s: %d findings', (_name, subnets, groups, count) => {
    expect(findingsFor(RULE, { VpcConfig: { ...(subnets ? { SubnetIds: subnets } : {}), SecurityGroupIds: groups } })).toHaveLength(count);
  });

  test('catches six security groups on an aws-cdk-lib Function', () => {
    const { app, stack } = limitsApp();
    const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 1 });
    const securityGroups = ids('Sg', 6).map(id => new ec2.SecurityGroup(stack, id, { vpc }));
    l2Function(stack, 'InVpc', { vpc, securityGroups });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      `[${RULE}] Stack/InVpc/Resource: \`VpcConfig.SecurityGroupIds\` must be at most 5 security groups, got: '6 security groups'.`,
    )]);
  });

  test('names the missing list', () => {
    const { app, stack } = limitsApp();
    const fn = l2Function(stack, 'Half');
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('VpcConfig', { SubnetIds: ['subnet-1'] });
    expect(ruleFindings(app, RULE)).toEqual([expect.stringContaining(
      "Stack/Half/Resource: `VpcConfig.SecurityGroupIds` must be non-empty when VpcConfig.SubnetIds is, got: '(absent)'.",
    )]);
  });
});
