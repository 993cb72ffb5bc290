/**
 * Where the time of a `node --cpu-prof` profile goes: the functions with the most inclusive time (each sample counted
 * once per function on its stack, so recursion is not counted twice), and the same per source file of this
 * project's lib/ and per aws-cdk-lib module. Only samples under `measureSynth` (bench/harness.ts) count, so module
 * loading and transpilation are left out; `--below <function>` lists what the time of one function is spent on.
 *
 *   npx ts-node -P tsconfig.dev.json --transpile-only bench/profile-summary.ts .bench/profiles/<file>.cpuprofile \
 *     [--below createProgressiveDeployment]
 */
import * as fs from 'fs';
import * as path from 'path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: number[];
}

interface CpuProfile {
  readonly nodes: ProfileNode[];
  readonly samples: number[];
  readonly timeDeltas: number[];
}

const PROJECT_ROOT = path.resolve(__dirname, '..');

/** A file of this project relative to its root; compiled copies (.bench/js, the `--compiled` mode) as their source. */
function projectFile(file: string): string {
  return file.startsWith(PROJECT_ROOT) ? path.relative(PROJECT_ROOT, file).replace(/^\.bench\/js\//, '') : file;
}

/** The samples counted: those under the benchmark's measurement. */
const MEASURED = 'measureSynth';

/** A file as a short name: `lib/...` of this project, `aws-cdk-lib/...` of aws-cdk-lib, else the package or file. */
function shortFile(url: string): string {
  const file = url.replace(/^file:\/\//, '');
  const cdk = /node_modules\/(aws-cdk-lib\/.*)$/.exec(file);
  if (cdk) return cdk[1];
  return projectFile(file);
}

/** A file as a group: `lib/...` of this project, `aws-cdk-lib/<module>` of aws-cdk-lib, else the package or file. */
function fileGroup(url: string): string {
  if (!url) return '(native)';
  const file = url.replace(/^file:\/\//, '');
  const cdk = /node_modules\/aws-cdk-lib\/([^/]+)\//.exec(file);
  if (cdk) return `aws-cdk-lib/${cdk[1]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
  if (pkg) return pkg[1];
  return projectFile(file);
}

/**
 * Inclusive time per key, over the samples whose stack passes through a function named `below`, counting only the
 * frames under it.
 */
function inclusiveTimes(profile: CpuProfile, keyOf: (node: ProfileNode) => string, below: string): Map<string, number> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) node.children?.forEach(childId => parent.set(childId, node.id));
  const byId = new Map(profile.nodes.map(node => [node.id, node]));
  const times = new Map<string, number>();
  profile.samples.forEach((sample, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const stack: ProfileNode[] = [];
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) stack.push(byId.get(id)!);
    const measured = stack.findIndex(node => node.callFrame.functionName === below);
    if (measured < 0) return;
    const seen = new Set<string>();
    for (const node of stack.slice(0, measured + 1)) {
      const key = keyOf(node);
      if (seen.has(key)) continue;
      seen.add(key);
      times.set(key, (times.get(key) ?? 0) + dt);
    }
  });
  return times;
}

function top(times: Map<string, number>, count: number, filter: (key: string) => boolean = () => true): string[] {
  return [...times.entries()]
    .filter(([key]) => filter(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, us]) => `  ${(us / 1000).toFixed(0).padStart(7)} ms  ${key}`);
}

export function summarizeProfile(file: string, below = MEASURED, count = 40): string {
  const profile = JSON.parse(fs.readFileSync(file, 'utf-8')) as CpuProfile;
  const frame = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anonymous)'} ${shortFile(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
  const functions = inclusiveTimes(profile, frame, below);
  const files = inclusiveTimes(profile, node => fileGroup(node.callFrame.url), below);
  const ours = (key: string) => key.startsWith('lib/');
  return [
    `top ${count} functions by inclusive time under ${below}:`,
    ...top(functions, count),
    `top ${count} functions of this project's lib/ by inclusive time under ${below}:`,
    ...top(functions, count, key => / lib\//.test(key)),
    `inclusive time per file of this project's lib/ under ${below}:`,
    ...top(files, count, ours),
    `inclusive time per aws-cdk-lib module under ${below}:`,
    ...top(files, 20, key => key.startsWith('aws-cdk-lib/')),
  ].join('\n');
}

if (require.main === module) {
  const [file, flag, below] = process.argv.slice(2);
  console.log(summarizeProfile(file, flag === '--below' ? below : MEASURED));
}
