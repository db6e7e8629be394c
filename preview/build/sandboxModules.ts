// Which modules the preview evaluates inside the Lightning Web Security sandbox (namespace `c`)
// and which the sandboxed bundle imports from outside it.
import { COMPONENTS_MODULE } from './virtualModules';

/** The test-only components (under preview/probes/lwc/) the preview adds to namespace `c`, never shipped. */
export const PROBE_COMPONENTS = ['lwsProbe'];

/**
 * True for an import the sandboxed components bundle takes from outside the sandbox, as Lightning
 * Experience does: `lwc`, base components, platform modules and `@salesforce/*` scoped modules
 * (labels excepted: they are plain strings, compiled into the bundle).
 */
export function isHostModule(source: string): boolean {
  if (/^[./\0]/.test(source) || source.startsWith('c/') || source === COMPONENTS_MODULE)
    return false;
  // @lwc/resources/*: the LWC compiler's own stand-ins (an empty stylesheet), bundled where used.
  return !source.startsWith('@salesforce/label/') && !source.startsWith('@lwc/resources/');
}
