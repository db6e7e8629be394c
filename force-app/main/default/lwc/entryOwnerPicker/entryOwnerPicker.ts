import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { USER_SEARCH, userSearchVariables } from 'c/gapData';
import { formatLabel } from 'c/format';
import { LABELS } from './labels';
import { searchView } from './search';
import type { SearchView } from './search';

/** How long typing pauses before the search is sent. */
const DEBOUNCE_MS = 300;

/**
 * Picks the owning PM of a Top 10 entry: a search box that finds users by name through the
 * GraphQL wire adapter and lists them as buttons (Tab to reach, Enter to choose); the chosen
 * user shows with a button to remove them. Fires `change` with { id, name } (id null: none).
 */
export default class EntryOwnerPicker extends LightningElement {
  labels = LABELS;
  /** The chosen user's Id, or null. */
  @api userId: string | null = null;
  /** The chosen user's name, shown beside the remove button. */
  @api userName: string | null = null;

  term = '';
  /** The pattern the wire is asked for (set after the pause in typing). */
  pattern: string | null = null;
  private result: { pattern: string; data?: unknown; errors?: unknown } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  @wire(graphql, {
    query: '$searchQuery',
    variables: '$searchVariables',
    operationName: 'UserSearch'
  })
  wiredUsers(result: GraphQLResult<unknown>): void {
    if (!this.pattern || (!result?.data && !result?.errors?.length)) return;
    this.result = { pattern: this.pattern, data: result.data, errors: result.errors };
  }

  get searchQuery(): unknown {
    return this.pattern ? USER_SEARCH : undefined;
  }
  get searchVariables(): { pattern: string } | undefined {
    return this.pattern ? { pattern: this.pattern } : undefined;
  }
  get view(): SearchView {
    return searchView(this.term, this.result);
  }
  get hasChoice(): boolean {
    return Boolean(this.userId);
  }
  get chosenName(): string {
    return this.userName || this.userId || '';
  }
  get clearLabel(): string {
    return formatLabel(LABELS.CLEAR, this.chosenName);
  }
  get hasUsers(): boolean {
    return this.view.users.length > 0;
  }

  override disconnectedCallback(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  handleTerm(event: CustomEvent<{ value: string }>): void {
    this.term = event.detail?.value ?? '';
    if (this.timer) clearTimeout(this.timer);
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.timer = setTimeout(() => {
      this.pattern = userSearchVariables(this.term)?.pattern ?? null;
    }, DEBOUNCE_MS);
  }

  handleChoose(event: Event): void {
    const { id, name } = (event.currentTarget as HTMLElement).dataset;
    this.term = '';
    this.pattern = null;
    this.dispatchEvent(
      new CustomEvent('change', { detail: { id: id ?? null, name: name ?? null } })
    );
    // The choice shows with its remove button: the focus goes there, not to <body>.
    Promise.resolve().then(() => this.template?.querySelector<HTMLElement>('.clear')?.focus?.());
  }

  handleClear(): void {
    this.dispatchEvent(new CustomEvent('change', { detail: { id: null, name: null } }));
    Promise.resolve().then(() =>
      this.template?.querySelector<HTMLElement>('lightning-input.search')?.focus?.()
    );
  }
}
