import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { README_MD, withAcknowledgementTable } from '../scripts/generate-compliance-md';
import { renderRulesMarkdown } from '../scripts/rules-md';

const ROOT = join(__dirname, '..');

describe('generated documentation', () => {
  test('RULES.md is the rendering of the RULES table (run `npm run rules-doc` after changing a rule)', () => {
    const committed = readFileSync(join(ROOT, 'RULES.md'), 'utf8');
    expect(committed).toEqual(renderRulesMarkdown());
  });

  test('README.md\'s acknowledgement table is the rendering of the allow-list (run `npm run compliance-doc` after changing test/support/acknowledgements.ts)', () => {
    const readme = readFileSync(README_MD, 'utf8');
    expect(readme).toEqual(withAcknowledgementTable(readme));
  });

  test('API.md is what jsii-docgen generates from the current sources (run `npm run build` after changing the API)', () => {
    // Compile the jsii assembly from the sources as they are now, then render it elsewhere and compare.
    const bin = join(ROOT, 'node_modules', '.bin');
    execFileSync(join(bin, 'jsii'), ['--fail-on-warnings'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: '1' } });
    const fresh = join(mkdtempSync(join(tmpdir(), 'api-md-')), 'API.md');
    execFileSync(join(bin, 'jsii-docgen'), ['-o', fresh], { cwd: ROOT, stdio: 'pipe' });
    expect(readFileSync(join(ROOT, 'API.md'), 'utf8')).toEqual(readFileSync(fresh, 'utf8'));
  }, 180_000);
});
