/**
 * Synth cost of ServerlessFunction against the same resources written by hand, and of LambdaLimits on and off.
 *
 *   npm run bench                                   # sizes 50,100,200,500; 5 repetitions (about 5 minutes)
 *   npm run bench -- --sizes 50,200 --reps 3
 *   npm run bench -- --ts-node                      # children under ts-node instead of compiled (about 3x slower)
 *   npm run bench -- --profile kit:200              # one child under `node --cpu-prof`, then where the time goes
 *
 * Variants (bench/synth-apps.ts): `kit` (ServerlessFunction as users get it, LambdaLimits included), `kit-no-limits`
 * (its LambdaLimits aspect removed) and `hand` (aws-cdk-lib L2s, and the library's `CustomerManagedKey` for the alarm
 * topic's key, creating the same resources). Every function has a
 * canary deployment, an SQS event source, on-success and on-failure destinations and a function URL; code is inline,
 * so nothing is bundled. Each measurement is a fresh Node process that synthesizes a 2-function warm-up app first
 * (bench/harness.ts); the variants rotate within each size and repetition so that load from other jobs hits all alike;
 * medians are reported. Children run lib/ and bench/ as users run the library: compiled to JavaScript (transpiled to
 * .bench/js) under plain Node. `--ts-node` runs them under ts-node instead, like this script: its source-map support
 * then rewrites every stack trace aws-cdk-lib captures (one per L1 resource, one per acknowledgement), which costs
 * a tenth to a fifth of synth time and more for code written in TypeScript. Each child also counts the resource types of its assembly, and the run fails if the variants
 * do not create the same resources per function.
 *
 * It is a measurement, not a test: it exits non-zero only when a synth crashes or the variants' resources differ.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { compileForNode, loadAverage, machineDescription, measureSynth, median, runChild, runMain, SynthMeasurement } from './harness';
import { summarizeProfile } from './profile-summary';
import { buildSynthApp, FUNCTIONS_PER_STACK, resourceTypesPerFunction, SYNTH_VARIANTS, SynthVariant } from './synth-apps';

const DEFAULT_SIZES = [50, 100, 200, 500];
const DEFAULT_REPETITIONS = 5;
const WARM_UP_FUNCTIONS = 2;
const PROFILE_DIR = path.join(__dirname, '..', '.bench', 'profiles');

/** Targets of issue 7. */
const TARGET_KIT_OVER_HAND = 1.10;
const TARGET_LIMITS_OVERHEAD = 1.05;
/** Per-function CPU time at the largest size over that at the smallest: above this, cost grows faster than linearly. */
const TARGET_LINEARITY = 1.20;

interface ChildResult extends SynthMeasurement {
  readonly variant: SynthVariant;
  readonly functions: number;
  readonly resourceTypes: Record<string, number>;
}

function child(variant: SynthVariant, functions: number): ChildResult {
  const { inspected, ...measurement } = measureSynth(
    () => buildSynthApp(variant, WARM_UP_FUNCTIONS),
    () => buildSynthApp(variant, functions),
    assembly => resourceTypesPerFunction(assembly, functions),
  );
  return { variant, functions, ...measurement, resourceTypes: inspected! };
}

interface Options {
  readonly sizes: number[];
  readonly repetitions: number;
  /** Run the children as compiled JavaScript under plain Node (else under ts-node). */
  readonly compiled: boolean;
  readonly profile?: { variant: SynthVariant; functions: number };
}

