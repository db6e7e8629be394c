// The preview's `lightning/platformShowToastEvent`: the same event name as the platform, so the
// shell's toast container (listening on window) shows it.

export interface ToastDetail {
  title: string;
  message?: string;
  variant?: 'info' | 'success' | 'warning' | 'error';
  mode?: 'dismissible' | 'pester' | 'sticky';
  messageData?: unknown[];
}

/** Name of the toast event, as on the platform. */
export const SHOW_TOAST_EVENT = 'lightning__showtoast';

/** A toast request; dispatch it from a component, it bubbles out of its shadow tree. */
export class ShowToastEvent extends CustomEvent<ToastDetail> {
  constructor(detail: ToastDetail) {
    super(SHOW_TOAST_EVENT, { detail, bubbles: true, composed: true, cancelable: true });
  }
}
