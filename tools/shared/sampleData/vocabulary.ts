// Word lists for believable sample records. Fictional names only.
import type { ProductArea } from './model';

export const FIRST_NAMES = [
  'Ada',
  'Bruno',
  'Chloé',
  'Dev',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kavya',
  'Liam',
  'Maya',
  'Nikolai',
  'Olu',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tomás',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe'
];
export const LAST_NAMES = [
  'Abara',
  'Becker',
  'Castillo',
  'Dubois',
  'Eriksen',
  'Fujita',
  'Garcia',
  'Haddad',
  'Iyer',
  'Jansen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quist',
  'Rossi',
  'Silva',
  'Tanaka',
  'Ueda',
  'Varga',
  'Weber',
  'Yilmaz',
  'Zhang'
];

export const COMPANY_PREFIXES = [
  'Northwind',
  'Blue Harbor',
  'Cobalt',
  'Evergreen',
  'Granite',
  'Helix',
  'Ironbridge',
  'Juniper',
  'Keystone',
  'Lumen',
  'Meridian',
  'Nimbus',
  'Orion',
  'Pinnacle',
  'Quantum',
  'Redwood',
  'Silverline',
  'Tidewater',
  'Umbra',
  'Vertex',
  'Westfield',
  'Zenith',
  'Aurora',
  'Brightwater',
  'Cedar',
  'Driftwood',
  'Ember',
  'Falcon',
  'Golden Gate',
  'Harborview'
];
export const COMPANY_INDUSTRIES = [
  'Logistics',
  'Health',
  'Bank',
  'Insurance',
  'Retail',
  'Energy',
  'Telecom',
  'Foods',
  'Motors',
  'Pharma',
  'Media',
  'Airlines',
  'Software',
  'Manufacturing',
  'Capital',
  'Hotels',
  'Utilities',
  'Biotech',
  'Semiconductors',
  'Shipping'
];
export const COMPANY_SUFFIXES = ['Inc.', 'Group', 'Ltd', 'GmbH', 'S.A.', 'Holdings', 'Co.', 'AG'];

export const DEAL_KINDS = [
  'Renewal',
  'Expansion',
  'New Logo',
  'Platform Upgrade',
  'Enterprise Agreement',
  'Pilot',
  'Add-on',
  'Multi-year Renewal'
];

/** Per product area: capabilities customers ask for. */
export const GAP_TOPICS: Record<ProductArea, readonly string[]> = {
  'Core Platform': [
    'bulk record updates over 100k rows',
    'custom object versioning',
    'soft delete with restore',
    'cross-region data residency',
    'field-level change history export',
    'configurable rate limits'
  ],
  Search: [
    'synonym dictionaries per tenant',
    'semantic search on attachments',
    'search across archived records',
    'typo tolerance in non-Latin scripts',
    'faceted search on custom fields',
    'saved searches with alerts'
  ],
  Integrations: [
    'native SAP S/4HANA connector',
    'webhook retries with dead-letter queue',
    'OAuth client credentials flow',
    'bidirectional Jira sync',
    'SCIM 2.0 group provisioning',
    'Snowflake reverse ETL'
  ],
  'Security & Compliance': [
    'customer-managed encryption keys',
    'FedRAMP High deployment',
    'field-level audit retention of 10 years',
    'IP allow-lists per API client',
    'just-in-time admin access',
    'HIPAA-ready audit exports'
  ],
  Administration: [
    'delegated admin per business unit',
    'sandbox refresh scheduling',
    'bulk user deactivation',
    'permission diff between environments',
    'admin approval workflows',
    'org-wide settings as code'
  ],
  'Analytics & Reporting': [
    'cross-object report joins',
    'scheduled dashboard PDFs',
    'row-level security in dashboards',
    'embedded analytics for portals',
    'report export over 1M rows',
    'fiscal calendar support'
  ],
  AI: [
    'bring-your-own LLM endpoint',
    'prompt audit trail',
    'grounding on private knowledge bases',
    'PII masking before model calls',
    'AI answer citations',
    'per-tenant model fine-tuning'
  ],
  'Deployment & Infrastructure': [
    'blue-green deployments',
    'private network connectivity',
    'EU-only failover region',
    'zero-downtime schema migrations',
    'self-hosted runner support',
    'infrastructure-as-code provider'
  ],
  Other: [
    'accessibility WCAG 2.2 AA',
    'right-to-left language support',
    'offline mobile mode',
    'custom branding of emails',
    'multi-currency invoicing',
    'usage-based billing exports'
  ]
};
export const GAP_TITLE_TEMPLATES = [
  'Support {topic}',
  '{Topic}',
  'Add {topic}',
  '{Topic} for enterprise tenants',
  '{Topic} in the admin console',
  'Allow {topic} via API'
];

export const NEEDS = [
  'Their security review blocks the rollout without it.',
  'The customer runs this process weekly and does it by hand today.',
  'A competitor demoed this in the last evaluation round.',
  'Needed to consolidate three regional instances onto one.',
  'Their auditors asked for it in the last compliance cycle.',
  'The executive sponsor named it as the top blocker.',
  'Required for the second-phase rollout to 5,000 users.'
];
export const IMPACTS = [
  'Deal slips a quarter without a committed date.',
  'Expansion to two more business units is on hold.',
  'Renewal at risk: the customer is evaluating alternatives.',
  'Adoption stalls in the largest team.',
  'The customer pays a partner to build a workaround.'
];
export const WORKAROUNDS = [
  'Nightly export and manual re-import.',
  'A partner-built integration that breaks on upgrades.',
  'Spreadsheet tracking outside the product.',
  'A scheduled script run by their admin.',
  'None: the use case is blocked.'
];
export const GITHUB_OWNER = 'acme-product';
export const GITHUB_REPOS: Record<ProductArea, string> = {
  'Core Platform': 'platform-core',
  Search: 'search-service',
  Integrations: 'connectors',
  'Security & Compliance': 'security',
  Administration: 'admin-console',
  'Analytics & Reporting': 'analytics',
  AI: 'ai-services',
  'Deployment & Infrastructure': 'infrastructure',
  Other: 'product-feedback'
};
