/**
 * @jest-environment node
 */
// The lint rule that keeps components on the platform module's real exports: the old import of
// refreshGraphQL from lightning/graphql (it belongs to lightning/uiGraphQLApi) fails `npm run lint`.
import { join } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = join(__dirname, '..', '..', '..', '..');
const COMPONENT = join(ROOT, 'force-app/main/default/lwc/customerGaps/customerGaps.ts');

// The project's flat config, passed in (ESLint's own loader needs ES module support Jest lacks).
const CONFIG = require(join(ROOT, 'eslint.config.js')) as ESLint.Options['overrideConfig'];

async function lint(code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: CONFIG });
  const [result] = await eslint.lintText(code, { filePath: COMPONENT });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('lint: platform module imports', () => {
  it('refuses refreshGraphQL from lightning/graphql', async () => {
    const messages = await lint(
      "import { graphql, refreshGraphQL } from 'lightning/graphql';\nexport { graphql, refreshGraphQL };\n"
    );
    expect(messages).toEqual([expect.stringMatching(/^no-restricted-imports: .*refresh\(\)/)]);
  });

  it('refuses the deprecated lightning/uiGraphQLApi', async () => {
    const messages = await lint("import { gql } from 'lightning/uiGraphQLApi';\nexport { gql };\n");
    expect(messages.some((m) => m.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('accepts the module exports the platform documents', async () => {
    const messages = await lint(
      "import { executeMutation, gql, graphql } from 'lightning/graphql';\nexport { executeMutation, gql, graphql };\n"
    );
    expect(messages).toEqual([]);
  });
});
