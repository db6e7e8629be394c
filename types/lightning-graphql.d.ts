// Type shims for the platform modules the package imports. The platform provides them at run
// time; @salesforce/lightning-types covers base components only, so these are declared here
// from the documented APIs (LWC Developer Guide: lightning/graphql, navigation, toasts, actions).

declare module 'lightning/graphql' {
  import type { WireAdapterConstructor } from 'lwc';

  /** A parsed GraphQL document, as produced by the `gql` template tag. */
  export type DocumentNode = unknown;

  /** One GraphQL error as the UI API returns it. */
  export interface GraphQLError {
    message: string;
    locations?: { line: number; column: number }[];
    path?: (string | number)[];
    extensions?: Record<string, unknown>;
  }

  /** What the wire adapter provisions: data or errors, and `refresh()` to re-run the query (the module's only refresh). */
  export interface GraphQLResult<TData = unknown> {
    data?: TData;
    errors?: GraphQLError[];
    refresh?: () => Promise<void>;
  }

  /** Parses a GraphQL document; not reactive. */
  export function gql(literals: TemplateStringsArray, ...placeholders: unknown[]): DocumentNode;

  /** The GraphQL wire adapter: `@wire(graphql, { query, variables, operationName })`. */
  export const graphql: WireAdapterConstructor<any, GraphQLResult<any>, any>;

  /** Runs a create / update / delete mutation imperatively (API 66.0+). */
  export function executeMutation<TData = unknown>(config: {
    query: DocumentNode;
    variables?: Record<string, unknown>;
    operationName?: string;
  }): Promise<{ data?: TData; errors?: GraphQLError[] }>;
}

declare module 'lightning/navigation' {
  export interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
  }
  type Constructor<T = object> = new (...args: any[]) => T;
  /** Mixes navigation into a component class. */
  export function NavigationMixin<T extends Constructor>(
    base: T
  ): T &
    Constructor<{
      [NavigationMixin.Navigate](pageReference: PageReference, replace?: boolean): void;
      [NavigationMixin.GenerateUrl](pageReference: PageReference): Promise<string>;
    }>;
  export namespace NavigationMixin {
    const Navigate: unique symbol;
    const GenerateUrl: unique symbol;
  }
  export const CurrentPageReference: unknown;
}

declare module 'lightning/platformShowToastEvent' {
  /** Fires a toast in Lightning Experience. */
  export class ShowToastEvent extends CustomEvent<{
    title: string;
    message?: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
    messageData?: unknown[];
  }> {
    constructor(detail: {
      title: string;
      message?: string;
      variant?: 'info' | 'success' | 'warning' | 'error';
      mode?: 'dismissible' | 'pester' | 'sticky';
      messageData?: unknown[];
    });
  }
}

declare module 'lightning/actions' {
  /** Closes the screen quick action that holds the component. */
  export class CloseActionScreenEvent extends CustomEvent<null> {
    constructor();
  }
}

declare module 'lightning/flowSupport' {
  /** Asks the flow runtime to finish the interview (a lightning__FlowScreen component only). */
  export class FlowNavigationFinishEvent extends CustomEvent<null> {
    constructor();
  }
}

declare module 'lightning/refresh' {
  /** Signals a view refresh; bubbles and is composed, so the nearest refresh container receives it. */
  export class RefreshEvent extends CustomEvent<null> {
    constructor();
  }
  /** Adds a component's handler to the refresh tree; the handler resolves true to go on to its children. Returns the handle. */
  export function registerRefreshHandler(
    contextElement: EventTarget | object,
    providerMethod: () => Promise<boolean>
  ): number;
  /** Removes a handler registered with registerRefreshHandler. */
  export function unregisterRefreshHandler(handle: number): void;
  /** Makes an element the container that receives RefreshEvent and runs its refresh tree. */
  export function registerRefreshContainer(
    contextElement: EventTarget | object,
    providerMethod: (refreshStatus: Promise<string>) => void
  ): number;
  /** Removes a container registered with registerRefreshContainer. */
  export function unregisterRefreshContainer(handle: number): void;
  export const RefreshComplete: string;
  export const RefreshCompleteWithError: string;
  export const RefreshError: string;
}

declare module 'lightning/modal' {
  import { LightningElement } from 'lwc';
  /** Base class of a modal: extend it, render lightning-modal-header/-body/-footer, open with `open()`. */
  export default class LightningModal extends LightningElement {
    /** Opens the modal; resolves with the value passed to close(), or undefined when dismissed. */
    static open<T = unknown>(config?: Record<string, unknown>): Promise<T | undefined>;
    label: string;
    size: 'small' | 'medium' | 'large' | 'full';
    description: string;
    disableClose: boolean;
    /** Closes the modal and resolves open() with the result. */
    close(result?: unknown): void;
  }
}

declare module '@salesforce/label/*' {
  const label: string;
  export default label;
}

declare module '@salesforce/i18n/*' {
  /** The running user's internationalization property (locale, currency, timeZone, ...). */
  const value: string;
  export default value;
}

declare module '@salesforce/customPermission/*' {
  /** True when the running user holds the custom permission. */
  const granted: boolean | undefined;
  export default granted;
}

declare module '@salesforce/user/Id' {
  const userId: string;
  export default userId;
}
