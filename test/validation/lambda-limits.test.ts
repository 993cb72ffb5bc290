import { App, CfnParameter, Annotations as CoreAnnotations, Aspects, Stack, Stage } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { LambdaLimits, ServerlessFunction } from '../../lib';
import { cfnFunction, errorRuleIds, limitsApp, limitWarnings, synthErrors } from './helpers';

describe('LambdaLimits', () => {
  test('reports every violation of every resource in one synth', () => {
    const { app, stack } = limitsApp();
    cfnFunction(stack, 'A', { memorySize: 1, timeout: 0 });
    cfnFunction(stack, 'B', { memorySize: 99_999 });
    const errors = synthErrors(app);
    expect(errors.filter(e => e.includes('Stack/A:'))).toHaveLength(2);
    expect(errors.filter(e => e.includes('Stack/B:'))).toHaveLength(1);
  });

  test('covers aws-cdk-lib L2 functions, not only L1s', () => {
    const { app, stack } = limitsApp();
    new lambda.Function(stack, 'L2', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code: lambda.Code.fromInline('x'), memorySize: 20_000 });
    expect(errorRuleIds(app)).toEqual(['LambdaKit.Function.MemorySize']);
  });

  test('reports a finding once when it is applied both to the app and by ServerlessFunction', () => {
    const { app, stack } = limitsApp();
    new ServerlessFunction(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code: lambda.Code.fromInline('x'), memorySize: 20_000 });
    expect(errorRuleIds(app)).toEqual(['LambdaKit.Function.MemorySize']);
  });

  test('warnings are annotations, reported once, and acknowledgeable by rule id', () => {
    const { app, stack } = limitsApp();
    cfnFunction(stack, 'Zero', { reservedConcurrentExecutions: 0 });
    const acknowledged = cfnFunction(stack, 'ZeroOnPurpose', { reservedConcurrentExecutions: 0 });
    CoreAnnotations.of(acknowledged).acknowledgeWarning('LambdaKit.Concurrency.ReservedZero', 'switched off during the migration');
    app.synth();
    const warnings = limitWarnings(stack).filter(w => w.includes('[LambdaKit.Concurrency.ReservedZero]'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Stack/Zero:');
  });

  test('does not fail synth for a warning', () => {
    const { app, stack } = limitsApp();
    cfnFunction(stack, 'Zero', { reservedConcurrentExecutions: 0 });
    expect(synthErrors(app)).toEqual([]);
  });

  test('skips a rule by id only under the scope it is given for', () => {
    const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false });
    const skipped = new Stack(app, 'Skipped');
    const checked = new Stack(app, 'Checked');
    cfnFunction(skipped, 'Fn', { memorySize: 1 });
    cfnFunction(checked, 'Fn', { memorySize: 1 });
    Aspects.of(skipped).add(new LambdaLimits({ skipRules: ['LambdaKit.Function.MemorySize'] }));
    Aspects.of(checked).add(new LambdaLimits());
    expect(synthErrors(app).map(e => e.split(' ')[0])).toEqual(['[Checked/Fn]']);
  });

  test('a rule one aspect skips stays skipped where another aspect, skipping nothing, also applies', () => {
    for (const skipperFirst of [true, false]) {
      const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false });
      const stack = new Stack(app, 'Stack');
      cfnFunction(stack, 'Fn', { memorySize: 1, timeout: 0 });
      const skipper = new LambdaLimits({ skipRules: ['LambdaKit.Function.MemorySize'] });
      // The app's aspect visits first: the skipping one is either that one or the stack's.
      Aspects.of(app).add(skipperFirst ? skipper : new LambdaLimits());
      Aspects.of(stack).add(skipperFirst ? new LambdaLimits() : skipper);
      expect(errorRuleIds(app)).toEqual(['LambdaKit.Function.Timeout']);
    }
  });

  describe('account quotas and the evaluation date given by several aspects', () => {
    const CONTEXT = { 'cdk-lambda-kit:evaluationDate': '2026-11-22' };
    const stackIn = (app: App, id: string, account?: string) =>
      new Stack(app, id, account ? { env: { account, region: 'us-east-1' } } : undefined);

    test('a quota one aspect gives holds for every function of that account, also those only another aspect checks', () => {
      const app = new App({ context: CONTEXT, builtinCloudFormationValidation: false });
      const stack = stackIn(app, 'Stack');
      const other = stackIn(app, 'Other');
      cfnFunction(stack, 'Fn', { memorySize: 4096 });
      cfnFunction(other, 'Fn', { memorySize: 4096 });
      Aspects.of(app).add(new LambdaLimits());
      Aspects.of(stack).add(new LambdaLimits({ accountMaxMemoryMb: 3008 }));
      expect(synthErrors(app).map(e => e.split(' ').slice(0, 2).join(' ')))
        .toEqual(['[Stack/Fn] [LambdaKit.Function.MemorySize]', '[Other/Fn] [LambdaKit.Function.MemorySize]']);
    });

    test('each account has its own quotas: memory and the reserved concurrency summed per account', () => {
      const app = new App({ context: CONTEXT, builtinCloudFormationValidation: false });
      const capped = stackIn(app, 'Capped', '111111111111');
      const raised = stackIn(app, 'Raised', '222222222222');
      for (const stack of [capped, raised]) cfnFunction(stack, 'Fn', { memorySize: 4096, reservedConcurrentExecutions: 1500 });
      Aspects.of(app).add(new LambdaLimits());
      Aspects.of(capped).add(new LambdaLimits({ accountMaxMemoryMb: 3008 }));
      Aspects.of(raised).add(new LambdaLimits({ accountConcurrencyLimit: 2000 }));
      expect(synthErrors(app).map(e => e.split(' ').slice(0, 2).join(' ')))
        .toEqual(['[Capped/Fn] [LambdaKit.Function.MemorySize]', '[Capped/Fn] [LambdaKit.Concurrency.AccountLimit]']);
    });

    test('different values for one account fail synth, naming both and the fix, and again on a retry; equal values pass', () => {
      const build = (second: number | string) => {
        const app = new App({ context: CONTEXT, builtinCloudFormationValidation: false });
        const stack = stackIn(app, 'Stack', '111111111111');
        cfnFunction(stack, 'Fn', { memorySize: 2048 });
        Aspects.of(app).add(new LambdaLimits({ accountMaxMemoryMb: 3008 }));
        Aspects.of(stack).add(new LambdaLimits({ accountMaxMemoryMb: second as number }));
        return app;
      };
      const conflicting = build(10_240);
      const message = /LambdaLimits: accountMaxMemoryMb is 10240 for Stack\/Fn but 3008 for Stack\/Fn, in the same account and Region \(111111111111\/us-east-1\)\. Give each account's quota once: .* or for every account as the context value cdk-lambda-kit:accountMaxMemoryMb\./;
      expect(() => conflicting.synth()).toThrow(message);
      expect(() => conflicting.synth({ force: true })).toThrow(message);
      expect(synthErrors(build(3008))).toEqual([]);
      expect(synthErrors(build('3008'))).toEqual([]); // a context value read by the caller is a string
    });

    test('different evaluation dates fail synth; one day written two ways passes', () => {
      const build = (second: string) => {
        const app = new App({ builtinCloudFormationValidation: false });
        const stack = stackIn(app, 'Stack');
        cfnFunction(stack, 'Fn');
        Aspects.of(app).add(new LambdaLimits({ evaluationDate: '2026-11-22' }));
        Aspects.of(stack).add(new LambdaLimits({ evaluationDate: second }));
        return app;
      };
      expect(() => build('2026-12-01').synth()).toThrow(/LambdaLimits: evaluationDate is 2026-12-01 for Stack\/Fn but 2026-11-22 for Stack\/Fn, in the same app or Stage/);
      expect(synthErrors(build('2026-11-22T00:00:00Z'))).toEqual([]);
    });

    test('a quota that is not a whole number above 0 is refused', () => {
      for (const bad of [0, -1, 1.5, Number.NaN, 'lots' as unknown as number]) {
        expect(() => new LambdaLimits({ accountMaxMemoryMb: bad })).toThrow(/accountMaxMemoryMb must be a whole number above 0/);
        expect(() => new LambdaLimits({ accountConcurrencyLimit: bad })).toThrow(/accountConcurrencyLimit must be a whole number above 0/);
      }
      expect(() => new LambdaLimits({ accountMaxMemoryMb: 1, accountConcurrencyLimit: 1 })).not.toThrow();
    });

    test('a context value that is not a quota or a date fails synth, naming the key and the value', () => {
      const synth = (context: Record<string, unknown>) => {
        const app = new App({ context: { ...CONTEXT, ...context }, builtinCloudFormationValidation: false });
        cfnFunction(stackIn(app, 'Stack'), 'Fn', { memorySize: 2048 });
        Aspects.of(app).add(new LambdaLimits());
        return () => app.synth();
      };
      expect(synth({ 'cdk-lambda-kit:accountMaxMemoryMb': 'lots' })).toThrow(
        /LambdaLimits: the context value cdk-lambda-kit:accountMaxMemoryMb must be a whole number above 0 \(the account's quota\), got: "lots"/);
      expect(synth({ 'cdk-lambda-kit:accountConcurrencyLimit': 0 })).toThrow(/cdk-lambda-kit:accountConcurrencyLimit must be a whole number above 0/);
      expect(synth({ 'cdk-lambda-kit:evaluationDate': 'someday' })).toThrow(/cdk-lambda-kit:evaluationDate must be an ISO date/);
      // As `cdk synth -c` passes them: strings.
      expect(synth({ 'cdk-lambda-kit:accountMaxMemoryMb': '2048', 'cdk-lambda-kit:accountConcurrencyLimit': '1' })).not.toThrow();
      expect(synth({ 'cdk-lambda-kit:accountMaxMemoryMb': '2047' })).toThrow(/LambdaKit.Function.MemorySize/);
    });
  });

  test("an app's LambdaLimits does not reach into a nested Stage (aws-cdk-lib synthesizes it apart): the Stage's own does", () => {
    for (const onStage of [false, true]) {
      const app = new App({ context: { 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false });
      const stage = new Stage(app, 'Prod');
      cfnFunction(new Stack(stage, 'Service'), 'Fn', { memorySize: 1 });
      Aspects.of(app).add(new LambdaLimits());
      if (onStage) Aspects.of(stage).add(new LambdaLimits());
      expect({ onStage, errors: errorRuleIds(app) }).toEqual({ onStage, errors: onStage ? ['LambdaKit.Function.MemorySize'] : [] });
    }
  });

  test('refuses an unknown rule id and an invalid evaluation date', () => {
    expect(() => new LambdaLimits({ skipRules: ['LambdaKit.No.Such'] })).toThrow(/skipRules must be rule ids listed in RULES.md, got: \["LambdaKit.No.Such"\]/);
    expect(() => new LambdaLimits({ evaluationDate: 'yesterday' })).toThrow(/evaluationDate must be an ISO date/);
    expect(() => new LambdaLimits({ skipRules: ['LambdaKit.Function.MemorySize'], evaluationDate: '2026-11-22' })).not.toThrow();
  });

  test('takes an account quota of 1 and refuses 0 and 1.5', () => {
    expect(() => new LambdaLimits({ accountConcurrencyLimit: 1, accountMaxMemoryMb: 1 })).not.toThrow();
    expect(() => new LambdaLimits({ accountConcurrencyLimit: 0 })).toThrow(/accountConcurrencyLimit must be a whole number above 0 .+, got: 0\./);
    expect(() => new LambdaLimits({ accountMaxMemoryMb: 1.5 })).toThrow(/accountMaxMemoryMb must be a whole number above 0 .+, got: 1\.5\./);
  });

  test('refuses a quota or date given as a token, shown as the token, as it is known only at deployment', () => {
    const parameters = new Stack();
    const quota = new CfnParameter(parameters, 'Quota', { type: 'Number' }).valueAsNumber;
    const date = new CfnParameter(parameters, 'Day').valueAsString;
    expect(() => new LambdaLimits({ accountConcurrencyLimit: quota, evaluationDate: date })).toThrow(new RegExp(
      '^LambdaLimits: accountConcurrencyLimit must be a whole number above 0 .+, known at synth \\(a token is resolved only at deployment\\), '
      + "got: '\\$\\{Token\\[[^\\]]+\\]\\}'\\. .+ evaluationDate must be an ISO date .+, known at synth .+, got: '\\$\\{Token\\["));
  });

  test('names every unusable option at once', () => {
    expect(() => new LambdaLimits({ skipRules: ['LambdaKit.No.Such'], accountConcurrencyLimit: 0, evaluationDate: 'yesterday' })).toThrow(
      /^LambdaLimits: skipRules must be .+ got: \["LambdaKit.No.Such"\]\. .+ accountConcurrencyLimit must be .+, got: 0\. .+ evaluationDate must be .+, got: 'yesterday'\./);
  });

  test('reads the account quotas from context', () => {
    const app = new App({ context: { 'cdk-lambda-kit:accountMaxMemoryMb': 3008, 'cdk-lambda-kit:evaluationDate': '2026-11-22' }, builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'Stack');
    cfnFunction(stack, 'Fn', { memorySize: 4096 });
    Aspects.of(app).add(new LambdaLimits());
    expect(errorRuleIds(app)).toEqual(['LambdaKit.Function.MemorySize']);
  });

  test('validates only the resources under its scope', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    const checked = new Stack(app, 'Checked');
    const unchecked = new Stack(app, 'Unchecked');
    cfnFunction(unchecked, 'Fn', { memorySize: 1 });
    Aspects.of(checked).add(new LambdaLimits());
    expect(synthErrors(app)).toEqual([]);
  });

  describe('each synthesis is checked afresh (app.synth({ force: true }), assertions synthesizing again)', () => {
    test('a violation introduced after a clean synth fails the next one', () => {
      const { app, stack } = limitsApp();
      const fn = cfnFunction(stack, 'Fn', { memorySize: 128 });
      expect(synthErrors(app)).toEqual([]);
      fn.memorySize = 99_999;
      expect(errorRuleIds(app, true)).toEqual(['LambdaKit.Function.MemorySize']);
    });

    test('a violation fixed after a failed synth is gone from the next one, and a function added since is checked', () => {
      const { app, stack } = limitsApp();
      const fn = cfnFunction(stack, 'Fn', { memorySize: 99_999 });
      expect(errorRuleIds(app)).toEqual(['LambdaKit.Function.MemorySize']);
      fn.memorySize = 128;
      cfnFunction(stack, 'Added', { timeout: 0 });
      const errors = synthErrors(app, true);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('[LambdaKit.Function.Timeout] Stack/Added:');
    });
  });
});
