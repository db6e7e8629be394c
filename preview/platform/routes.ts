// Page references <-> preview URLs. Pure: shared by lightning/navigation and the shell's router.

export interface PageReference {
  type: string;
  attributes?: Record<string, unknown>;
  state?: Record<string, unknown>;
}

/** Record pages the preview has a screen for, by object API name. */
const RECORD_PATHS: Record<string, string> = {
  Product_Gap__c: '/gap',
  Account: '/account',
  Opportunity: '/opportunity'
};

/** Salesforce key prefixes of the standard objects, for a record reference that names no object. */
const KEY_PREFIXES: Record<string, string> = { '001': 'Account', '006': 'Opportunity' };

/** Lightning tabs (standard__navItemPage apiName, the CustomTab's file name) the preview has a page for. */
export const TAB_PATHS: Record<string, string> = { Top_10: '/top10', Top_10_Board: '/board' };

function stateQuery(state: Record<string, unknown> | undefined): string {
  const entries = Object.entries(state ?? {}).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return '';
  return '?' + new URLSearchParams(entries.map(([key, value]) => [key, String(value)])).toString();
}

/** The preview URL for a page reference; throws on a reference the preview cannot show. */
export function urlFor(ref: PageReference): string {
  const attributes = ref?.attributes ?? {};
  const query = stateQuery(ref?.state);
  switch (ref?.type) {
    case 'standard__recordPage': {
      const recordId = String(attributes.recordId ?? '');
      if (!recordId) throw new Error('standard__recordPage needs attributes.recordId');
      const objectApiName =
        (attributes.objectApiName as string | undefined) ?? KEY_PREFIXES[recordId.slice(0, 3)];
      const base = objectApiName ? RECORD_PATHS[objectApiName] : undefined;
      const path = base
        ? `${base}/${encodeURIComponent(recordId)}`
        : `/record/${encodeURIComponent(recordId)}`;
      return path + query;
    }
    case 'standard__navItemPage': {
      const path = TAB_PATHS[String(attributes.apiName)];
      if (!path) throw new Error(`No preview page for the tab ${String(attributes.apiName)}`);
      return path + query;
    }
    case 'standard__namedPage':
      if (attributes.pageName === 'home') return '/' + query;
      throw new Error(`No preview page for the named page ${String(attributes.pageName)}`);
    case 'standard__webPage':
      return String(attributes.url ?? '');
    default:
      throw new Error(
        `The preview cannot navigate to page references of type ${String(ref?.type)}`
      );
  }
}

/** The page reference a preview URL (path + search) stands for; the home page for an unknown path. */
export function pageReferenceFor(path: string, search = ''): PageReference {
  const state = Object.fromEntries(new URLSearchParams(search));
  const [, first = '', second] = path.split('/').map((part) => decodeURIComponent(part));
  const objectApiName = Object.keys(RECORD_PATHS).find(
    (name) => RECORD_PATHS[name] === `/${first}`
  );
  if (objectApiName && second) {
    return {
      type: 'standard__recordPage',
      attributes: { recordId: second, objectApiName, actionName: 'view' },
      state
    };
  }
  if (first === 'record' && second) {
    return {
      type: 'standard__recordPage',
      attributes: { recordId: second, actionName: 'view' },
      state
    };
  }
  const tab = Object.keys(TAB_PATHS).find((name) => TAB_PATHS[name] === `/${first}`);
  if (tab) return { type: 'standard__navItemPage', attributes: { apiName: tab }, state };
  return { type: 'standard__namedPage', attributes: { pageName: 'home' }, state };
}
