/**
 * LambdaLimits overhead: synth time of an app with N functions, with and without the aspect.
 *
 *   npm run bench:limits                 # N = 200, 5 repetitions of each variant
 *   npm run bench:limits -- 400 7        # N = 400, 7 repetitions
 *   npm run bench:limits -- 200 5 --ts-node   # children under ts-node instead of compiled
 *   npm run bench:limits -- 200 25 --cold     # no warm-up: each child runs like the app `cdk synth` starts
 *   npm run bench:limits -- 200 12 --interleaved   # one process alternating the variants: the finest comparison
 *   npm run bench:limits -- 200 25 --cold --no-versions   # functions without a version or alias (see below)
 *   npm run bench:limits -- 200 15 --cdk-synth   # the whole `cdk synth` command: the CLI, the app's process, the assembly
 *   npm run bench:limits -- 200 25 --cold --no-code-cache   # a project's first synth: the library compiled from scratch
 *   npm run bench:limits -- 200 2 --instructions   # instructions executed, counted by valgrind: the same from run to run
 *
 * Each measurement runs in a fresh Node process (no module cache, JIT state or garbage shared between variants), as
 * compiled JavaScript (bench/harness.ts `compileForNode`: the library as its users run it, without ts-node's
 * source-map support rewriting every stack trace aws-cdk-lib captures); the variants alternate (with, without, with,
 * ...) so that load from other processes on the machine hits both alike. Inside a child, a small warm-up app is
 * synthesized first, then the N-function app is built and synthesized and the two phases are timed. With `--cold`
 * there is no warm-up: the child starts, loads the modules, builds and synthesizes the app once, as the process
 * `cdk synth` runs does, and the whole process is timed too (LambdaLimits' modules are loaded only in the variant
 * that uses them). The app is bench/limits-app.ts: 9 resources per function, 40 functions per stack. Each finding
 * reported would add a warning, whose stack trace aws-cdk-lib captures (~0.1 ms); the app has none.
 * AWS's built-in CloudFormation validator is switched off in both variants so that only LambdaLimits differs.
 * LambdaLimits' rendering of each stack is shared with synthesis, and in it each function is rendered once where
 * aws-cdk-lib's rendering renders it again for every hash of a version's logical id; `--no-versions` leaves out the
 * versions and aliases (two resources fewer per function), so that this saving is absent and the checking's own cost
 * shows.
 *
 * The library's entry point loads its code with V8's code cache (lib/private/code-cache.ts), which the first process to
 * load it writes when it exits and every later one reads. One untimed child of the "with" variant runs first, so that
 * the measurements see what every synth of a project after its first sees; `--no-code-cache` turns the cache off
 * (NODE_DISABLE_COMPILE_CACHE, inherited by the children) to measure that first synth.
 *
 * `--cdk-synth` times the command users run, `cdk synth --quiet` (this project's aws-cdk CLI, from a folder without a
 * cdk.json), whose app is the same one, built and synthesized cold in the process the CLI starts, writing where the CLI
 * says: the CLI's own start-up and its reading of the assembly count in both variants.
 *
 * It is a measurement, not a test: it exits non-zero only when a synth crashes.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildLimitsApp as buildApp } from './limits-app';
import {
  compileForNode, describeRatios, loadAverage, machineDescription, measureSynth, median, runChild, runMain, SynthMeasurement, variantOrder,
} from './harness';

interface ChildResult extends SynthMeasurement {
  readonly variant: 'with' | 'without';
}

/**
 * Both variants in this one process, alternating `repetitions` times after one synth of each: the same JIT state, heap
 * and machine moment for both, so what differs is LambdaLimits' work (warm: the first synth of a process costs more).
 */
function interleaved(functions: number, repetitions: number, versions: boolean): Record<'with' | 'without', number[]> {
  const synthMs: Record<'with' | 'without', number[]> = { with: [], without: [] };
  for (let r = 0; r <= repetitions; r++) {
    for (const variant of variantOrder(r, ['with', 'without'] as const)) {
      const app = buildApp(functions, variant === 'with', versions);
      const start = process.hrtime.bigint();
      const assembly = app.synth();
      if (r > 0) synthMs[variant].push(Number(process.hrtime.bigint() - start) / 1e6);
      fs.rmSync(assembly.directory, { recursive: true, force: true });
    }
  }
  return synthMs;
}

/**
 * `cdk synth --quiet` of the app with and without LambdaLimits, `repetitions` alternating pairs: wall time of the whole
 * command, as a user waits for it.
 */
