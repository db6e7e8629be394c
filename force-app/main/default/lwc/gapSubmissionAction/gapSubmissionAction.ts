import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { CloseActionScreenEvent } from 'lightning/actions';
import { FlowNavigationFinishEvent } from 'lightning/flowSupport';
import { RefreshEvent } from 'lightning/refresh';
import USER_ID from '@salesforce/user/Id';
import { flagContextRequest, mapFlagContext } from 'c/gapData';
import type { AlreadyFlagged, FlagContext, GapMatch, ReadData, WriteFailure } from 'c/gapData';
import { formatLabel } from 'c/format';
import { emptyForm, savePlan } from 'c/gapSubmissionForm';
import type { DuplicateCheck, FlagForm, Mode } from 'c/gapSubmissionForm';
import { sendFlag, successToast } from './save';
import { LABELS } from './labels';
import { MODE_OPTIONS, flagState, flagView, objectOf } from './present';
import type { FlagView, Searcher } from './present';

/**
 * Flag Product Gap: a screen quick action on Opportunity and Account, and the screen of the
 * Flag_Product_Gap flow (the mobile path). Find the gap the customer needs or create it after
 * seeing similar ones, say how much it hurts, and save one submission with its key. Any failure
 * keeps what the user typed.
 */
export default class GapSubmissionAction extends LightningElement {
  @api recordId?: string;
  @api objectApiName?: string;
  /** Set by the flow runtime on a flow screen: Save and Cancel then finish the flow. */
  @api availableActions?: string[];

  labels = LABELS;
  modeOptions = MODE_OPTIONS;
  context: FlagContext | null = null;
  contextLoaded = false;
  contextErrors: unknown = null;
  form: FlagForm = emptyForm();
  searchText = '';
  duplicateCheck: DuplicateCheck | null = null;
  attempted = false;
  saving = false;
  searchNoAccess = false;
  saveFailure: WriteFailure | null = null;
  alreadyFlagged: AlreadyFlagged | null = null;
  notice = '';
  private focused = false;

  @wire(graphql, {
    query: '$contextQuery',
    variables: '$contextVariables',
    operationName: '$contextOperation'
  })
  wiredContext(result: GraphQLResult<ReadData>): void {
    if (result?.errors?.length) this.contextErrors = result.errors;
    else if (result?.data) [this.contextErrors, this.context] = [null, mapFlagContext(result.data)];
    else return;
    this.contextLoaded = true;
  }

  get contextRequest() {
    return flagContextRequest(this.recordId, objectOf(this.recordId, this.objectApiName));
  }
  get contextQuery(): unknown {
    return this.contextRequest?.query;
  }
  get contextVariables(): Record<string, unknown> | undefined {
    return this.contextRequest?.variables;
  }
  get contextOperation(): string | undefined {
    return this.contextRequest?.operationName;
  }

  /** The action opens on its first field: the search box, once the form is there. */
  override renderedCallback(): void {
    if (this.focused || !this.view.isReady) return;
    this.focused = true;
    this.searcher?.focusSearch();
  }

  handleResult(event: CustomEvent<{ noAccess: boolean }>): void {
    this.searchNoAccess = event.detail.noAccess;
  }

  handleSearchText(event: CustomEvent<{ value: string }>): void {
    this.searchText = event.detail.value;
  }

  handleMode(event: CustomEvent<{ value: string }>): void {
    const mode = event.detail.value as Mode;
    const title = mode === 'new' && !this.form.title ? this.searchText.trim() : this.form.title;
    this.form = { ...this.form, mode, title };
    this.saveFailure = null;
  }

  handleChoose(event: CustomEvent<{ gap: GapMatch }>): void {
    const { gap } = event.detail;
    if (this.form.mode === 'new') this.searchText = this.form.title;
    this.form = { ...this.form, mode: 'existing', gap };
    this.notice = formatLabel(LABELS.SELECTED_GAP, gap.name);
  }

  handleField(event: CustomEvent<{ field: keyof FlagForm; value: string }>): void {
    const { field, value } = event.detail;
    this.form = { ...this.form, [field]: value };
  }

  async handleSave(): Promise<void> {
    if (this.saving || !this.context?.accountId) return;
    [this.attempted, this.saveFailure, this.alreadyFlagged] = [true, null, null];
    const plan = savePlan(this.form, this.duplicateCheck);
    if (plan.kind === 'invalid') {
      this.notice = LABELS.FIX_ERRORS;
    } else if (plan.kind === 'checkDuplicates') {
      this.notice = LABELS.CHECKING_DUPLICATES;
      const matches = (await this.searcher?.matchesFor(plan.term)) ?? [];
      this.duplicateCheck = { term: plan.term, matches, acknowledged: false };
      await this.handleSave();
    } else if (plan.kind === 'confirmNew') {
      this.duplicateCheck = { ...(this.duplicateCheck as DuplicateCheck), acknowledged: true };
      this.notice = LABELS.DUPLICATES_BODY;
    } else {
      [this.saving, this.notice] = [true, LABELS.SAVING];
      const result = await sendFlag(plan, this.form, this.context, USER_ID);
      [this.saving, this.notice] = [false, ''];
      if (result.ok) {
        this.dispatchEvent(new ShowToastEvent(successToast(this.form, this.context)));
        // The record page's other components (the customer panel) re-read through the refresh tree.
        this.dispatchEvent(new RefreshEvent());
        this.handleCancel();
      } else if ('key' in result)
        [this.alreadyFlagged, this.notice] = [result, LABELS.ALREADY_BODY];
      else [this.saveFailure, this.notice] = [result, LABELS.SAVE_ERROR];
    }
  }

  /** Closes the action, or finishes the flow on the flow screen. */
  handleCancel(): void {
    const inFlow = this.availableActions?.includes('FINISH');
    this.dispatchEvent(inFlow ? new FlowNavigationFinishEvent() : new CloseActionScreenEvent());
  }

  private get searcher(): Searcher | null {
    return this.template?.querySelector<Searcher>('c-gap-submission-search') ?? null;
  }
  /** What the template shows, derived from the action's state in one place. */
  get view(): FlagView {
    const { contextRequest, contextLoaded, contextErrors, context } = this;
    const state = flagState(Boolean(contextRequest), contextLoaded, contextErrors, context);
    return flagView(state, this);
  }
}
