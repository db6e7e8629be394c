// A tiny in-memory stand-in for preview/emulator, for the preview's own tests: the same
// interface, three objects, and just enough GraphQL to answer `<Object>(first: n) { edges { node { Id Name { value } } } }`
// reads and count writes. It validates nothing; the real emulator does.
import type {
  Emulator,
  EmulatorOptions,
  GraphQLRequest,
  GraphQLResponse,
  PreviewUser
} from '../../../emulator/index';

const USERS: PreviewUser[] = [
  {
    id: '005000000000001AAA',
    name: 'Sam Submitter',
    permissionSet: 'Product_Gap_Submitter',
    customPermissions: []
  },
  {
    id: '005000000000002AAA',
    name: 'Morgan Manager',
    permissionSet: 'Product_Gap_Manager',
    customPermissions: []
  },
  {
    id: '005000000000003AAA',
    name: 'Taylor TPM',
    permissionSet: 'Product_Gap_TPM',
    customPermissions: ['Publish_Top_10']
  },
  {
    id: '005000000000004AAA',
    name: 'Val Viewer',
    permissionSet: 'Product_Gap_Viewer',
    customPermissions: []
  }
];

interface StandInRecord {
  Id: string;
  Name: string;
  AccountId?: string;
}

function sampleData(gaps: number): Record<string, StandInRecord[]> {
  return {
    Account: [
      { Id: '001000000000001AAA', Name: 'Acme Corp' },
      { Id: '001000000000002AAA', Name: 'Globex' }
    ],
    Opportunity: [
      { Id: '006000000000001AAA', Name: 'Acme expansion', AccountId: '001000000000001AAA' },
      { Id: '006000000000002AAA', Name: 'Globex renewal', AccountId: '001000000000002AAA' }
    ],
    Product_Gap__c: Array.from({ length: gaps }, (_, i) => ({
      Id: `a00000000000${String(i + 1).padStart(3, '0')}AAA`,
      Name: `Gap ${i + 1}`
    }))
  };
}

/** Creates the stand-in org: 2 accounts, 2 opportunities, `gaps` product gaps (default 3). */
export function createStandInEmulator(options: EmulatorOptions = {}): Emulator {
  let data = sampleData(options.gaps ?? 3);
  let hidden: string[] = [];
  let failAt: number | null = null;
  const visible = (record: StandInRecord) =>
    !hidden.includes(record.Id) && !(record.AccountId && hidden.includes(record.AccountId));

  return {
    async execute(request: GraphQLRequest, userId: string): Promise<GraphQLResponse> {
      if (!USERS.some((user) => user.id === userId))
        return { errors: [{ message: `Unknown user ${userId}` }] };
      if (/^\s*mutation\b/.test(request.query)) {
        if (failAt !== null && --failAt === 0) {
          failAt = null;
          return { errors: [{ message: 'The preview org was told to fail this write' }] };
        }
        return { data: { uiapi: {} } };
      }
      const query: Record<string, unknown> = {};
      for (const [object, records] of Object.entries(data)) {
        const match = new RegExp(`\\b${object}\\s*\\(\\s*first\\s*:\\s*(\\d+)`).exec(request.query);
        if (!match) continue;
        const edges = records
          .filter(visible)
          .slice(0, Number(match[1]))
          .map((record) => ({ node: { Id: record.Id, Name: { value: record.Name } } }));
        query[object] = { edges };
      }
      if (Object.keys(query).length === 0)
        return { errors: [{ message: 'The stand-in emulator cannot answer this query' }] };
      return { data: { uiapi: { query } } };
    },
    users: () => USERS.map((user) => ({ ...user, customPermissions: [...user.customPermissions] })),
    failNthWrite(n: number | null) {
      failAt = n;
    },
    hideAccounts(accountIds: string[]) {
      hidden = [...accountIds];
    },
    hiddenAccountIds: () => [...hidden],
    async reset(resetOptions?: EmulatorOptions) {
      data = sampleData(resetOptions?.gaps ?? options.gaps ?? 3);
    },
    counts: () =>
      Object.fromEntries(Object.entries(data).map(([object, records]) => [object, records.length])),
    notifications: () => [],
    asyncFailures: () => []
  };
}
