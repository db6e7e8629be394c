import { LightningElement } from 'lwc';
import { SHOW_TOAST_EVENT } from '../../../../platform/toast';
import type { ToastDetail } from '../../../../platform/toast';

interface Toast {
  id: number;
  title: string;
  message: string;
  variant: string;
  className: string;
  assistiveText: string;
}

// Long enough for a person (and a browser test) to read; sticky toasts stay until closed.
const DISMISS_AFTER_MS = 8000;

/** Fills `{0}`, `{1}` ... in a toast message from messageData (strings or `{ label }` links). */
export function formatToastMessage(message: string, messageData: unknown[] = []): string {
  return message.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const item = messageData[Number(index)];
    if (item === undefined) return placeholder;
    if (item && typeof item === 'object' && 'label' in item)
      return String((item as { label: unknown }).label);
    return String(item);
  });
}

/** The preview's toast container: shows every ShowToastEvent fired in the page, in an SLDS status region. */
export default class Toasts extends LightningElement {
  toasts: Toast[] = [];
  private nextId = 1;
  private readonly onToast = (event: Event) =>
    this.show((event as CustomEvent<ToastDetail>).detail);

  override connectedCallback(): void {
    window.addEventListener(SHOW_TOAST_EVENT, this.onToast);
  }

  override disconnectedCallback(): void {
    window.removeEventListener(SHOW_TOAST_EVENT, this.onToast);
  }

  show(detail: ToastDetail): void {
    const variant = ['success', 'warning', 'error'].includes(detail?.variant ?? '')
      ? detail.variant!
      : 'info';
    const toast: Toast = {
      id: this.nextId++,
      title: String(detail?.title ?? ''),
      message: formatToastMessage(String(detail?.message ?? ''), detail?.messageData),
      variant,
      className: `slds-notify slds-notify_toast slds-theme_${variant}`,
      assistiveText: variant
    };
    this.toasts = [...this.toasts, toast];
    if (detail?.mode !== 'sticky') {
      setTimeout(() => this.dismiss(toast.id), DISMISS_AFTER_MS);
    }
  }

  dismiss(id: number): void {
    this.toasts = this.toasts.filter((toast) => toast.id !== id);
  }

  handleClose(event: Event): void {
    this.dismiss(Number((event.currentTarget as HTMLElement).dataset.id));
  }
}
