import { writeFileSync } from 'fs';
import { join } from 'path';
import { renderRulesMarkdown } from './rules-md';

writeFileSync(join(__dirname, '..', 'RULES.md'), renderRulesMarkdown());
