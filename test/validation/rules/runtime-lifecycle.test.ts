import { daysBetween, RUNTIME_LIFECYCLE, runtimeLifecycle, runtimeStatus, successorOf, supportsSnapStart } from '../../../lib/validation/rules/runtime-lifecycle';

const NODE20 = RUNTIME_LIFECYCLE['nodejs20.x']; // deprecated 2026-04-30, create blocked 2027-02-01, update blocked 2027-03-03

describe('runtime lifecycle table', () => {
  test.each([
    ['2026-01-29', 'supported'],
    ['2026-01-30', 'deprecates-soon'],
    ['2026-04-29', 'deprecates-soon'],
    ['2026-04-30', 'deprecated'],
    ['2027-01-31', 'deprecated'],
    ['2027-02-01', 'create-blocked'],
    ['2027-03-02', 'create-blocked'],
    ['2027-03-03', 'update-blocked'],
  ])('nodejs20.x on %s is %s', (day, status) => {
    expect(runtimeStatus(NODE20, new Date(day), 90)).toBe(status);
  });

  test('counts whole days in UTC whatever the time of day', () => {
    expect(daysBetween(new Date('2026-01-30T23:59:59Z'), '2026-04-30')).toBe(90);
    expect(runtimeStatus(NODE20, new Date('2026-04-30T23:59:59Z'), 90)).toBe('deprecated');
  });

  test('a runtime without dates is always supported; an unknown one has no lifecycle', () => {
    expect(runtimeStatus(RUNTIME_LIFECYCLE['nodejs26.x'], new Date('2040-01-01'), 90)).toBe('supported');
    expect(runtimeLifecycle('nodejs99.x')).toBeUndefined();
    expect(runtimeLifecycle('constructor')).toBeUndefined();
  });

  test('every date is an ISO day and blocks never precede deprecation by design of the table', () => {
    for (const [runtime, lifecycle] of Object.entries(RUNTIME_LIFECYCLE)) {
      for (const day of [lifecycle.deprecated, lifecycle.blockCreate, lifecycle.blockUpdate]) {
        if (day !== undefined) expect([runtime, /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day))]).toEqual([runtime, true]);
      }
      if (lifecycle.blockCreate && lifecycle.blockUpdate) expect([runtime, lifecycle.blockCreate <= lifecycle.blockUpdate]).toEqual([runtime, true]);
    }
  });

  test.each([
    ['nodejs20.x', '2026-11-22', 'nodejs24.x'],
    ['python3.9', '2026-11-22', 'python3.14'],
    ['java8', '2026-11-22', 'java25'],
    ['go1.x', '2026-11-22', 'provided.al2023'],
    ['dotnetcore3.1', '2026-11-22', 'dotnet10'],
    ['ruby3.2', '2026-11-22', 'ruby4.0'],
    ['nodejs24.x', '2028-05-01', undefined],
  ])('the upgrade for %s on %s is %s', (runtime, day, successor) => {
    expect(successorOf(runtime, new Date(day))).toBe(successor);
  });

  test.each([
    ['java11', true], ['java21', true], ['java8', false], ['java8.al2', false], ['python3.12', true], ['python3.11', false],
    ['dotnet8', true], ['dotnet6', false], ['dotnet9', false], ['nodejs22.x', false], ['provided.al2023', false],
  ])('SnapStart supports %s: %p', (runtime, supported) => {
    expect(supportsSnapStart(runtime)).toBe(supported);
  });
});
