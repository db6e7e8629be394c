// The shared Jest test kit (README "Testing"): mounting, settling, fixtures, labels and the
// platform mocks' recorded calls. Import it as `test-kit` (a moduleNameMapper / tsconfig path);
// it lives outside force-app so it never deploys.
// `lwc` is loaded on first mount only, so node-environment tests can use the other helpers.
import type { createElement as CreateElement } from 'lwc';

type ComponentClass = Parameters<typeof CreateElement>[1]['is'];

/** Lets wires, promises and re-renders settle: the microtasks LWC schedules, then one macrotask. */
export function flush(): Promise<void> {
  // eslint-disable-next-line @lwc/lwc/no-async-operation -- a zero-delay macrotask, not a sleep
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Holds animation frames (requestAnimationFrame) until the returned `paint()` runs them and
 * flushes: work a component defers past the paint waits for it. Undo with jest.restoreAllMocks().
 */
export function holdFrames(): () => Promise<void> {
  const frames: FrameRequestCallback[] = [];
  jest.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
    frames.push(callback);
    return frames.length;
  });
  return async () => {
    for (const frame of frames.splice(0)) frame(0);
    await flush();
  };
}

/** Creates `<tag>` from `Component`, assigns `props`, appends it to the body and returns it. */
export function mount<T extends HTMLElement = HTMLElement>(
  tag: string,
  Component: ComponentClass,
  props: Record<string, unknown> = {}
): T {
  const { createElement } = jest.requireActual<{ createElement: typeof CreateElement }>('lwc');
  const element = createElement(tag, { is: Component }) as unknown as T;
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

/** Removes every mounted element (call from afterEach). */
export function unmountAll(): void {
  document.body.replaceChildren();
}

/** A deep copy of a JSON fixture, so a test can change it without touching other tests' copy. */
export function cloneFixture<T>(fixture: T): T {
  // JSON, not structuredClone: jsdom's test environment does not define structuredClone.
  return JSON.parse(JSON.stringify(fixture)) as T;
}

/** The trimmed text of the first `selector` match in `element`'s shadow root, or null. */
export function shadowText(element: HTMLElement, selector: string): string | null {
  return element.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? null;
}

/**
 * Polls `condition` between macrotasks until it returns a truthy value, and returns it; fails
 * after `attempts` rounds. For waiting on a state, instead of sleeping for a time.
 */
export async function waitFor<T>(condition: () => T, attempts = 50): Promise<NonNullable<T>> {
  for (let round = 0; round < attempts; round++) {
    const value = condition();
    if (value) return value as NonNullable<T>;
    await flush();
  }
  throw new Error(`waitFor: condition still false after ${attempts} rounds`);
}

/** The real value of Custom Label `c.<name>`, as the components see it under Jest. */
export function labelText(name: string): string {
  return (
    jest.requireActual('./salesforce/labels.js') as { labelText(n: string): string }
  ).labelText(name);
}

/** Every page reference components navigated to (lightning/navigation kit mock), in order. */
export function navigateCalls(): unknown[] {
  const navigation = jest.requireActual('lightning/navigation') as { navigate: jest.Mock };
  return navigation.navigate.mock.calls.map(([pageReference]) => pageReference);
}

/** A wire config filter for `graphqlAdapter().emit`: the wires whose operation is `name`. */
export type WireFilter = (config: Record<string, unknown>) => boolean;

/** The `lightning/graphql` wire adapter's test controls (sfdx-lwc-jest's stub). */
export interface GraphQLTestAdapter {
  emit(value: unknown, filter?: WireFilter, refresh?: () => unknown): void;
  emitErrors(errors: unknown, filter?: WireFilter, refresh?: () => unknown): void;
  getLastConfig(): Record<string, unknown>;
}

/** The graphql wire adapter the components use, typed for emitting data or errors to them. */
export function graphqlAdapter(): GraphQLTestAdapter {
  return (jest.requireActual('lightning/graphql') as { graphql: GraphQLTestAdapter }).graphql;
}

/** A filter for `emit`: the wires whose config names operation `name`. */
export function byOperation(name: string): WireFilter {
  return (config) => config.operationName === name;
}

/** The trimmed text of every `selector` match in `element`'s shadow root, in document order. */
export function shadowTexts(element: HTMLElement, selector: string): string[] {
  return [...(element.shadowRoot?.querySelectorAll(selector) ?? [])].map(
    (node) => node.textContent?.trim() ?? ''
  );
}

type Json = Record<string, any>;
type Connection = { totalCount: number; pageInfo: Json; edges: { node: Json }[] };

const connection = (nodes: Json[]): Connection => ({
  totalCount: nodes.length,
  pageInfo: { hasNextPage: false, endCursor: null },
  edges: nodes.map((node) => ({ node }))
});

/** The wires of c-ranking-loader's cursors: the only ones without an operation name. */
export const toRankingLoader: WireFilter = (config) => !config.operationName;

/** c-ranking-loader's account and opportunity cursors before the counts plan the ranges: they page (`after`) with no range (`from`). */
export const toParentCursors: WireFilter = ({ variables }) =>
  typeof variables === 'object' &&
  variables !== null &&
  'after' in variables &&
  !('from' in variables);

/**
 * One answer every c-ranking-loader cursor can read, each its own part, built from answers shaped
 * like the sequential read's pages (gaps, revision, submissions with nested Account__r and
 * Opportunity__r): the gaps and revision, the submission count per gap, the accounts and
 * opportunities the submissions name, and the submissions (one page, nothing after it; under
 * Product_Gap_Submission__c for the one-range read and as range r0 for the range cursors).
 */
export function rankingLoaderAnswer(...pages: Json[]): Json {
  const gaps: Json[] = [];
  const submissions: Json[] = [];
  const accounts = new Map<string, Json>();
  const opportunities = new Map<string, Json>();
  let revision: Json = { edges: [] };
  for (const { uiapi } of pages) {
    const query = uiapi.query;
    gaps.push(...(query.Product_Gap__c?.edges ?? []).map((edge: Json) => edge.node));
    if (query.Top_Ten_Revision__c) revision = query.Top_Ten_Revision__c;
    for (const { node } of query.Product_Gap_Submission__c?.edges ?? []) {
      submissions.push(node);
      if (node.Account__r) accounts.set(node.Account__c.value, node.Account__r);
      if (node.Opportunity__r) opportunities.set(node.Opportunity__c.value, node.Opportunity__r);
    }
  }
  const counts = new Map<string, number>();
  for (const node of submissions) {
    const gapId = node.Product_Gap__c.value;
    counts.set(gapId, (counts.get(gapId) ?? 0) + 1);
  }
  const parents = (byId: Map<string, Json>) =>
    connection([...byId].map(([Id, fields]) => ({ Id, ...fields })));
  const countEdges = [...counts].map(([gapId, n]) => ({
    node: { aggregate: { Product_Gap__c: { value: gapId }, Id: { count: { value: n } } } }
  }));
  return {
    uiapi: {
      query: {
        Product_Gap__c: connection(gaps),
        Top_Ten_Revision__c: revision,
        Product_Gap_Submission__c: connection(submissions),
        // The range cursors read aliases r0..r5: the first range gets every submission.
        r0: connection(submissions),
        ...Object.fromEntries([1, 2, 3, 4, 5].map((i) => [`r${i}`, connection([])])),
        Account: parents(accounts),
        Opportunity: parents(opportunities)
      },
      aggregate: { Product_Gap_Submission__c: { edges: countEdges } }
    }
  };
}

/** Answers c-ranking-loader's cursors with `answer` until its ranges are planned and read. */
export async function answerRankingLoader(answer: Json): Promise<void> {
  const adapter = graphqlAdapter();
  // First the gaps, counts and parents; the range cursors are configured after the counts.
  for (let round = 0; round < 3; round++) {
    adapter.emit(cloneFixture(answer), toRankingLoader);
    await flush();
  }
}
