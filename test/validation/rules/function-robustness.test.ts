import * as fc from 'fast-check';
import { cfnFunction, limitsApp, synthErrors } from '../helpers';
import { override } from '../function-helpers';

/** Every property the function-family rules read. */
const PROPERTIES = [
  'Architectures', 'Code', 'CodeSigningConfigArn', 'DeadLetterConfig', 'Description', 'DurableConfig', 'EphemeralStorage', 'Environment',
  'FileSystemConfigs', 'FunctionName', 'FunctionScalingConfig', 'Handler', 'ImageConfig', 'KmsKeyArn', 'Layers', 'LoggingConfig',
  'MemorySize', 'PackageType', 'RecursiveLoop', 'ReservedConcurrentExecutions', 'Role', 'Runtime', 'RuntimeManagementConfig', 'SnapStart',
  'Tags', 'TenancyConfig', 'Timeout', 'TracingConfig', 'VpcConfig', 'CapacityProviderConfig',
];

/** JSON-like values, with intrinsics mixed in at any depth. */
const intrinsic = fc.oneof(
  fc.record({ Ref: fc.constantFrom('Fn', 'Param', 'AWS::Region', 'Missing') }),
  fc.record({ 'Fn::GetAtt': fc.tuple(fc.constantFrom('Fn', 'Missing'), fc.constantFrom('Arn', 'Version')) }),
  fc.record({ 'Fn::Join': fc.tuple(fc.constant(''), fc.array(fc.oneof(fc.string(), fc.record({ Ref: fc.constant('Fn') })), { maxLength: 3 })) }),
);
const value = fc.letrec(tie => ({
  any: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.double(), fc.integer(), fc.string(), intrinsic,
    fc.array(tie('any'), { maxLength: 4 }), fc.dictionary(fc.constantFrom('Size', 'Mode', 'Variables', 'ApplyOn', 'Arn', 'SubnetIds', 'Key', 'Value', 'LogFormat'), tie('any'), { maxKeys: 3 })),
})).any;

describe('function-family rules on arbitrary input', () => {
  test('never crash synth, whatever the resolved properties hold', () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom(...PROPERTIES), value, { maxKeys: 6 }), overrides => {
      const { app, stack } = limitsApp();
      override(cfnFunction(stack, 'Fn'), overrides).overrideLogicalId('Fn');
      let message = '';
      try {
        synthErrors(app);
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).not.toContain('failed unexpectedly');
    }), { numRuns: 150 });
  });
});
