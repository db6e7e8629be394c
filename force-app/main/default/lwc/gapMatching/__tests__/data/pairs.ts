// Realistic pairs of gap titles (and summaries) as account teams type them, labelled by hand:
// `duplicate` true when both ask for the same product change. Hard negatives share words
// (the same vendor, the same feature area) but ask for something else.
export interface LabelledPair {
  a: { name: string; summary?: string };
  b: { name: string; summary?: string };
  duplicate: boolean;
}

const dup = (a: string, b: string, summaryB?: string): LabelledPair => ({
  a: { name: a },
  b: { name: b, summary: summaryB },
  duplicate: true
});
const not = (a: string, b: string, summaryB?: string): LabelledPair => ({
  a: { name: a },
  b: { name: b, summary: summaryB },
  duplicate: false
});

export const PAIRS: LabelledPair[] = [
  // word order, abbreviations, synonyms
  dup('Jira bidirectional sync', 'Bidirectional Jira sync'),
  dup('Okta SSO for contractors', 'Single sign-on with Okta'),
  dup('Two-way sync with Jira', 'Jira bidirectional synchronization'),
  dup('MFA for admin users', 'Multi-factor authentication for admins'),
  dup('SAML single sign on', 'SSO via SAML'),
  dup('Export reports to CSV', 'CSV export of reports'),
  dup('Scheduled dashboard PDFs', 'Email dashboards as PDF on a schedule'),
  dup('Dark mode', 'Dark theme for the web app'),
  dup('Slack notifications for approvals', 'Approval alerts in Slack'),
  dup('Kubernetes operator', 'K8s operator for self-hosted installs'),
  dup('Azure AD group sync', 'Entra ID group synchronization'),
  dup('SCIM 2.0 group provisioning', 'Group provisioning over SCIM'),
  dup('Customer-managed encryption keys', 'BYOK: customer managed keys for encryption'),
  dup('Bring-your-own LLM endpoint', 'Use our own LLM endpoint'),
  dup('Right-to-left language support', 'RTL languages (Arabic, Hebrew)'),
  dup('Role based access control for dashboards', 'RBAC on dashboards'),
  dup('Salesforce to Snowflake reverse ETL', 'Snowflake reverse ETL'),
  dup('Audit log export to Splunk', 'Export audit logs into Splunk'),
  dup('Webhook retries with dead-letter queue', 'Retry failed webhooks, dead letter queue'),
  dup('Bulk user deactivation', 'Deactivate users in bulk'),
  dup('Sandbox refresh scheduling', 'Schedule sandbox refreshes'),
  dup('Offline mobile mode', 'Mobile app works offline'),
  dup('PII masking before model calls', 'Mask personal data before sending to the model'),
  dup('Zero-downtime schema migrations', 'Schema migrations without downtime'),
  dup('Microsoft Teams integration', 'MS Teams app'),
  dup('Google Workspace SSO', 'Single sign-on with Google Workspace'),
  dup('GDPR data deletion requests', 'Right to be forgotten (GDPR) deletion'),
  dup('Custom branding of emails', 'Branded email templates', 'Custom branding of outgoing emails'),
  dup('Faceted search on custom fields', 'Facets for custom fields in search'),
  // small spelling differences
  dup('Bidirectonal Jira sync', 'Jira bidirectional sync'),
  dup('Salesforce integraton', 'Salesforce integration'),
  dup('Okta provisoning', 'Okta provisioning'),
  dup('Multi-currency invocing', 'Multi-currency invoicing'),
  dup('Fiscal calender support', 'Fiscal calendar'),
  dup('Snowflake conector', 'Snowflake connector'),
  // the summary says it
  dup('Okta', 'Identity provider login', 'Customers want single sign-on through Okta'),
  dup('Jira', 'Ticket sync', 'Keep Jira issues and our tickets in sync both ways'),
  // sample data titles: one topic, two templates
  dup('Blue-green deployments for enterprise tenants', 'Blue-green deployments in the admin console'),
  dup('Support bidirectional Jira sync', 'Allow bidirectional Jira sync via API'),
  dup('Add SCIM 2.0 group provisioning', 'SCIM 2.0 group provisioning for enterprise tenants'),

  // hard negatives: same vendor or area, another need
  not('Okta SSO for contractors', 'Okta SCIM user provisioning'),
  not('Jira bidirectional sync', 'Jira Service Management portal widget'),
  not('Jira bidirectional sync', 'GitHub bidirectional sync'),
  not('Export reports to CSV', 'Import records from CSV'),
  not('Scheduled dashboard PDFs', 'Row-level security in dashboards'),
  not('Dark mode', 'Offline mode'),
  not('Slack notifications for approvals', 'Slack slash commands'),
  not('MFA for admin users', 'Delegated admin per business unit'),
  not('SAML single sign on', 'SAML assertion encryption'),
  not('Azure AD group sync', 'Azure Blob storage export'),
  not('Customer-managed encryption keys', 'API keys rotation'),
  not('Bring-your-own LLM endpoint', 'Prompt audit trail'),
  not('Snowflake reverse ETL', 'BigQuery reverse ETL'),
  not('Audit log export to Splunk', 'Audit log retention of 10 years'),
  not('Bulk user deactivation', 'Bulk record updates over 100k rows'),
  not('Sandbox refresh scheduling', 'Scheduled report delivery'),
  not('Offline mobile mode', 'Mobile push notifications'),
  not('PII masking before model calls', 'PII masking in exports'),
  not('Zero-downtime schema migrations', 'Zero-downtime upgrades of the agent'),
  not('Microsoft Teams integration', 'Microsoft Dynamics integration'),
  not('Google Workspace SSO', 'Google Drive attachments'),
  not('Salesforce integration', 'Salesforce CPQ quote templates'),
  not('Multi-currency invoicing', 'Usage-based billing exports'),
  not('Fiscal calendar support', 'Calendar view for tasks'),
  not('Faceted search on custom fields', 'Custom field history tracking'),
  not('Webhook retries with dead-letter queue', 'Webhook signature verification'),
  not('Right-to-left language support', 'Language detection for tickets'),
  not('Role based access control for dashboards', 'Embedded analytics for portals'),
  not('Blue-green deployments for enterprise tenants', 'EU-only failover region for enterprise tenants'),
  not('Support bidirectional Jira sync', 'Support OAuth client credentials flow'),
  not('Add SCIM 2.0 group provisioning', 'Add native SAP S/4HANA connector'),
  not('Custom object versioning', 'Custom branding of emails'),
  not('Search across archived records', 'Soft delete with restore'),
  not('Typo tolerance in non-Latin scripts', 'Synonym dictionaries per tenant'),
  not('Kubernetes operator', 'Terraform provider'),
  not('Email dashboards as PDF on a schedule', 'Email-to-case routing'),
  not('Two-way sync with Jira', 'Two-way sync with Zendesk'),
  not('Okta', 'Okta event hooks for user lifecycle'),
  not('IP allow-lists per API client', 'Rate limits per API client')
];
