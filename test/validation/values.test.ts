import { formatNumber } from '../../lib/validation/values';

describe('formatNumber', () => {
  test.each([0, 7, 999, 1000, 4096, 10240, 65536, 1000000, -1, -1000, -123456789, 900719925474099, Number.MAX_SAFE_INTEGER])(
    'groups the whole number %d as en-US does', value => {
      expect(formatNumber(value)).toBe(value.toLocaleString('en-US'));
    });

  test('groups thousands with commas', () => {
    expect(formatNumber(10240)).toBe('10,240');
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(-1000)).toBe('-1,000');
    expect(formatNumber(999)).toBe('999');
  });

  test.each([
    [1.5, '1.5'], [1234.5678, '1,234.568'], [-0.25, '-0.25'], [2 ** 60, '1,152,921,504,606,847,000'], [Infinity, '∞'], [NaN, 'NaN'],
  ])('formats %d, which is no safe whole number, as en-US does: %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  test('writes -0 as 0', () => {
    expect(formatNumber(-0)).toBe('0');
  });
});
