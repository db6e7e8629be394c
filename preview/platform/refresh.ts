// The preview's `lightning/refresh` (RefreshView API). The module is not in the OSS base
// components, so this implements what the LWC Developer Guide documents: RefreshEvent bubbles and
// is composed; the nearest registered container receives it and runs the refresh tree of the
// handlers below it, breadth-first (parents before children); a handler resolving false stops the
// refresh of its own subtree; the container's callback receives a promise of the final status.

/** Name of the DOM event RefreshEvent dispatches (the name sfdx-lwc-jest's stub uses too). */
export const RefreshEventName = 'lightning__refresh';

export const RefreshComplete = 'RefreshComplete';
export const RefreshCompleteWithError = 'RefreshCompleteWithError';
export const RefreshError = 'RefreshError';

/** Signals a view refresh to the nearest refresh container above the element that dispatches it. */
export class RefreshEvent extends CustomEvent<null> {
  constructor() {
    super(RefreshEventName, { bubbles: true, composed: true, cancelable: true, detail: null });
  }
}

type Handler = () => Promise<boolean> | boolean;
type ContainerCallback = (status: Promise<string>) => void;

interface Registration {
  element: Node;
  handler: Handler;
}

interface ContainerRegistration {
  element: Node;
  listener: (event: Event) => void;
}

const handlers = new Map<number, Registration>();
const containers = new Map<number, ContainerRegistration>();
let lastHandle = 0;

/** The DOM node behind a registration's context: an element, or a component (`this`) through its host. */
function contextNode(context: unknown): Node {
  if (typeof Node !== 'undefined' && context instanceof Node) return context;
  const host = (context as { template?: { host?: unknown } } | null)?.template?.host;
  if (typeof Node !== 'undefined' && host instanceof Node) return host;
  throw new TypeError('lightning/refresh: pass the component (this) or its host element');
}

/** The node's parent across shadow boundaries (a shadow root leads to its host). */
function parentOf(node: Node): Node | null {
  return node.parentNode ?? (node as ShadowRoot).host ?? null;
}

/** Every node above `node`, nearest first, across shadow boundaries. */
function ancestors(node: Node): Node[] {
  const chain: Node[] = [];
  for (let current = parentOf(node); current; current = parentOf(current)) chain.push(current);
  return chain;
}

/** Runs the handlers below `container`, parents before children; resolves to the overall status. */
async function runRefreshTree(container: Node): Promise<string> {
  const below = [...handlers.values()].filter((entry) =>
    ancestors(entry.element).includes(container)
  );
  const nodes = new Set(below.map((entry) => entry.element));
  const depth = (entry: Registration) =>
    ancestors(entry.element).filter((node) => nodes.has(node)).length;
  const stopped = new Set<Node>();
  let failures = 0;
  const levels = [...new Set(below.map(depth))].sort((a, b) => a - b);
  for (const level of levels) {
    const runnable = below.filter(
      (entry) =>
        depth(entry) === level && !ancestors(entry.element).some((node) => stopped.has(node))
    );
    await Promise.all(
      runnable.map(async (entry) => {
        try {
          if ((await entry.handler()) === false) stopped.add(entry.element);
        } catch {
          failures++;
          stopped.add(entry.element);
        }
      })
    );
  }
  if (failures === 0) return RefreshComplete;
  return failures < below.length ? RefreshCompleteWithError : RefreshError;
}

/** Adds a component's refresh handler to the refresh tree; returns the handle for unregisterRefreshHandler. */
export function registerRefreshHandler(context: unknown, handler: Handler): number {
  const element = contextNode(context);
  handlers.set(++lastHandle, { element, handler: handler.bind(context) });
  return lastHandle;
}

/** Removes a refresh handler. */
export function unregisterRefreshHandler(handle: number): void {
  handlers.delete(handle);
}

/** Makes the element a refresh container: it receives RefreshEvent and runs the handlers below it. */
export function registerRefreshContainer(context: unknown, callback: ContainerCallback): number {
  const element = contextNode(context);
  const listener = (event: Event) => {
    // The nearest container handles the refresh; one further up must not run it again.
    event.stopPropagation();
    callback.call(context, runRefreshTree(element));
  };
  element.addEventListener(RefreshEventName, listener);
  containers.set(++lastHandle, { element, listener });
  return lastHandle;
}

/** Removes a refresh container. */
export function unregisterRefreshContainer(handle: number): void {
  const entry = containers.get(handle);
  if (!entry) return;
  entry.element.removeEventListener(RefreshEventName, entry.listener);
  containers.delete(handle);
}
