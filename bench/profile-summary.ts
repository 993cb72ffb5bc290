/**
 * Where the time of a `node --cpu-prof` profile goes: the functions with the most inclusive time (each sample counted
 * once per function on its stack, so recursion is not counted twice), and the same per source file of this
 * project's lib/ and per aws-cdk-lib module.
 *
 *   npx ts-node -P tsconfig.dev.json --transpile-only bench/profile-summary.ts .bench/profiles/<file>.cpuprofile
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

/** A file as a short name: `lib/...` of this project, `aws-cdk-lib/<module>` of aws-cdk-lib, else the package or file. */
function fileGroup(url: string): string {
  if (!url) return '(native)';
  const file = url.replace(/^file:\/\//, '');
  const cdk = /node_modules\/aws-cdk-lib\/([^/]+)\//.exec(file);
  if (cdk) return `aws-cdk-lib/${cdk[1]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
  if (pkg) return pkg[1];
  return file.startsWith(PROJECT_ROOT) ? path.relative(PROJECT_ROOT, file) : file;
}

function inclusiveTimes(profile: CpuProfile, keyOf: (node: ProfileNode) => string): Map<string, number> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) node.children?.forEach(childId => parent.set(childId, node.id));
  const byId = new Map(profile.nodes.map(node => [node.id, node]));
  const times = new Map<string, number>();
  profile.samples.forEach((sample, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const key = keyOf(byId.get(id)!);
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

export function summarizeProfile(file: string, count = 40): string {
  const profile = JSON.parse(fs.readFileSync(file, 'utf-8')) as CpuProfile;
  const total = profile.timeDeltas.reduce((sum, dt) => sum + dt, 0);
  const frame = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anonymous)'} ${fileGroup(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
  const functions = inclusiveTimes(profile, frame);
  const files = inclusiveTimes(profile, node => fileGroup(node.callFrame.url));
  const ours = (key: string) => key.startsWith('lib/') || key.startsWith('bench/');
  return [
    `total sampled: ${(total / 1000).toFixed(0)} ms`,
    `top ${count} functions by inclusive time:`,
    ...top(functions, count),
    `top ${count} functions of this project's lib/ by inclusive time:`,
    ...top(functions, count, key => / lib\//.test(key)),
    'inclusive time per file of this project:',
    ...top(files, count, ours),
    'inclusive time per aws-cdk-lib module:',
    ...top(files, 20, key => key.startsWith('aws-cdk-lib/')),
  ].join('\n');
}

if (require.main === module) {
  console.log(summarizeProfile(process.argv[2]));
}
