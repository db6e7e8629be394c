// Rollup plugin that strips TypeScript from the preview's own .ts files before the LWC compiler
// sees them (the LWC compiler parses JavaScript only). Package components are not touched: the
// preview bundles the .js that `npm run build` compiled from them.
import ts from 'typescript';
import type { Plugin } from 'rollup';

/** Rollup plugin: transpiles `.ts` modules under one of `roots` (no type check: `tsc --noEmit` does that). */
export function stripTypeScript(roots: string[]): Plugin {
  return {
    name: 'preview-strip-typescript',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!file.endsWith('.ts') || !roots.some((root) => file.startsWith(root))) return null;
      const output = ts.transpileModule(code, {
        fileName: file,
        compilerOptions: {
          target: ts.ScriptTarget.ESNext,
          module: ts.ModuleKind.ESNext,
          // Keeps @api / @wire / @track as standard decorators, which the LWC compiler expects.
          experimentalDecorators: false,
          useDefineForClassFields: true,
          verbatimModuleSyntax: false,
          isolatedModules: true,
          sourceMap: false
        }
      });
      return { code: output.outputText, map: null };
    }
  };
}