function cdkSynth(script: string, functions: number, repetitions: number, versionArgs: string[]): void {
  const cli = require.resolve('aws-cdk/bin/cdk');
  // No cdk.json here: the project's own (the blueprints' app and context) must not reach the measured app.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'limits-cdk-synth-'));
  console.log(`LambdaLimits overhead on \`cdk synth --quiet\`: ${functions} functions, ${repetitions} alternating repetitions per variant`
    + `${versionArgs.length ? ', functions without versions or aliases' : ''}`);
  console.log(`machine: ${machineDescription()}, load ${loadAverage()}`);
  const wallMs: Record<'with' | 'without', number[]> = { with: [], without: [] };
  for (let r = 0; r < repetitions; r++) {
    for (const variant of variantOrder(r, ['with', 'without'] as const)) {
      // Unquoted: the CLI takes quotes off the command's words itself (this project's paths have no spaces).
      const app = [process.execPath, script, '--child', 'cdk-app', variant, String(functions), ...versionArgs].join(' ');
      const start = process.hrtime.bigint();
      execFileSync(process.execPath, [cli, 'synth', '--quiet', '--no-notices', '--app', app, '--output', path.join(folder, 'cdk.out')], {
        cwd: folder, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true' },
      });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      wallMs[variant].push(ms);
      fs.rmSync(path.join(folder, 'cdk.out'), { recursive: true, force: true });
      console.log(`  ${variant.padEnd(7)} cdk synth ${ms.toFixed(0).padStart(6)} ms`);
    }
  }
  fs.rmSync(folder, { recursive: true, force: true });
  const ratios = wallMs.with.map((ms, i) => ms / wallMs.without[i]);
  console.log(`median cdk synth: without ${median(wallMs.without).toFixed(0)} ms, with ${median(wallMs.with).toFixed(0)} ms; `
    + `paired ratio with / without, median of ${repetitions}: ${describeRatios(ratios)}`);
}

/**
 * `--instructions`: the instructions each variant's process executes, counted by valgrind (cachegrind without its cache
 * simulation), instead of its time. V8 runs with `--predictable` (single-threaded: its compilers and garbage collector
 * work on the main thread; and none of its heuristics read the clock, so that other processes on the machine change
 * nothing) and fixed hash and random seeds: a count of a given process repeats to within ~0.01 %, where this shared
 * machine's wall times move by 5-20 %. (`--single-threaded` alone, used until session 7, let the garbage collector's
 * timing-based heuristics move a count by up to 0.7 % when the machine was busy.) Instructions are not time (a cache miss
 * costs more than an add), and everything the second core would take off the main thread counts here: it is a measure
 * of work. The part of it spent in V8's optimizing compiler (TurboFan: the functions of `v8::internal::compiler`; the
 * allocation and copying they call count in the rest), which in a normal run compiles on a background thread while the
 * main thread goes on, is reported apart, and the ratio of the rest. A run takes ~45 s under valgrind. With the code
 * cache on, one untimed child writes it first for V8's flags under valgrind (they differ from the timed modes').
 */
