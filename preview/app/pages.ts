// The preview's page REGISTRY. A screen plugs in with one entry: its path (`:name` marks a
// parameter), the label in the navigation, the component (`c/<name>` from the package, or a
// preview component) and the props it receives. An entry whose component is not in the package
// yet is simply not listed. `actions` open a component in a modal, like a quick action.

/** What a page's props are computed from. */
export interface PageContext {
  /** The `:name` parameters of the path, decoded. */
  params: Record<string, string>;
  /** The query string, decoded. */
  state: Record<string, string>;
  /** Id of the current preview user. */
  userId: string;
}

export interface PageAction {
  /** Button label, also the modal's heading. */
  label: string;
  component: string;
  props: (context: PageContext) => Record<string, unknown>;
}

export interface PageDefinition {
  path: string;
  label: string;
  component: string;
  props: (context: PageContext) => Record<string, unknown>;
  actions?: PageAction[];
  /** For a record page: the object whose records it shows (access follows that object). */
  object?: string;
  /** False for a page reached from another page (a flow screen), not from the navigation. */
  nav?: boolean;
  /** For a flow screen: the flow's API name (run only with the permission set's flow access). */
  flow?: string;
}

const recordPage = (context: PageContext) => ({ recordId: context.params.id });

export const PAGES: PageDefinition[] = [
  { path: '/', label: 'Home', component: 'preview/home', props: () => ({}) },
  { path: '/top10', label: 'Top 10', component: 'c/topTenWorkbench', props: () => ({}) },
  { path: '/board', label: 'Top 10 board', component: 'c/topTenBoard', props: () => ({}) },
  {
    path: '/gap/:id',
    label: 'Product Gap',
    component: 'c/gapScorePanel',
    props: recordPage,
    object: 'Product_Gap__c'
  },
  {
    path: '/account/:id',
    label: 'Account',
    component: 'c/customerGaps',
    object: 'Account',
    props: (context) => ({ recordId: context.params.id, objectApiName: 'Account' }),
    actions: [
      {
        label: 'Flag Product Gap',
        component: 'c/gapSubmissionAction',
        props: (context) => ({ recordId: context.params.id, objectApiName: 'Account' })
      }
    ]
  },
  {
    path: '/opportunity/:id',
    label: 'Opportunity',
    component: 'c/customerGaps',
    object: 'Opportunity',
    props: (context) => ({ recordId: context.params.id, objectApiName: 'Opportunity' }),
    actions: [
      {
        label: 'Flag Product Gap',
        component: 'c/gapSubmissionAction',
        props: (context) => ({ recordId: context.params.id, objectApiName: 'Opportunity' })
      }
    ]
  },
  {
    // The Flag_Product_Gap screen flow as the Salesforce mobile app runs it from the
    // Flag_Product_Gap_Mobile flow action: its one screen is the action's component, given the
    // record Id (the flow's recordId variable) and the screen's navigation actions.
    path: '/flow/Flag_Product_Gap',
    label: 'Flag Product Gap (flow)',
    component: 'c/gapSubmissionAction',
    nav: false,
    flow: 'Flag_Product_Gap',
    props: (context) => ({ recordId: context.state.recordId, availableActions: ['FINISH'] })
  }
];

/** Names of the package components (`topTenWorkbench`) that pages and actions refer to. */
export function optionalComponents(pages: PageDefinition[]): string[] {
  const names = pages.flatMap((page) => [
    page.component,
    ...(page.actions ?? []).map((a) => a.component)
  ]);
  return [...new Set(names.filter((name) => name.startsWith('c/')).map((name) => name.slice(2)))];
}

/** The page whose path matches `pathname` and its decoded parameters, or undefined. */
export function matchPage(
  pages: PageDefinition[],
  pathname: string
): { page: PageDefinition; params: Record<string, string> } | undefined {
  const parts = pathname.split('/').filter(Boolean);
  for (const page of pages) {
    const pattern = page.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((segment, index) => {
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = decodeURIComponent(parts[index]);
        return parts[index] !== '';
      }
      return segment === parts[index];
    });
    if (matches) return { page, params };
  }
  return undefined;
}

/** A page's URL with its parameters filled in, e.g. ('/gap/:id', {id}) -> '/gap/a01...'. */
export function pathFor(path: string, params: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}
