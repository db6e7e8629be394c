import { api } from 'lwc';
import LightningModal from 'lightning/modal';
import TITLE from '@salesforce/label/c.TopTenCuration_ConfirmTitle';
import PUBLISH from '@salesforce/label/c.TopTenCuration_ConfirmPublish';
import CANCEL from '@salesforce/label/c.TopTenCuration_Cancel';
import LIST_HEADING from '@salesforce/label/c.TopTenCuration_ConfirmListHeading';
import CHANGES_HEADING from '@salesforce/label/c.TopTenCuration_ConfirmChangesHeading';
import PINNED from '@salesforce/label/c.TopTenCuration_PinnedBadge';

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
 * The publish confirmation, a LightningModal: what the list rests on (entry count and method),
 * what changes against the published list, and the entries in order. Resolves `open()` with
 * 'publish' or 'cancel'; Escape or the close button dismiss it (undefined).
 */
export default class TopTenCurationConfirm extends LightningModal {
  /** What will be published, one sentence (entries and method). */
  @api body = '';
  /** What changes against the published list, one sentence. */
  @api changes = '';
  /** The entries in rank order. */
  @api entries: ConfirmEntry[] = [];

  labels = {
    title: TITLE,
    publish: PUBLISH,
    cancel: CANCEL,
    listHeading: LIST_HEADING,
    changesHeading: CHANGES_HEADING,
    pinned: PINNED
  };

  handleCancel(): void {
    this.close('cancel');
  }

  handleConfirm(): void {
    this.close('publish');
  }
}
