// The preview's `lightning/actions`: the shell closes its quick-action modal on this event.

/** Name of the close event the shell's modal listens for. */
export const CLOSE_ACTION_SCREEN_EVENT = 'lightning__closeactionscreen';

/** Closes the quick-action screen (the preview's modal) that holds the component. */
export class CloseActionScreenEvent extends CustomEvent<null> {
  constructor() {
    super(CLOSE_ACTION_SCREEN_EVENT, { detail: null, bubbles: true, composed: true });
  }
}