function instructions(script: string, functions: number, repetitions: number, versionArgs: string[], codeCache: boolean): void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'limits-instructions-'));
  const count = (variant: 'with' | 'without'): InstructionCount => {
    const outFile = path.join(folder, `${variant}.cachegrind`);
    fs.rmSync(outFile, { force: true });
    const run = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', `--cachegrind-out-file=${outFile}`,
      process.execPath, '--predictable', '--hash-seed=1', '--random-seed=1', script, '--child', variant, String(functions), 'cold', ...versionArgs],
    { encoding: 'utf-8' });
    if (run.error || run.status !== 0 || !fs.existsSync(outFile)) {
      throw new Error(`valgrind (Debian's package valgrind) could not count the ${variant} variant: ${run.error?.message ?? run.stderr}`);
    }
    const counted = countInstructions(fs.readFileSync(outFile, 'utf-8'));
    const refs = /I\s+refs:\s+([\d,]+)/.exec(run.stderr ?? '')?.[1];
    if (refs === undefined || Number(refs.replace(/,/g, '')) !== counted.total) {
      throw new Error(`The ${variant} variant's cachegrind file sums to ${counted.total} instructions, valgrind reported ${refs}.`);
    }
    return counted;
  };
  console.log(`LambdaLimits overhead in instructions executed (valgrind, V8 --predictable): ${functions} functions, `
    + `${repetitions} alternating repetitions per variant${versionArgs.length ? ', functions without versions or aliases' : ''}`);
  const counts: Record<'with' | 'without', InstructionCount[]> = { with: [], without: [] };
  try {
    if (codeCache) count('with');
    for (let r = 0; r < repetitions; r++) {
      for (const variant of variantOrder(r, ['with', 'without'] as const)) {
        const { total, optimizingCompiler } = count(variant);
        counts[variant].push({ total, optimizingCompiler });
        console.log(`  ${variant.padEnd(7)} ${millions(total).padStart(9)} million instructions, of which ${millions(optimizingCompiler)} million in `
          + 'the optimizing compiler');
      }
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  const ratios = (part: (n: InstructionCount) => number) =>
    counts.with.map((n, i) => (part(n) / part(counts.without[i])).toFixed(4)).join(', ');
  const medianOf = (variant: 'with' | 'without', part: (n: InstructionCount) => number) => millions(median(counts[variant].map(part)));
  console.log(`median: without ${medianOf('without', n => n.total)} million, with ${medianOf('with', n => n.total)} million; `
    + `paired ratios with / without: ${ratios(n => n.total)}`);
  console.log(`without the optimizing compiler's own functions: without ${medianOf('without', withoutCompiler)} million, with ${medianOf('with', withoutCompiler)} `
    + `million; paired ratios: ${ratios(withoutCompiler)}`);
}

/** Instructions of one process: all of them, and those of V8's optimizing compiler. */
interface InstructionCount {
  readonly total: number;
  readonly optimizingCompiler: number;
}

const withoutCompiler = (n: InstructionCount) => n.total - n.optimizingCompiler;
const millions = (n: number) => (n / 1e6).toFixed(1);

/**
 * Sums a cachegrind output file: each `fn=` line names a function, each line of numbers after it gives a source line
 * and the instructions executed there. TurboFan's functions are those of `v8::internal::compiler`.
 */
function countInstructions(cachegrindOutput: string): InstructionCount {
  let total = 0;
  let optimizingCompiler = 0;
  let inCompiler = false;
  for (const line of cachegrindOutput.split('\n')) {
    if (line.startsWith('fn=')) {
      inCompiler = line.includes('v8::internal::compiler::');
    } else if (/^\d/.test(line)) {
      const instructionsOnLine = Number(line.split(' ')[1]);
      total += instructionsOnLine;
      if (inCompiler) optimizingCompiler += instructionsOnLine;
    }
  }
  return { total, optimizingCompiler };
}

/** One measurement, in this (fresh) process. */
function child(variant: 'with' | 'without', functions: number, cold: boolean, versions: boolean): ChildResult {
  const withLimits = variant === 'with';
  return { variant, ...measureSynth(cold ? undefined : () => buildApp(5, withLimits, versions), () => buildApp(functions, withLimits, versions)) };
}

function main(): void {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === '--child') {
    const versions = !args.includes('no-versions');
    if (args[0] === 'cdk-app') {
      // Run by the CLI, which reads the assembly from the folder it gives in CDK_OUTDIR (benchApp honours it).
      buildApp(Number(args[2]), args[1] === 'with', versions).synth();
      return;
    }
    process.stdout.write(JSON.stringify(args[0] === 'interleaved'
      ? interleaved(Number(args[1]), Number(args[2]), versions)
      : child(args[0] as 'with' | 'without', Number(args[1]), args[2] === 'cold', versions)));
    return;
  }
  const options = process.argv.slice(2);
  const numbers = options.filter(option => !option.startsWith('--'));
  const functions = Number(numbers[0] ?? 200);
  const repetitions = Number(numbers[1] ?? 5);
  const modes = ['--cold', '--interleaved', '--cdk-synth', '--instructions'];
  const unknown = options.filter(option => option.startsWith('--') && ![...modes, '--no-versions', '--no-code-cache', '--ts-node'].includes(option));
  const positive = (n: number) => Number.isInteger(n) && n >= 1;
  const exclusive = modes.filter(m => options.includes(m)).length > 1
    || (['--cdk-synth', '--instructions'].some(m => options.includes(m)) && options.includes('--ts-node'));
  if (!positive(functions) || !positive(repetitions) || numbers.length > 2 || unknown.length > 0 || exclusive) {
    throw new Error('Usage: npm run bench:limits -- [functions, default 200] [repetitions, default 5] '
      + '[--cold | --interleaved | --cdk-synth | --instructions] [--no-versions] [--no-code-cache] [--ts-node, not with --cdk-synth or --instructions]; '
      + `got: ${options.join(' ')}`);
  }
  const compiled = !options.includes('--ts-node');
  const cold = options.includes('--cold');
  const versionArgs = options.includes('--no-versions') ? ['no-versions'] : [];
  const script = compiled ? compileForNode(__filename) : __filename;
  const codeCache = compiled && !options.includes('--no-code-cache');
  if (!codeCache) {
    process.env.NODE_DISABLE_COMPILE_CACHE = '1';
  } else if (!options.includes('--instructions')) {
    // (--instructions writes its own: V8's flags differ under valgrind.)
    runChild(script, ['with', String(functions), 'cold', ...versionArgs]);
  }
  console.log(`library code cache: ${codeCache ? 'written by an untimed first child, read by every measured one' : 'off'}`);
  if (options.includes('--cdk-synth')) {
    cdkSynth(script, functions, repetitions, versionArgs);
    return;
  }
  if (options.includes('--instructions')) {
    instructions(script, functions, repetitions, versionArgs, codeCache);
    return;
  }
  if (options.includes('--interleaved')) {
    const synthMs = runChild<Record<'with' | 'without', number[]>>(script, ['interleaved', String(functions), String(repetitions), ...versionArgs]);
    const ratios = synthMs.with.map((ms, i) => ms / synthMs.without[i]);
    console.log(`LambdaLimits overhead, one process alternating the variants ${repetitions} times, ${functions} functions: `
      + `app.synth() median ${median(synthMs.with).toFixed(0)} ms with, ${median(synthMs.without).toFixed(0)} ms without `
      + `(minimum ${Math.min(...synthMs.with).toFixed(0)} / ${Math.min(...synthMs.without).toFixed(0)}); `
      + `paired ratio ${describeRatios(ratios)}`);
    return;
  }
  const results: ChildResult[] = [];
  console.log(`LambdaLimits overhead: ${functions} functions, ${repetitions} alternating repetitions per variant, fresh process each, `
    + `children: ${compiled ? 'compiled JavaScript, plain Node' : 'ts-node --transpile-only'}, ${cold ? 'cold (no warm-up)' : 'after a warm-up app'}`
    + `${versionArgs.length ? ', functions without versions or aliases' : ''}`);
  console.log(`machine: ${machineDescription()}, load ${loadAverage()}`);
  for (let r = 0; r < repetitions; r++) {
    for (const variant of variantOrder(r, ['with', 'without'] as const)) {
      const result = runChild<ChildResult>(script, [variant, String(functions), cold ? 'cold' : 'warm', ...versionArgs]);
      results.push(result);
      console.log(`  ${variant.padEnd(7)} build ${result.buildMs.toFixed(0).padStart(6)} ms  synth ${result.synthMs.toFixed(0).padStart(6)} ms  `
        + `total ${result.totalMs.toFixed(0).padStart(6)} ms  cpu ${result.cpuMs.toFixed(0).padStart(6)} ms  peak RSS ${result.maxRssMb.toFixed(0)} MB  `
        + `process ${result.processMs.toFixed(0).padStart(6)} ms`);
    }
  }
  const of = (variant: string) => results.filter(r => r.variant === variant);
  const summary = (variant: string) => ({
    total: median(of(variant).map(r => r.totalMs)),
    synth: median(of(variant).map(r => r.synthMs)),
    cpu: median(of(variant).map(r => r.cpuMs)),
    rss: Math.max(...of(variant).map(r => r.maxRssMb)),
  });
  const withLimits = summary('with');
  const without = summary('without');
  console.log(`median build+synth: without ${without.total.toFixed(0)} ms, with ${withLimits.total.toFixed(0)} ms, `
    + `ratio ${(withLimits.total / without.total).toFixed(3)} (${((withLimits.total / without.total - 1) * 100).toFixed(1)}% overhead)`);
  console.log(`median app.synth() alone: without ${without.synth.toFixed(0)} ms, with ${withLimits.synth.toFixed(0)} ms, `
    + `ratio ${(withLimits.synth / without.synth).toFixed(3)}`);
  console.log(`median CPU time of build+synth: without ${without.cpu.toFixed(0)} ms, with ${withLimits.cpu.toFixed(0)} ms, `
    + `ratio ${(withLimits.cpu / without.cpu).toFixed(3)}`);
  console.log(`peak RSS: without ${without.rss.toFixed(0)} MB, with ${withLimits.rss.toFixed(0)} MB`);
  // Each repetition ran the two variants back to back: their ratio cancels the drifts of a shared machine's load that
  // move both alike, so the paired ratios are the verdict; their quartiles show how far the noise reaches.
  const pairs = Array.from({ length: repetitions }, (_, r) => results.slice(2 * r, 2 * r + 2));
  const paired = (measure: (result: ChildResult) => number) => {
    return describeRatios(pairs.map(pair => measure(pair.find(p => p.variant === 'with')!) / measure(pair.find(p => p.variant === 'without')!)));
  };
  console.log(`paired ratios with / without, median of ${repetitions}: build+synth ${paired(r => r.totalMs)}, `
    + `app.synth() ${paired(r => r.synthMs)}, CPU ${paired(r => r.cpuMs)}`);
  if (cold) {
    console.log(`paired ratios of the whole process (start-up, modules, build, synth: the app's run under cdk synth): `
      + `wall ${paired(r => r.processMs)}, CPU ${paired(r => r.processCpuMs)}`);
  }
}

runMain(main);
