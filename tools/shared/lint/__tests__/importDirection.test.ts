/** @jest-environment node */
import { join } from 'node:path';
import { RuleTester } from 'eslint';
const { rule, violation } = require('../importDirection');

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });
const at = (file: string) => join(process.cwd(), file);

describe('import-direction', () => {
  tester.run('import-direction', rule, {
    valid: [
      // the tools use the package through its alias and tools/shared
      { code: "import { rankGaps } from 'c/gapRanking';", filename: at('scripts/rank/run.ts') },
      {
        code: "import { loadOrgDescribe } from '../../tools/shared/schema/loadMetadata';",
        filename: at('preview/emulator/seed.ts')
      },
      {
        code: "import { orgTransport } from '../../tools/shared/orgTransport';",
        filename: at('scripts/orgCheck/writes.ts')
      },
      // within one area
      { code: "import { x } from '../emulator/index';", filename: at('preview/server/app.ts') },
      {
        code: "import { x } from './recordIds';",
        filename: at('force-app/main/default/lwc/gapData/gapData.ts')
      },
      // a package test may use the shared lint rule's allow-list
      {
        code: "const a = require('../../../../../../tools/shared/lint/lwsBlobMimeType');",
        filename: at('force-app/main/default/lwc/topTenWorkbench/__tests__/download.test.ts')
      },
      { code: "import x from 'node:fs';", filename: at('tools/shared/files.ts') },
      // a test may share another bundle's fixtures
      {
        code: "import totals from '../../gapScorePanel/__tests__/data/metricTotals.json';",
        filename: at('force-app/main/default/lwc/gapData/__tests__/submissionTotals.test.ts')
      },
      {
        code: "import { FieldView } from 'c/gapSubmissionAction';",
        filename: at('force-app/main/default/lwc/gapSubmissionFields/gapSubmissionFields.ts')
      }
    ],
    invalid: [
      {
        // a child bundle reaching into its parent's folder for a type
        code: "import { FieldView } from '../gapSubmissionAction/present';",
        filename: at('force-app/main/default/lwc/gapSubmissionFields/gapSubmissionFields.ts'),
        errors: [{ messageId: 'bundle' }]
      },
      {
        // a test reaching into another bundle's module
        code: "import { stackedBarChart } from '../../topTenBoard/charts';",
        filename: at(
          'force-app/main/default/lwc/topTenBoardChart/__tests__/topTenBoardChart.test.ts'
        ),
        errors: [{ messageId: 'bundle' }]
      },
      {
        // the emulator's old import of the schema generator from scripts/
        code: "import { loadOrgDescribe } from '../../scripts/schema/loadMetadata';",
        filename: at('preview/emulator/store.ts'),
        errors: [{ messageId: 'direction' }]
      },
      {
        // the benches' old import of the preview from scripts/
        code: "import { createEmulator } from '../../preview/emulator/index';",
        filename: at('scripts/bench/data.ts'),
        errors: [{ messageId: 'direction' }]
      },
      {
        code: "jest.mock('lightning/graphql', () => jest.requireActual('../../../preview/soak/x'));",
        filename: at('scripts/orgCheck/__tests__/orgCheck.test.ts'),
        errors: [{ messageId: 'direction' }]
      },
      {
        code: "export { x } from '../../preview/server/app';",
        filename: at('tools/shared/index.ts'),
        errors: [{ messageId: 'direction' }]
      },
      {
        // a component never uses the tools
        code: "import { gql } from '../../../../../tools/shared/gql';",
        filename: at('force-app/main/default/lwc/gapData/gapQueries.ts'),
        errors: [{ messageId: 'direction' }]
      },
      {
        // the old relative path into the package from a script
        code: "import { mulberry32 } from '../../force-app/main/default/lwc/gapRanking/gapRanking';",
        filename: at('scripts/rank/run.ts'),
        errors: [{ messageId: 'alias', data: { bundle: 'gapRanking' } }]
      },
      {
        code: "const m = import('../../scripts/rank/run');",
        filename: at('preview/server/app.ts'),
        errors: [{ messageId: 'direction' }]
      }
    ]
  });

  it('allows paths outside the checked areas', () => {
    expect(violation('types/x.d.ts', 'scripts/a.ts')).toBeNull();
    expect(violation('scripts/a.ts', 'node_modules/x/index.js')).toBeNull();
  });
});
