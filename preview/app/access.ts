// Which pages a preview user reaches, as the org decides it: a Lightning tab by the permission
// set's tab visibility (Visible: in the navigation bar; Available: reachable, not in the bar; no
// setting: refused), a record page by object read access and the record page the org shows, a
// flow screen by the set's flow access.
import type { PageDefinition } from './pages';

/** The org's page rules, read from the package metadata at build time (preview/build/orgPages.ts). */
export interface OrgPages {
  /** Permission set -> tab API name -> 'Visible' | 'Available'. */
  tabs: Record<string, Record<string, string>>;
  /** Permission set -> objects it may read. */
  readable: Record<string, string[]>;
  /** Permission set -> flows it may run (its enabled flowAccesses). */
  flows: Record<string, string[]>;
  /** `c/<component>` -> the tabs whose Lightning page holds it. */
  componentTabs: Record<string, string[]>;
  /** Object -> its record page: the app's assignment when there is one, else the package's page. */
  recordPages: Record<
    string,
    { flexipage: string; assigned: boolean; components: string[]; actions: string[] }
  >;
}

/** Objects every user reads through the profile (the package grants only its own objects). */
export const PROFILE_READABLE = ['Account', 'Opportunity'];

export type PageAccess = 'visible' | 'available' | 'denied';

/** How the user holding `permissionSet` reaches `page`: in the navigation, by URL only, or not at all. */
export function pageAccess(page: PageDefinition, permissionSet: string, org: OrgPages): PageAccess {
  if (page.flow) {
    return (org.flows[permissionSet] ?? []).includes(page.flow) ? 'available' : 'denied';
  }
  if (page.object) {
    const reads =
      PROFILE_READABLE.includes(page.object) ||
      (org.readable[permissionSet] ?? []).includes(page.object);
    const onPage = org.recordPages[page.object]?.components.includes(page.component) ?? false;
    return reads && onPage ? 'available' : 'denied';
  }
  const tabs = org.componentTabs[page.component];
  if (!tabs) return 'visible';
  const settings = tabs.map((tab) => org.tabs[permissionSet]?.[tab]);
  if (settings.includes('Visible')) return 'visible';
  return settings.includes('Available') ? 'available' : 'denied';
}

/** True when the page's record page lists the quick action that opens `component` (highlights panel). */
export function actionShown(page: PageDefinition, component: string, org: OrgPages): boolean {
  if (!page.object) return false;
  return org.recordPages[page.object]?.actions.includes(component) ?? false;
}
