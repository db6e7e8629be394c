import { api } from 'lwc';
import LightningModal from 'lightning/modal';
import TITLE from '@salesforce/label/c.TopTenCuration_ConfirmTitle';
import PUBLISH from '@salesforce/label/c.TopTenCuration_ConfirmPublish';
import CANCEL from '@salesforce/label/c.TopTenCuration_Cancel';
import LIST_HEADING from '@salesforce/label/c.TopTenCuration_ConfirmListHeading';
import CHANGES_HEADING from '@salesforce/label/c.TopTenCuration_ConfirmChangesHeading';
import PINNED from '@salesforce/label/c.TopTenCuration_PinnedBadge';
import BASIS_HEADING from '@salesforce/label/c.TopTenCuration_BasisHeading';
import PUBLISH_PARTIAL from '@salesforce/label/c.TopTenCuration_ConfirmPublishPartial';
import PUBLISH_UNCHANGED from '@salesforce/label/c.TopTenCuration_ConfirmPublishUnchanged';
import UNCHANGED_NOTICE from '@salesforce/label/c.TopTenCuration_UnchangedNotice';

/** One entry of the list about to be published, as the summary shows it. */
export interface ConfirmEntry {
  gapId: string;
  rank: number;
  name: string;
  pinned: boolean;
}

/** What `open()` resolves to: 'publish', 'cancel', or undefined when the modal was dismissed. */
export type ConfirmResult = 'publish' | 'cancel' | undefined;

/**
 * The publish confirmation, a LightningModal: what the list rests on (window, method label,
 * weights, gap and submission counts), a warning when that ranking is partial, what changes
 * against the published list (or that nothing does), and the entries in order. A partial or
 * unchanged list gets its own confirm button, so it is never published by habit. Resolves `open()` with
 * 'publish' or 'cancel'; Escape or the close button dismiss it (undefined).
 */
export default class TopTenCurationConfirm extends LightningModal {
  /** What will be published, one sentence (entries and method). */
  @api body = '';
  /** What changes against the published list, one sentence. */
  @api changes = '';
  /** What the ranking rests on, one line each (window, method, weights, counts). */
  @api basis: string[] = [];
  /** Why the ranking is partial, or '' when it is complete. */
  @api partial = '';
  /** True when the list repeats the published revision entry for entry. */
  @api unchanged = false;
  /** The entries in rank order. */
  @api entries: ConfirmEntry[] = [];

  labels = {
    title: TITLE,
    publish: PUBLISH,
    cancel: CANCEL,
    listHeading: LIST_HEADING,
    changesHeading: CHANGES_HEADING,
    pinned: PINNED,
    basisHeading: BASIS_HEADING,
    unchangedNotice: UNCHANGED_NOTICE
  };

  get hasBasis(): boolean {
    return (this.basis ?? []).length > 0;
  }

  /** The confirm button says what it does when that is not an ordinary publish. */
  get confirmLabel(): string {
    if (this.unchanged) return PUBLISH_UNCHANGED;
    if (this.partial) return PUBLISH_PARTIAL;
    return PUBLISH;
  }

  handleCancel(): void {
    this.close('cancel');
  }

  handleConfirm(): void {
    this.close('publish');
  }
}
