import { readFileSync } from 'fs';
import { join } from 'path';
import { renderRulesMarkdown } from '../scripts/rules-md';

describe('generated documentation', () => {
  test('RULES.md is the rendering of the RULES table (run `npm run rules-doc` after changing a rule)', () => {
    const committed = readFileSync(join(__dirname, '..', 'RULES.md'), 'utf8');
    expect(committed).toEqual(renderRulesMarkdown());
  });
});
