// Loads the package's components the way Lightning Experience runs them: the components bundle
// (namespace `c`, one AMD module) is evaluated inside a Lightning Web Security sandbox, and the
// modules it imports (`lwc`, base components, platform modules) come from outside it, wrapped by
// the sandbox as the platform wraps them.
import { evaluateInSandbox, wrapDependency } from '@locker/sandbox';

/** The sandbox key: one sandbox per namespace, as on the platform; the package's is `c`. */
export const SANDBOX_KEY = 'c';

/** Where the build writes the components bundle (see preview/build/rollupBuild.ts). */
export const COMPONENTS_URL = '/chunks/components.js';

type Factory = (...modules: unknown[]) => Record<string, unknown>;

/** Evaluates the components bundle (in the `c` sandbox unless `sandboxed` is false); resolves to `c/<name>` -> class. */
export async function loadPackageComponents(
  hostModules: Record<string, object>,
  sandboxed: boolean
): Promise<Record<string, unknown>> {
  const response = await fetch(COMPONENTS_URL);
  if (!response.ok) throw new Error(`GET ${COMPONENTS_URL} answered HTTP ${response.status}`);
  const source = await response.text();
  let components: Record<string, unknown> | undefined;
  const define = (dependencies: string[], factory: Factory) => {
    const modules = dependencies.map((name) => {
      const module = hostModules[name];
      if (!module)
        throw new Error(`The components import ${name}, which the preview does not provide`);
      return sandboxed ? wrapDependency(module, name, SANDBOX_KEY) : module;
    });
    components = factory(...modules);
  };
  if (sandboxed) {
    evaluateInSandbox(SANDBOX_KEY, source, undefined, { define });
  } else {
    // The debugging switch (`npm start -- --no-lws`): the same bundle, in the page's own realm.
    new Function('define', source)(define);
  }
  if (!components) throw new Error(`${COMPONENTS_URL} defined no module`);
  return components;
}
