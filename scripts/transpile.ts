/**
 * lib/ (and other folders) transpiled to plain JavaScript for Node, as the benchmarks and the package-entry test run the
 * library: compiled, as its users run it.
 */
import * as fs from 'fs';
import * as path from 'path';

const PROJECT_ROOT = path.resolve(__dirname, '..');

/**
 * Transpiles the TypeScript of each of `folders` (relative to the project root) into `outDir`, at the same relative
 * paths (TypeScript's transpileModule: no type check, no source maps).
 */
export function transpileTree(folders: string[], outDir: string): void {
  // Loaded here, not with this module: the benchmarks' children load this module (compiled) and must not pay for it.
  const ts = require('typescript') as typeof import('typescript');
  const sources = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
  for (const file of folders.flatMap(folder => sources(path.join(PROJECT_ROOT, folder)))) {
    const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf-8'), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, experimentalDecorators: true },
    });
    const target = path.join(outDir, path.relative(PROJECT_ROOT, file)).replace(/\.ts$/, '.js');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, outputText);
  }
}
