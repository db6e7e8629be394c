// Joins the page registry with the component classes the bundle holds.
import type { LightningElement } from 'lwc';
import orgPages from 'virtual:preview-org-pages';
import { actionShown, pageAccess } from './access';
import type { PageAccess } from './access';
import { PAGES } from './pages';
import type { PageAction, PageDefinition } from './pages';

type ComponentClass = typeof LightningElement;

// Filled by main.ts, so that preview screens (the home page) may import this module without a cycle.
const PREVIEW_COMPONENTS: Record<string, ComponentClass> = {};
// Filled by main.ts from the components bundle (evaluated in the Lightning Web Security sandbox).
let packageComponents: Record<string, ComponentClass> = {};

/** Makes the package's components (`c/topTenWorkbench` -> class) available to the registry. */
export function registerPackageComponents(components: Record<string, unknown>): void {
  packageComponents = components as Record<string, ComponentClass>;
}

/** Makes a preview component (e.g. `preview/home`) available to the registry. */
export function registerPreviewComponent(name: string, ctor: ComponentClass): void {
  PREVIEW_COMPONENTS[name] = ctor;
}

/** The class behind a page's or action's component name, or undefined when it is not built yet. */
export function componentClass(name: string): ComponentClass | undefined {
  return PREVIEW_COMPONENTS[name] ?? packageComponents[name];
}

/** The registered pages whose component is in the bundle. */
export function availablePages(): PageDefinition[] {
  return PAGES.filter((page) => componentClass(page.component));
}

/** A page's actions whose component is in the bundle and which its record page lists (FlexiPage actionNames). */
export function availableActions(page: PageDefinition): PageAction[] {
  return (page.actions ?? []).filter(
    (action) => componentClass(action.component) && actionShown(page, action.component, orgPages)
  );
}

/** How the user with `permissionSet` reaches the page, by the org's rules (tabs, record pages). */
export function accessFor(page: PageDefinition, permissionSet: string): PageAccess {
  return pageAccess(page, permissionSet, orgPages);
}
