/**
 * Lambda's runtime identifiers and their lifecycle dates, as of 2026-11-22.
 *
 * Source: cfn-lint `LmbdRuntimeLifecycle.json` at 217397c (2026-08-19), spot-checked against
 * https://endoflife.date/aws-lambda and https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
 * (lambda-limits.md, Appendix A). Refresh this table when AWS announces new dates or runtimes.
 */

/** The dates (ISO, UTC) after which Lambda deprecates a runtime, blocks creating and blocks updating functions on it. */
export interface RuntimeLifecycle {
  readonly deprecated?: string;
  readonly blockCreate?: string;
  readonly blockUpdate?: string;
}

/** Every runtime identifier Lambda knows; an empty entry is a runtime without announced dates. */
export const RUNTIME_LIFECYCLE: Readonly<Record<string, RuntimeLifecycle>> = {
  'dotnet10': { deprecated: '2028-11-14', blockCreate: '2028-12-14', blockUpdate: '2029-01-15' },
  'dotnet6': { deprecated: '2024-12-20', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  'dotnet8': { deprecated: '2026-11-10', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  'dotnet9': { deprecated: '2026-11-10' },
  'dotnetcore1.0': { deprecated: '2019-06-27', blockCreate: '2019-06-30', blockUpdate: '2019-07-30' },
  'dotnetcore2.0': { deprecated: '2019-05-30', blockCreate: '2019-04-30', blockUpdate: '2019-05-30' },
  'dotnetcore2.1': { deprecated: '2022-01-05', blockCreate: '2022-01-05', blockUpdate: '2022-04-13' },
  'dotnetcore3.1': { deprecated: '2023-04-03', blockCreate: '2023-04-03', blockUpdate: '2023-05-03' },
  'go1.x': { deprecated: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2027-03-03' },
  'java11': { deprecated: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31' },
  'java11.al2023': {},
  'java17': { deprecated: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31' },
  'java17.al2023': {},
  'java21': { deprecated: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  'java25': { deprecated: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  'java8': { deprecated: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2027-03-03' },
  'java8.al2': { deprecated: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31' },
  'java8.al2023': {},
  'nodejs': { deprecated: '2016-08-30', blockCreate: '2016-09-30', blockUpdate: '2016-10-31' },
  'nodejs10.x': { deprecated: '2021-07-30', blockCreate: '2021-07-30', blockUpdate: '2022-02-14' },
  'nodejs12.x': { deprecated: '2023-03-31', blockCreate: '2023-03-31', blockUpdate: '2023-04-30' },
  'nodejs14.x': { deprecated: '2023-12-04', blockCreate: '2024-01-09', blockUpdate: '2027-03-03' },
  'nodejs16.x': { deprecated: '2024-06-12', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  'nodejs18.x': { deprecated: '2025-09-01', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  'nodejs20.x': { deprecated: '2026-04-30', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  'nodejs22.x': { deprecated: '2027-04-30', blockCreate: '2027-06-01', blockUpdate: '2027-07-01' },
  'nodejs24.x': { deprecated: '2028-04-30', blockCreate: '2028-06-01', blockUpdate: '2028-07-01' },
  'nodejs26.x': {},
  'nodejs4.3': { deprecated: '2020-03-05', blockCreate: '2020-02-03', blockUpdate: '2020-03-05' },
  'nodejs4.3-edge': { deprecated: '2020-03-05', blockCreate: '2019-03-31', blockUpdate: '2019-04-30' },
  'nodejs6.10': { deprecated: '2019-08-12', blockCreate: '2019-07-12', blockUpdate: '2019-08-12' },
  'nodejs8.10': { deprecated: '2020-03-06', blockCreate: '2020-02-04', blockUpdate: '2020-03-06' },
  'provided': { deprecated: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2027-03-03' },
  'provided.al2': { deprecated: '2026-07-31', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  'provided.al2023': { deprecated: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  'python2.7': { deprecated: '2021-07-15', blockCreate: '2021-07-15', blockUpdate: '2022-05-30' },
  'python3.10': { deprecated: '2026-10-31', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  'python3.11': { deprecated: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31' },
  'python3.12': { deprecated: '2028-10-31', blockCreate: '2028-11-30', blockUpdate: '2029-01-10' },
  'python3.13': { deprecated: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  'python3.14': { deprecated: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  'python3.15': {},
  'python3.6': { deprecated: '2022-07-18', blockCreate: '2022-07-18', blockUpdate: '2022-08-29' },
  'python3.7': { deprecated: '2023-12-04', blockCreate: '2024-01-09', blockUpdate: '2027-03-03' },
  'python3.8': { deprecated: '2024-10-14', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  'python3.9': { deprecated: '2025-12-15', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  'ruby2.5': { deprecated: '2021-07-30', blockCreate: '2021-07-30', blockUpdate: '2022-03-31' },
  'ruby2.7': { deprecated: '2023-12-07', blockCreate: '2024-01-09', blockUpdate: '2027-03-03' },
  'ruby3.2': { deprecated: '2026-03-31', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  'ruby3.3': { deprecated: '2027-03-31', blockCreate: '2027-04-30', blockUpdate: '2027-05-31' },
  'ruby3.4': { deprecated: '2028-03-31', blockCreate: '2028-04-30', blockUpdate: '2028-05-31' },
  'ruby4.0': { deprecated: '2029-03-31', blockCreate: '2029-04-30', blockUpdate: '2029-05-31' },
};

/** Runtimes Lambda offers only as container base images, never for .zip packages (endoflife.date ".NET 9 (container only)"). */
export const CONTAINER_ONLY_RUNTIMES = ['dotnet9'];

/**
 * Amazon Linux 1 (and older) runtimes that never had arm64 (UNVERIFIED list, from recollection;
 * every one of them is past its create-block date anyway).
 */
export const X86_ONLY_RUNTIMES = [
  'nodejs', 'nodejs4.3', 'nodejs4.3-edge', 'nodejs6.10', 'nodejs8.10', 'nodejs10.x', 'python2.7', 'python3.6', 'python3.7',
  'ruby2.5', 'java8', 'go1.x', 'provided', 'dotnetcore1.0', 'dotnetcore2.0', 'dotnetcore2.1',
];

/** The lifecycle of `runtime`, or `undefined` when Lambda does not know the identifier. */
export function runtimeLifecycle(runtime: string): RuntimeLifecycle | undefined {
  return Object.prototype.hasOwnProperty.call(RUNTIME_LIFECYCLE, runtime) ? RUNTIME_LIFECYCLE[runtime] : undefined;
}

/** Inline code (Code.ZipFile) works only for Node.js and Python runtimes (cfn-lint E3677). */
export function supportsInlineCode(runtime: string): boolean {
  return /^(nodejs|python)/.test(runtime);
}

/** SnapStart supports Java 11+, Python 3.12+ and .NET 8+ managed runtimes ([SNAP]). */
export function supportsSnapStart(runtime: string): boolean {
  const java = /^java(\d+)$/.exec(runtime);
  if (java) return Number(java[1]) >= 11;
  const python = /^python3\.(\d+)$/.exec(runtime);
  if (python) return Number(python[1]) >= 12;
  const dotnet = /^dotnet(\d+)$/.exec(runtime);
  return dotnet !== null && Number(dotnet[1]) >= 8 && !CONTAINER_ONLY_RUNTIMES.includes(runtime);
}

/** Where a runtime stands on a day, the most severe first. */
export type RuntimeStatus = 'update-blocked' | 'create-blocked' | 'deprecated' | 'deprecates-soon' | 'supported';

/** The ISO day (YYYY-MM-DD, UTC) of `date`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Days from `today` until the ISO day `day`. */
export function daysBetween(today: Date, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${isoDay(today)}T00:00:00Z`)) / 86_400_000);
}

/** The last status computed for each lifecycle: four rules ask it of every function, on the same day. */
const LAST_STATUS = new WeakMap<RuntimeLifecycle, { readonly time: number; readonly noticeDays: number; readonly status: RuntimeStatus }>();

/** The status of `runtime` on `today`; a date is in force from its own day on. */
export function runtimeStatus(lifecycle: RuntimeLifecycle, today: Date, noticeDays: number): RuntimeStatus {
  const last = LAST_STATUS.get(lifecycle);
  if (last?.time === today.getTime() && last.noticeDays === noticeDays) return last.status;
  const status = statusOn(lifecycle, today, noticeDays);
  LAST_STATUS.set(lifecycle, { time: today.getTime(), noticeDays, status });
  return status;
}

function statusOn(lifecycle: RuntimeLifecycle, today: Date, noticeDays: number): RuntimeStatus {
  const day = isoDay(today);
  if (lifecycle.blockUpdate !== undefined && day >= lifecycle.blockUpdate) return 'update-blocked';
  if (lifecycle.blockCreate !== undefined && day >= lifecycle.blockCreate) return 'create-blocked';
  if (lifecycle.deprecated !== undefined && day >= lifecycle.deprecated) return 'deprecated';
  if (lifecycle.deprecated !== undefined && daysBetween(today, lifecycle.deprecated) <= noticeDays) return 'deprecates-soon';
  return 'supported';
}

/** The newest runtime of the same language that is still supported on `today`, to suggest as an upgrade. */
export function successorOf(runtime: string, today: Date): string | undefined {
  const family = /^(nodejs|python|java|dotnet|ruby|provided|go)/.exec(runtime)?.[1];
  if (family === undefined) return undefined;
  const prefix = family === 'go' ? 'provided' : family;
  const day = isoDay(today);
  const candidates = Object.entries(RUNTIME_LIFECYCLE)
    .filter(([name, lifecycle]) => name.startsWith(prefix) && !name.startsWith('dotnetcore') && !CONTAINER_ONLY_RUNTIMES.includes(name)
      && lifecycle.deprecated !== undefined && lifecycle.deprecated > day)
    .map(([name]) => name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return candidates[candidates.length - 1];
}
