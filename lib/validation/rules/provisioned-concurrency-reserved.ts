import { groupBy } from '../model';
import { PROVISIONED_CONCURRENCY_DOC } from '../limits';
import { accountKey, Finding, Rule, Severity } from '../rule';
import { formatNumber, numberValue } from '../values';
import { reservationsByAccount, totalReserved } from './function-lookups';
import { provisionedConcurrencies } from './versioning-lookups';

/**
 * The provisioned concurrency of a function's versions and aliases fits in its reserved concurrency, or, without
 * one, in the account's unreserved concurrency minus the 100 Lambda keeps free (pc-le-reserved, UNVERIFIED wording).
 */
export const provisionedConcurrencyReserved: Rule = {
  id: 'LambdaKit.ProvisionedConcurrency.WithinReserved',
  severity: Severity.WARNING,
  constraint: "UNVERIFIED: a function's total provisioned concurrency is at most its ReservedConcurrentExecutions when set, otherwise at most the account quota minus the reserved concurrency of the app's functions in that account and Region minus 100.",
  source: PROVISIONED_CONCURRENCY_DOC,
  resourceTypes: ['AWS::Lambda::Version', 'AWS::Lambda::Alias'],
  check({ model, options }) {
    const findings: Finding[] = [];
    const groups = groupBy(provisionedConcurrencies(model), config => config.fn?.resource ? config.fn.key : undefined);
    for (const group of groups.values()) {
      const amounts = group.map(config => numberValue(config.executions));
      if (amounts.some(amount => amount === undefined)) continue;
      const total = (amounts as number[]).reduce((sum, amount) => sum + amount, 0);
      const fn = group[0].fn!.resource!;
      const reserved = numberValue(fn.properties.ReservedConcurrentExecutions);
      if (reserved === undefined && fn.properties.ReservedConcurrentExecutions !== undefined) continue;
      const { accountConcurrency } = options.quotasOf(fn.stack);
      // Reserved concurrency comes out of the quota of the account and Region it is reserved in.
      const reservedInAccount = totalReserved(reservationsByAccount(model).get(accountKey(fn.stack)) ?? []);
      const max = reserved ?? accountConcurrency - reservedInAccount - options.minUnreservedConcurrency;
      if (total <= max) continue;
      const limit = reserved !== undefined
        ? `at most the function's ReservedConcurrentExecutions (${formatNumber(reserved)}) in total over its versions and aliases`
        : `at most ${formatNumber(max)} in total over the function's versions and aliases (account quota ${formatNumber(accountConcurrency)} minus ${formatNumber(reservedInAccount)} reserved minus ${formatNumber(options.minUnreservedConcurrency)} kept unreserved)`;
      for (const config of group) {
        findings.push({
          resource: config.resource,
          property: 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions',
          value: config.executions,
          limit,
          fix: `Lower the provisioned concurrency (${formatNumber(total)} in total for ${fn.path}) or raise the reserved concurrency or account quota.`,
        });
      }
    }
    return findings;
  },
};
