import { RESERVED_CONCURRENCY_DOC } from '../limits';
import { Finding, Rule, Severity } from '../rule';
import { formatNumber } from '../values';
import { FUNCTION_TYPE, listNames, reservationsByAccount, totalReserved } from './function-lookups';

/**
 * The reserved concurrency of every function in one account and Region leaves at least 100 unreserved out of the
 * account quota (fn-reserved-vs-account). Functions are grouped by their stack's account and Region (`accountKey`),
 * each group against its own account's quota.
 */
export const concurrencyAccountLimit: Rule = {
  id: 'LambdaKit.Concurrency.AccountLimit',
  severity: Severity.ERROR,
  constraint: 'The reserved concurrency of all functions in an account and Region adds up to at most the account quota '
    + '(1,000 by default, or accountConcurrencyLimit) minus the 100 Lambda keeps unreserved.',
  source: RESERVED_CONCURRENCY_DOC,
  resourceTypes: [FUNCTION_TYPE],
  check({ model, options }) {
    const findings: Finding[] = [];
    for (const members of reservationsByAccount(model).values()) {
      const { accountConcurrency } = options.quotasOf(members[0].fn.stack);
      const allowed = accountConcurrency - options.minUnreservedConcurrency;
      const total = totalReserved(members);
      if (total <= allowed) continue;
      for (const { fn, reserved } of members) {
        const others = members.filter(member => member.fn !== fn);
        const shared = others.length === 0 ? '' : ` (${formatNumber(total)} reserved in all, with ${listNames(others.map(o => `${o.fn.path} (${formatNumber(o.reserved)})`))})`;
        findings.push({
          resource: fn,
          property: 'ReservedConcurrentExecutions',
          value: reserved,
          limit: `at most ${formatNumber(allowed)} across the account's functions: the quota of ${formatNumber(accountConcurrency)} `
            + `minus ${formatNumber(options.minUnreservedConcurrency)} kept unreserved${shared}`,
          fix: 'Lower the reservations, or request a higher concurrency quota and set accountConcurrencyLimit (or the context key) to it.',
        });
      }
    }
    return findings;
  },
};
