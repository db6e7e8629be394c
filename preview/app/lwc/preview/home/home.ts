import { LightningElement, wire } from 'lwc';
import type { WireAdapterConstructor } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { currentSession } from '../../../../platform/session';
import { navigateToUrl } from '../../../../platform/navigation';
import { accessFor, availablePages } from '../../../registry';
import { pathFor } from '../../../pages';
import { fetchOrgState } from '../../../api';
import type { OrgState } from '../../../api';

// One record of each kind the record pages show, read as the current preview user (so sharing applies).
const SAMPLES = gql`
  query PreviewSamples {
    uiapi {
      query {
        Account(first: 1) {
          edges {
            node {
              Id
              Name {
                value
              }
            }
          }
        }
        Opportunity(first: 1) {
          edges {
            node {
              Id
              Name {
                value
              }
            }
          }
        }
        Product_Gap__c(first: 1) {
          edges {
            node {
              Id
              Name {
                value
              }
            }
          }
        }
      }
    }
  }
`;

type Connection = { edges?: { node?: { Id?: string; Name?: { value?: string } } }[] };

const SAMPLE_KINDS = [
  { object: 'Account', label: 'Account', path: '/account/:id' },
  { object: 'Opportunity', label: 'Opportunity', path: '/opportunity/:id' },
  { object: 'Product_Gap__c', label: 'Product gap', path: '/gap/:id' }
];

/** The preview's home page: its pages, its users, the org's record counts and sample records. */
export default class Home extends LightningElement {
  session = currentSession();
  org: OrgState | undefined;
  orgError = '';
  samples: GraphQLResult | undefined;

  // The shared type shim declares `graphql` as unknown; it is the wire adapter class.
  @wire(graphql as WireAdapterConstructor, { query: SAMPLES })
  wiredSamples(result: GraphQLResult): void {
    this.samples = result;
  }

  override async connectedCallback(): Promise<void> {
    try {
      this.org = await fetchOrgState();
    } catch (error) {
      this.orgError = (error as Error).message;
    }
  }

  get pages() {
    const permissionSet = this.session.user.permissionSet;
    return availablePages()
      .filter((page) => accessFor(page, permissionSet) !== 'denied')
      .map((page) => ({
        key: page.path,
        label: page.label,
        path: page.path,
        href: page.path.includes(':') ? undefined : page.path
      }));
  }

  get users() {
    return this.session.users.map((user) => ({
      ...user,
      permissions: user.customPermissions.join(', ') || '—',
      current: user.id === this.session.user.id ? 'Current' : ''
    }));
  }

  get counts() {
    return Object.entries(this.org?.counts ?? {}).map(([object, count]) => ({ object, count }));
  }

  get sampleLinks() {
    const query = (this.samples?.data as { uiapi?: { query?: Record<string, Connection> } })?.uiapi
      ?.query;
    return SAMPLE_KINDS.map((kind) => {
      const node = query?.[kind.object]?.edges?.[0]?.node;
      return {
        key: kind.object,
        label: kind.label,
        href: node?.Id ? pathFor(kind.path, { id: node.Id }) : undefined,
        name: node?.Name?.value ?? node?.Id,
        recordId: node?.Id
      };
    });
  }

  get sampleErrors(): string {
    return (this.samples?.errors ?? []).map((error) => error.message).join(' ');
  }

  get samplesLoading(): boolean {
    return !this.samples;
  }

  handleLinkClick(event: MouseEvent): void {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigateToUrl((event.currentTarget as HTMLAnchorElement).getAttribute('href') ?? '/');
  }
}
