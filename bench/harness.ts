/**
 * What the benchmarks share: each measurement runs in a fresh Node child process (no module cache, JIT state or
 * garbage shared between variants), synthesizes a small warm-up app first, then builds and synthesizes the measured
 * app and reports wall time, CPU time (user + system) and peak RSS.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import * as cxapi from 'aws-cdk-lib/cx-api';
import { ENTRY_FILE, packageEntry } from '../scripts/package-entry';
import { transpileTree } from '../scripts/transpile';

/** One child's measurement of building and synthesizing an app. */
export interface SynthMeasurement {
  /** Wall time of the constructors. */
  readonly buildMs: number;
  /** Wall time of `app.synth()`. */
  readonly synthMs: number;
  readonly totalMs: number;
  /** CPU time (user + system) of build + synth: less sensitive than wall time to other jobs on a shared machine. */
  readonly cpuMs: number;
  /** Peak resident set size of the child process, warm-up and module loading included. */
  readonly maxRssMb: number;
  /** Resident set size when the measured build started (after the warm-up): what the peak adds to. */
  readonly startRssMb: number;
  /**
   * Wall time from the process's start to the end of the synth: Node's start-up, module loading, the warm-up (if
   * any), build and synth. Without a warm-up, this is what `cdk synth` waits for while it runs the app.
   */
  readonly processMs: number;
  /** CPU time (user + system) of the whole process up to the end of the synth. */
  readonly processCpuMs: number;
}

/**
 * An app that writes its cloud assembly to a fresh temporary folder (or, run by the CDK CLI, where the CLI says), with
 * AWS's built-in template validator off.
 */
export function benchApp(prefix: string): App {
  return new App({ builtinCloudFormationValidation: false, outdir: process.env.CDK_OUTDIR ?? fs.mkdtempSync(`${os.tmpdir()}/${prefix}-`) });
}

/**
 * Synthesizes `warmUp()` (loads the modules and warms the JIT) unless it is undefined, then times `build()` and its
 * synth. `inspect` sees the measured assembly after the clock and the peak RSS are read; the assembly is deleted
 * afterwards.
 */
export function measureSynth<T = undefined>(
  warmUp: (() => App) | undefined, build: () => App, inspect?: (assembly: cxapi.CloudAssembly) => T,
): SynthMeasurement & { readonly inspected?: T } {
  if (warmUp) fs.rmSync(warmUp().synth().directory, { recursive: true, force: true });
  const startRssMb = process.memoryUsage.rss() / 2 ** 20;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const app = build();
  const built = process.hrtime.bigint();
  const assembly = app.synth();
  const done = process.hrtime.bigint();
  const cpu = process.cpuUsage(cpuStart);
  const processMs = process.uptime() * 1000;
  const processCpu = process.cpuUsage();
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const inspected = inspect?.(assembly);
  fs.rmSync(assembly.directory, { recursive: true, force: true });
  return {
    buildMs: Number(built - start) / 1e6,
    synthMs: Number(done - built) / 1e6,
    totalMs: Number(done - start) / 1e6,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb,
    startRssMb,
    processMs,
    processCpuMs: (processCpu.user + processCpu.system) / 1000,
    inspected,
  };
}

/**
 * Runs `script --child ...args` in a fresh Node process and parses the JSON it prints last on stdout. A `.ts` script
 * runs under the same ts-node loader as this process; a `.js` one runs under plain Node. `nodeArgs` go to Node.
 */
export function runChild<T>(script: string, args: string[], nodeArgs: string[] = []): T {
  const loader = script.endsWith('.ts') ? process.execArgv : [];
  const output = execFileSync(process.execPath, [...nodeArgs, ...loader, script, '--child', ...args], {
    encoding: 'utf-8', maxBuffer: 64 * 2 ** 20, stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output.trim().split('\n').pop()!) as T;
}

const PROJECT_ROOT = path.resolve(__dirname, '..');

/**
 * Transpiles lib/, bench/ and scripts/ to JavaScript under .bench/js, so that children can run as a library user's app does:
 * compiled code, without ts-node's source-map support rewriting every stack trace aws-cdk-lib captures. The compiled
 * library gets the package's entry point (scripts/package-entry.ts) and a package.json naming it, so that the
 * benchmarks' `require('../lib')` loads what `require('cdk-lambda-kit')` loads from the published package. Returns the
 * compiled path of `script`.
 */
export function compileForNode(script: string): string {
  const outDir = path.join(PROJECT_ROOT, '.bench', 'js');
  fs.rmSync(outDir, { recursive: true, force: true });
  transpileTree(['lib', 'bench', 'scripts'], outDir);
  packageEntry(path.join(outDir, 'lib'));
  fs.writeFileSync(path.join(outDir, 'lib', 'package.json'), JSON.stringify({ main: ENTRY_FILE }));
  return path.join(outDir, path.relative(PROJECT_ROOT, script)).replace(/\.ts$/, '.js');
}

export function median(values: number[]): number {
  return quantile(values, 0.5);
}

/** The `q` quantile of `values` (0.25: first quartile), interpolated between the two nearest ranks. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** The variants in the order of repetition `r`: alternating, so that drifts of the machine's load hit each alike. */
export function variantOrder<T>(r: number, variants: readonly [T, T]): readonly [T, T] {
  return r % 2 ? [variants[1], variants[0]] : variants;
}

/** `median (quartiles q1–q3)` of ratios, as the benchmarks report them. */
export function describeRatios(ratios: number[]): string {
  return `${median(ratios).toFixed(3)} (quartiles ${quantile(ratios, 0.25).toFixed(3)}–${quantile(ratios, 0.75).toFixed(3)})`;
}

export function machineDescription(): string {
  return `${os.cpus().length} x ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function loadAverage(): string {
  return os.loadavg().map(l => l.toFixed(1)).join(' ');
}

/** Runs `main`, printing a crash and exiting non-zero: a benchmark fails only when a synth crashes. */
export function runMain(main: () => void): void {
  try {
    main();
  } catch (e) {
    console.error(e);
    process.exit(1);
  }
}
