// Jest stand-in for `lightning/actions` (sfdx-lwc-jest ships none): the quick-action close event
// is a plain CustomEvent named as the platform names it, so a test listens for it on the element.
export const CLOSE_ACTION_SCREEN = 'closeactionscreen';

export class CloseActionScreenEvent extends CustomEvent {
  constructor() {
    super(CLOSE_ACTION_SCREEN, { bubbles: true, composed: true });
  }
}
