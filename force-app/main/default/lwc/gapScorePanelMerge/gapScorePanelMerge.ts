import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { gapSearchRequest, mapGapSearch, mergeGap } from 'c/gapData';
import type { GapMatch, ReadData, ReadRequest } from 'c/gapData';
import { formatLabel } from 'c/labelFormat';
import { candidateOptions, movesText, survivorCandidates } from './candidates';
import type { MergeMoves } from './candidates';
import { LABELS } from './labels';

/** Delay between the last keystroke and the search request. */
const SEARCH_DELAY_MS = 300;

/**
 * Merges the gap into the one it duplicates: find the survivor (gap search), read what moves,
 * confirm. The control shows to everyone who can open the panel; a refusal for lack of edit
 * access (the user's schema has no Product Gap update) disables it with the reason, because the
 * package has no read that tells the write permission beforehand without Apex.
 */
export default class GapScorePanelMerge extends LightningElement {
  @api gapId = '';
  @api gapName = '';
  @api moves: MergeMoves = { submissions: 0, accounts: 0, arr: 0 };
  labels = LABELS;
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
    if (result?.errors?.length) {
      this.errors = result.errors.map((error) => error.message);
      return;
    }
    if (!result?.data) return;
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
  get options(): { label: string; value: string }[] {
    return candidateOptions(this.candidates);
  }
  get hasOptions(): boolean {
    return this.candidates.length > 0;
  }
  get noMatch(): boolean {
    return this.searched && this.candidates.length === 0;
  }
  get survivor(): GapMatch | null {
    return this.candidates.find((match) => match.id === this.survivorId) ?? null;
  }
  get movesText(): string | null {
    const survivor = this.survivor;
    return survivor ? movesText(survivor.name, this.moves) : null;
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
    this.survivorId = null;
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
    const result = await mergeGap({
      gap: { id: this.gapId },
      survivor: { id: survivor.id, status: survivor.status, duplicateOfId: survivor.duplicateOfId }
    });
    this.working = false;
    if (!result.ok) {
      if (result.kind === 'noAccess') this.refused = true;
      else this.errors = result.messages;
      return;
    }
    this.doneText = formatLabel(LABELS.DONE, survivor.name);
    this.isOpen = false;
    this.dispatchEvent(new CustomEvent('merged', { detail: { survivorId: survivor.id } }));
  }
}
