import * as fs from 'fs';
import { Aspects } from 'aws-cdk-lib';
import * as cxapi from 'aws-cdk-lib/cx-api';
import { IConstruct } from 'constructs';
import { buildSynthApp, FUNCTIONS_PER_STACK, resourceTypesPerFunction, SYNTH_VARIANTS, SynthVariant } from '../../bench/synth-apps';
import { LambdaLimits, ServerlessFunction } from '../../lib';

/** What `read` finds in the synthesized assembly (templates are read from disk: the folder is removed afterwards). */
function synthesize<T>(variant: SynthVariant, functions: number, read: (assembly: cxapi.CloudAssembly) => T): T {
  const assembly = buildSynthApp(variant, functions).synth();
  try {
    return read(assembly);
  } finally {
    fs.rmSync(assembly.directory, { recursive: true, force: true });
  }
}

const hasLambdaLimits = (construct: IConstruct) => Aspects.of(construct).all.some(aspect => aspect instanceof LambdaLimits);

describe('synth benchmark apps', () => {
  test('every variant creates the same resources per function, so that the comparison is fair', () => {
    // WHEN
    const [kit, ...others] = SYNTH_VARIANTS.map(variant => synthesize(variant, 2, assembly => resourceTypesPerFunction(assembly, 2)));

    // THEN
    expect(kit).toMatchObject({
      'AWS::Lambda::Function': 1,
      'AWS::Lambda::Alias': 1,
      'AWS::Lambda::EventSourceMapping': 1,
      'AWS::Lambda::EventInvokeConfig': 1,
      'AWS::Lambda::Url': 1,
      'AWS::CodeDeploy::DeploymentGroup': 1,
      'AWS::CloudWatch::Alarm': 2,
    });
    for (const other of others) expect(other).toEqual(kit);
  });

  test('kit-no-limits takes out ServerlessFunction\'s own LambdaLimits aspect, which kit keeps', () => {
    // WHEN
    const functionsOf = (variant: SynthVariant) =>
      buildSynthApp(variant, 2).node.findAll().filter((c): c is ServerlessFunction => c instanceof ServerlessFunction);

    // THEN
    expect(functionsOf('kit').map(hasLambdaLimits)).toEqual([true, true]);
    expect(functionsOf('kit-no-limits').map(hasLambdaLimits)).toEqual([false, false]);
  });

  test('a full stack stays under CloudFormation\'s 500 resources', () => {
    // WHEN
    const resourceCounts = synthesize('kit', FUNCTIONS_PER_STACK, assembly => assembly.stacks.map(stack => Object.keys(stack.template.Resources).length));

    // THEN
    expect(resourceCounts).toHaveLength(1);
    expect(resourceCounts[0]).toBeLessThanOrEqual(500);
  });
});
