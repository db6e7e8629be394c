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

  /** What the wire adapter provisions: data or errors, and a refresh function. */
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

  /** Re-runs the query behind a wire result. */
  export function refreshGraphQL(result: GraphQLResult): Promise<void>;
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

declare module '@salesforce/label/*' {
  const label: string;
  export default label;
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
