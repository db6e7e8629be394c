import { LightningElement, api } from 'lwc';
import { ROADMAP_STATUSES, alignmentProblems, updateEntryAlignment } from 'c/gapData';
import type { AlignmentChanges, EntryAlignment } from 'c/gapData';
import { formatLabel } from 'c/format';
import { LABELS } from './labels';

/** The pattern the quarter input checks as the user types (the validation rule's, anchored by the input). */
const QUARTER_PATTERN = '[0-9]{4}-Q[1-4]';

/**
 * A published entry's roadmap alignment (status, target quarter, owning PM, note), shown to every
 * reader; with `canEdit` (Managers) an inline editor saves the four fields and fires `saved`.
 */
export default class EntryAlignmentView extends LightningElement {
  labels = LABELS;
  quarterPattern = QUARTER_PATTERN;
  @api entryId?: string;
  @api gapName?: string;
  /** True for Managers (custom permission Edit_Top_10_Alignment); the save still checks field access. */
  @api canEdit = false;

  editing = false;
  saving = false;
  errors: unknown = null;
  announcement = '';
  draft: AlignmentChanges = {
    roadmapStatus: null,
    targetQuarter: null,
    owningPmId: null,
    note: null
  };
  private shownAlignment: EntryAlignment | null = null;

  /** The entry's alignment as gapData maps it; null or absent fields read as blank. */
  @api
  get alignment(): EntryAlignment | null {
    return this.shownAlignment;
  }
  set alignment(value: EntryAlignment | null) {
    this.shownAlignment = value ?? null;
  }

  get statusText(): string | null {
    return this.shownAlignment?.roadmapStatus ?? null;
  }
  get quarterText(): string | null {
    return this.shownAlignment?.targetQuarter ?? null;
  }
  get pmText(): string | null {
    return this.shownAlignment?.owningPmName ?? null;
  }
  get noteText(): string | null {
    return this.shownAlignment?.note ?? null;
  }
  get isBlank(): boolean {
    return !this.statusText && !this.quarterText && !this.pmText && !this.noteText;
  }
  get showEdit(): boolean {
    return this.canEdit && !this.editing && Boolean(this.entryId);
  }
  get editLabel(): string {
    return formatLabel(LABELS.EDIT, this.gapName ?? '');
  }
  get statusOptions(): { label: string; value: string }[] {
    return [
      { label: LABELS.STATUS_NONE, value: '' },
      ...ROADMAP_STATUSES.map((status) => ({ label: status, value: status }))
    ];
  }
  get draftStatus(): string {
    return this.draft.roadmapStatus ?? '';
  }
  get draftQuarter(): string {
    return this.draft.targetQuarter ?? '';
  }
  get draftNote(): string {
    return this.draft.note ?? '';
  }
  /** The chosen owning PM's name while editing (the picker shows it). */
  draftPmName: string | null = null;

  handleEdit(): void {
    const current = this.shownAlignment;
    this.draft = {
      roadmapStatus: current?.roadmapStatus ?? null,
      targetQuarter: current?.targetQuarter ?? null,
      owningPmId: current?.owningPmId ?? null,
      note: current?.note ?? null
    };
    this.draftPmName = current?.owningPmName ?? null;
    this.errors = null;
    this.editing = true;
  }
  handleCancel(): void {
    this.editing = false;
    this.errors = null;
  }
  handleStatus(event: CustomEvent<{ value: string }>): void {
    this.draft = { ...this.draft, roadmapStatus: event.detail.value || null };
  }
  handleQuarter(event: CustomEvent<{ value: string }>): void {
    this.draft = { ...this.draft, targetQuarter: event.detail.value || null };
  }
  handleOwner(event: CustomEvent<{ id: string | null; name: string | null }>): void {
    event.stopPropagation();
    this.draft = { ...this.draft, owningPmId: event.detail?.id ?? null };
    this.draftPmName = event.detail?.name ?? null;
  }
  handleNote(event: CustomEvent<{ value: string }>): void {
    this.draft = { ...this.draft, note: event.detail.value || null };
  }

  async handleSave(): Promise<void> {
    const problems = alignmentProblems(this.draft);
    if (problems.length > 0) {
      this.errors = problems.map((message) => ({ message }));
      return;
    }
    this.saving = true;
    const result = await updateEntryAlignment(this.entryId ?? '', this.draft);
    this.saving = false;
    if (!result.ok) {
      this.errors =
        result.kind === 'invalid'
          ? result.messages.map((message) => ({ message }))
          : result.messages;
      return;
    }
    // Shown at once with the name the picker gave; the board's refreshed read confirms it.
    const owningPmName = this.draft.owningPmId ? this.draftPmName : null;
    this.shownAlignment = { ...this.draft, owningPmName };
    this.editing = false;
    this.errors = null;
    this.announcement = LABELS.SAVED;
    this.dispatchEvent(new CustomEvent('saved', { detail: { entryId: this.entryId } }));
  }
}
