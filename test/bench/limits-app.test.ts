import * as fs from 'fs';
import { Aspects } from 'aws-cdk-lib';
import { buildLimitsApp, FUNCTIONS_PER_STACK } from '../../bench/limits-app';
import { LambdaLimits } from '../../lib';

describe('bench:limits app', () => {
  test.each([[true, 9], [false, 7]])('versions %s: %d resources per function, 40 functions per stack', (versions, perFunction) => {
    const app = buildLimitsApp(FUNCTIONS_PER_STACK + 1, false, versions);
    const assembly = app.synth();
    try {
      const counts = assembly.stacks.map(stack => Object.keys(stack.template.Resources).length);
      expect(counts).toEqual([FUNCTIONS_PER_STACK * perFunction, perFunction]);
    } finally {
      fs.rmSync(assembly.directory, { recursive: true, force: true });
    }
  });

  test('the app is clean: LambdaLimits, in the with variant only, reports nothing', () => {
    const without = buildLimitsApp(2, false, true);
    expect(Aspects.of(without).all).toEqual([]);
    const app = buildLimitsApp(2, true, true);
    expect(Aspects.of(app).all.map(aspect => aspect instanceof LambdaLimits)).toEqual([true]);
    const assembly = app.synth();
    try {
      const messages = assembly.stacks.flatMap(stack => stack.messages).filter(m => m.level !== 'info');
      expect(messages).toEqual([]);
    } finally {
      fs.rmSync(assembly.directory, { recursive: true, force: true });
    }
  });
});
