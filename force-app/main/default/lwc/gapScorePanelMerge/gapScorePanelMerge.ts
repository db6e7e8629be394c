import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { gapSearchRequest, mapGapSearch, mergeGap } from 'c/gapData';
import type { GapMatch, ReadData, ReadRequest } from 'c/gapData';
import { formatLabel } from 'c/format';
import mergePermission from '@salesforce/customPermission/Merge_Product_Gaps';
import { candidateOptions, movesText, survivorCandidates } from './candidates';
import type { KnownSurvivor, MergeMoves } from 'c/gapData';
import { LABELS } from './labels';

/** Delay between the last keystroke and the search request. */
const SEARCH_DELAY_MS = 300;

/**
 * Merges the gap into the one it duplicates: find the survivor (gap search) or take the one
 * given (a duplicate pair), read what moves, confirm naming both gaps. Shown only to users with
 * the custom permission Merge_Product_Gaps, which the permission sets grant together with edit
 * access to what the merge writes; a refusal anyway (access changed) disables it with the reason.
 */
export default class GapScorePanelMerge extends LightningElement {
  @api gapId = '';
  @api gapName = '';
  @api moves: MergeMoves = { submissions: 0, accounts: 0, arr: 0 };
  /** The survivor, when already known: no search, the confirmation opens with it chosen. */
  @api
  get survivorGap(): KnownSurvivor | null {
    return this.known;
  }
  set survivorGap(value: KnownSurvivor | null) {
    this.known = value ?? null;
    this.survivorId = value?.id ?? null;
  }
  labels = LABELS;
  /** False for users without Merge_Product_Gaps: nothing is rendered. */
  mayMerge = Boolean(mergePermission);
  private known: KnownSurvivor | null = null;
  isOpen = false;
  search: ReadRequest | null = null;
  candidates: GapMatch[] = [];
  searched = false;
  survivorId: string | null = null;
  working = false;
  refused = false;
  errors: string[] | null = null;
  doneText: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  @wire(graphql, {
    query: '$searchQuery',
    variables: '$searchVariables',
    operationName: 'GapSearch'
  })
  wiredSearch(result: GraphQLResult<ReadData>): void {
    if (!this.search) return;
    if (result?.errors?.length) this.errors = result.errors.map((error) => error.message);
    if (result?.errors?.length || !result?.data) return;
    this.candidates = survivorCandidates(mapGapSearch(result.data), this.gapId);
    this.searched = true;
    if (!this.candidates.some((match) => match.id === this.survivorId)) this.survivorId = null;
  }

  get searchQuery(): unknown {
    return this.search?.query;
  }
  get searchVariables(): Record<string, unknown> | undefined {
    return this.search?.variables;
  }
  get isSearchable(): boolean {
    return !this.known;
  }
  private get choices(): KnownSurvivor[] {
    return this.known ? [this.known] : this.candidates;
  }
  get options(): { label: string; value: string }[] {
    return candidateOptions(this.choices);
  }
  get noMatch(): boolean {
    return this.searched && this.candidates.length === 0;
  }
  get survivor(): KnownSurvivor | null {
    return this.choices.find((match) => match.id === this.survivorId) ?? null;
  }
  get movesText(): string | null {
    const survivor = this.survivor;
    return survivor ? movesText(survivor.name, this.moves, this.gapName) : null;
  }
  /** Accessible name of the open button: names the gap merged (several on the Top 10 tab). */
  get openLabel(): string {
    return this.known ? formatLabel(LABELS.OPEN_PAIR, this.gapName, this.known.name) : LABELS.OPEN;
  }
  get confirmDisabled(): boolean {
    return !this.survivor || this.working || this.refused;
  }

  override disconnectedCallback(): void {
    if (this.timer !== null) clearTimeout(this.timer);
  }

  handleOpen(): void {
    this.isOpen = true;
    this.doneText = null;
  }

  handleCancel(): void {
    this.isOpen = false;
    this.search = null;
    this.candidates = [];
    this.searched = false;
    this.survivorId = this.known?.id ?? null;
    this.errors = null;
  }

  handleSearch(event: CustomEvent<{ value?: string }>): void {
    const term = event.detail?.value ?? (event.target as HTMLInputElement | null)?.value ?? '';
    if (this.timer !== null) clearTimeout(this.timer);
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.timer = setTimeout(() => {
      this.timer = null;
      this.search = gapSearchRequest(term);
      if (!this.search) {
        this.candidates = [];
        this.searched = false;
      }
    }, SEARCH_DELAY_MS);
  }

  handleSurvivor(event: CustomEvent<{ value: string }>): void {
    this.survivorId = event.detail.value;
  }

  async handleConfirm(): Promise<void> {
    const survivor = this.survivor;
    if (!survivor || this.working) return;
    this.working = true;
    this.errors = null;
    const result = await mergeGap({ gap: { id: this.gapId }, survivor });
    this.working = false;
    if (!result.ok) {
      if (result.kind === 'noAccess') this.refused = true;
      else this.errors = result.messages;
      return;
    }
    this.doneText = formatLabel(LABELS.DONE, survivor.name, this.gapName);
    this.isOpen = false;
    const detail = { gapId: this.gapId, survivorId: survivor.id };
    this.dispatchEvent(new CustomEvent('merged', { detail }));
  }
}