function parseOptions(args: string[]): Options {
  const value = (flag: string) => {
    const index = args.indexOf(flag);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const sizes = (value('--sizes') ?? DEFAULT_SIZES.join(',')).split(',').map(Number);
  const repetitions = Number(value('--reps') ?? DEFAULT_REPETITIONS);
  if (sizes.some(size => !Number.isInteger(size) || size < 1) || !Number.isInteger(repetitions) || repetitions < 1) {
    throw new Error(`Usage: npm run bench -- [--sizes 50,100,200,500] [--reps 5] [--ts-node] [--profile kit:200]; got: ${args.join(' ')}`);
  }
  const compiled = !args.includes('--ts-node');
  const profile = value('--profile');
  if (profile === undefined) return { sizes, repetitions, compiled };
  const [variant, functions] = profile.split(':');
  if (!SYNTH_VARIANTS.includes(variant as SynthVariant) || !(Number(functions) > 0)) {
    throw new Error(`--profile takes <${SYNTH_VARIANTS.join('|')}>:<functions>, got: ${profile}`);
  }
  return { sizes, repetitions, compiled, profile: { variant: variant as SynthVariant, functions: Number(functions) } };
}

function gitState(): string {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf-8', cwd: __dirname }).trim();
  try {
    const dirty = git('status', '--porcelain', '--', '../lib').split('\n').filter(Boolean).length;
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ` (+ ${dirty} uncommitted file(s) in lib/)` : ''}`;
  } catch {
    return 'unknown';
  }
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
const mb = (value: number) => `${Math.round(value)} MB`;
const ratio = (a: number, b: number) => (a / b).toFixed(2);

function printLine(result: ChildResult): void {
  console.log(`  ${String(result.functions).padStart(4)} ${result.variant.padEnd(13)} build ${ms(result.buildMs).padStart(9)}  `
    + `synth ${ms(result.synthMs).padStart(9)}  total ${ms(result.totalMs).padStart(9)}  cpu ${ms(result.cpuMs).padStart(9)}  `
    + `peak RSS ${mb(result.maxRssMb)} (+${mb(result.maxRssMb - result.startRssMb)})`);
}

/** Throws when two variants (or two sizes) disagree on the resources per function. */
function checkParity(results: ChildResult[]): Record<string, number> {
  const reference = results[0];
  for (const result of results) {
    const a = JSON.stringify(reference.resourceTypes);
    const b = JSON.stringify(result.resourceTypes);
    if (a !== b) {
      throw new Error(`The variants do not create the same resources per function, so the comparison is not fair:\n`
        + `  ${reference.variant} x ${reference.functions}: ${a}\n  ${result.variant} x ${result.functions}: ${b}`);
    }
  }
  return reference.resourceTypes;
}

interface Summary {
  readonly wall: number;
  readonly cpu: number;
  readonly rss: number;
  readonly addedRss: number;
}

function summarize(results: ChildResult[]): Summary {
  return {
    wall: median(results.map(r => r.totalMs)),
    cpu: median(results.map(r => r.cpuMs)),
    rss: median(results.map(r => r.maxRssMb)),
    addedRss: median(results.map(r => r.maxRssMb - r.startRssMb)),
  };
}

function report(options: Options, results: ChildResult[]): void {
  const summaries = new Map<string, Summary>();
  const of = (variant: SynthVariant, functions: number) => summaries.get(`${variant}:${functions}`)!;
  for (const functions of options.sizes) {
    for (const variant of SYNTH_VARIANTS) {
      summaries.set(`${variant}:${functions}`, summarize(results.filter(r => r.variant === variant && r.functions === functions)));
    }
  }

  console.log('\nMedians (build + synth; peak RSS of the child, and in brackets what the measured app added to the RSS after warm-up):');
  console.log('| functions | variant | wall | CPU | CPU per function | peak RSS |');
  console.log('|---:|---|---:|---:|---:|---:|');
  for (const functions of options.sizes) {
    for (const variant of SYNTH_VARIANTS) {
      const s = of(variant, functions);
      console.log(`| ${functions} | ${variant} | ${ms(s.wall)} | ${ms(s.cpu)} | ${(s.cpu / functions).toFixed(1)} ms | ${mb(s.rss)} (+${mb(s.addedRss)}) |`);
    }
  }

  console.log('\nRatios of medians (wall / CPU / peak RSS / added RSS):');
  console.log('| functions | kit / hand | kit-no-limits / hand | LambdaLimits on / off (kit / kit-no-limits) |');
  console.log('|---:|---|---|---|');
  const ratios = (a: Summary, b: Summary) => `${ratio(a.wall, b.wall)} / ${ratio(a.cpu, b.cpu)} / ${ratio(a.rss, b.rss)} / ${ratio(a.addedRss, b.addedRss)}`;
  for (const functions of options.sizes) {
    const kit = of('kit', functions);
    const noLimits = of('kit-no-limits', functions);
    const hand = of('hand', functions);
    console.log(`| ${functions} | ${ratios(kit, hand)} | ${ratios(noLimits, hand)} | ${ratios(kit, noLimits)} |`);
  }

  const smallest = Math.min(...options.sizes);
  const largest = Math.max(...options.sizes);
  if (smallest !== largest) {
    console.log(`\nLinearity: CPU per function at ${largest} over CPU per function at ${smallest} (1.00 = linear; target <= ${TARGET_LINEARITY.toFixed(2)}):`);
    for (const variant of SYNTH_VARIANTS) {
      const perFunction = (functions: number) => of(variant, functions).cpu / functions;
      console.log(`  ${variant.padEnd(13)} ${perFunction(largest).toFixed(1)} / ${perFunction(smallest).toFixed(1)} ms = ${ratio(perFunction(largest), perFunction(smallest))}`);
    }
  }

  // Both times: under load wall time counts waiting for the CPU; on free cores CPU time counts parallel garbage collection.
  console.log(`\nVerdict at ${largest} functions (memory as added RSS):`);
  const kit = of('kit', largest);
  const noLimits = of('kit-no-limits', largest);
  const hand = of('hand', largest);
  const verdict = (name: string, value: number, target: number) =>
    console.log(`  ${name.padEnd(48)} ${value.toFixed(2)} (target <= ${target.toFixed(2)}): ${value <= target ? 'met' : 'MISSED'}`);
  verdict('ServerlessFunction / hand-written, CPU time', kit.cpu / hand.cpu, TARGET_KIT_OVER_HAND);
  verdict('ServerlessFunction / hand-written, wall time', kit.wall / hand.wall, TARGET_KIT_OVER_HAND);
  verdict('ServerlessFunction / hand-written, memory', kit.addedRss / hand.addedRss, TARGET_KIT_OVER_HAND);
  verdict('without LambdaLimits / hand-written, CPU time', noLimits.cpu / hand.cpu, TARGET_KIT_OVER_HAND);
  verdict('without LambdaLimits / hand-written, wall time', noLimits.wall / hand.wall, TARGET_KIT_OVER_HAND);
  verdict('without LambdaLimits / hand-written, memory', noLimits.addedRss / hand.addedRss, TARGET_KIT_OVER_HAND);
  verdict('LambdaLimits on / off, CPU time', kit.cpu / noLimits.cpu, TARGET_LIMITS_OVERHEAD);
  verdict('LambdaLimits on / off, wall time', kit.wall / noLimits.wall, TARGET_LIMITS_OVERHEAD);
}

function runProfile(script: string, variant: SynthVariant, functions: number): void {
  fs.mkdirSync(PROFILE_DIR, { recursive: true });
  const before = new Set(fs.readdirSync(PROFILE_DIR));
  const result = runChild<ChildResult>(script, [variant, String(functions)], ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`]);
  printLine(result);
  const written = fs.readdirSync(PROFILE_DIR).filter(file => !before.has(file) && file.endsWith('.cpuprofile'));
  for (const file of written) {
    console.log(`\nProfile ${path.join(PROFILE_DIR, file)}:`);
    console.log(summarizeProfile(path.join(PROFILE_DIR, file)));
  }
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    process.stdout.write(JSON.stringify(child(args[1] as SynthVariant, Number(args[2]))));
    return;
  }
  const options = parseOptions(args);
  console.log(`machine: ${machineDescription()}, load ${loadAverage()}, commit ${gitState()}, `
    + `children: ${options.compiled ? 'compiled JavaScript, plain Node' : 'ts-node --transpile-only'}`);
  const script = options.compiled ? compileForNode(__filename) : __filename;
  if (options.profile) {
    runProfile(script, options.profile.variant, options.profile.functions);
    return;
  }
  console.log(`Synth benchmark: sizes ${options.sizes.join(', ')} functions (${FUNCTIONS_PER_STACK} per stack), `
    + `${options.repetitions} repetition(s) per variant and size, fresh process each, variants rotating`);
  const results: ChildResult[] = [];
  const started = Date.now();
  for (let r = 0; r < options.repetitions; r++) {
    options.sizes.forEach((functions, s) => {
      const shift = (r + s) % SYNTH_VARIANTS.length;
      for (const variant of [...SYNTH_VARIANTS.slice(shift), ...SYNTH_VARIANTS.slice(0, shift)]) {
        const result = runChild<ChildResult>(script, [variant, String(functions)]);
        results.push(result);
        printLine(result);
      }
    });
  }
  const resourceTypes = checkParity(results);
  const total = Object.values(resourceTypes).reduce((sum, n) => sum + n, 0);
  console.log(`\nResources per function, identical in every variant and size (${total}): `
    + Object.entries(resourceTypes).map(([type, n]) => `${type.replace(/^AWS::/, '')} ${n}`).join(', '));
  report(options, results);
  console.log(`\nrun took ${((Date.now() - started) / 60000).toFixed(1)} min; load now ${loadAverage()}`);
}

runMain(main);
