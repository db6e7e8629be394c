import { LightningElement, api } from 'lwc';
import TopTenCurationConfirm from 'c/topTenCurationConfirm';
import type { ConfirmEntry, ConfirmResult } from 'c/topTenCurationConfirm';
import { LABELS } from 'c/topTenPublishing';

/** What the confirmation shows, prepared by the screen from its draft and basis. */
export interface ConfirmContent {
  body: string;
  changes: string;
  basis: string[];
  partial: string;
  unchanged: boolean;
  entries: ConfirmEntry[];
}

/**
 * The Publish and Discard buttons with what answers them where they are: the confirmation
 * (LightningModal), the stale-publish refusal (which takes the focus), why publishing is
 * blocked, and the spinner. Fires `publish` once confirmed and `discard`.
 */
export default class TopTenCurationPublish extends LightningElement {
  @api disabled = false;
  @api publishing = false;
  /** Why publishing is unavailable, or null. */
  @api blocked: string | null = null;
  /** The confirmation's content; read when Publish is pressed. */
  @api confirmation: ConfirmContent | null = null;

  labels = LABELS;
  refusalText = '';
  private confirming = false;
  private focusRefusal = false;
  /** Set while the refusal holds the focus, until the person next presses a key or the pointer. */
  private holdRefusalFocus = false;

  /** Why the last publish was refused ('' clears it); the refusal takes the focus when shown. */
  @api
  get refusal(): string {
    return this.refusalText;
  }
  set refusal(value: string) {
    const text = value ?? '';
    if (text && !this.refusalText) this.focusRefusal = true;
    this.refusalText = text;
  }

  override renderedCallback(): void {
    if (!this.focusRefusal || !this.refusalElement) return;
    this.focusRefusal = false;
    this.refusalElement.focus();
    this.holdRefusalFocus = true;
  }

  private get refusalElement(): HTMLElement | null {
    return this.template?.querySelector<HTMLElement>('.refusal') ?? null;
  }

  /** The confirmation's late focus hand-back to Publish goes to the refusal instead. */
  handlePublishFocus(): void {
    if (!this.holdRefusalFocus || !this.refusalText) return;
    this.holdRefusalFocus = false;
    this.refusalElement?.focus();
  }

  /** A key or pointer press is the person moving on: the focus is theirs again. */
  handlePersonInput(): void {
    this.holdRefusalFocus = false;
  }

  /** Opens the confirmation; fires `publish` only on its Publish button. */
  async handlePublish(): Promise<void> {
    if (this.disabled || this.confirming || !this.confirmation) return;
    this.confirming = true;
    // LightningModal.open, not window.open / XMLHttpRequest.open: the LWS rule matches the name only.
    // eslint-disable-next-line @locker/locker/distorted-xml-http-request-window-open
    const result: ConfirmResult = await TopTenCurationConfirm.open({
      size: 'small',
      label: this.labels.confirmTitle,
      ...this.confirmation
    });
    this.confirming = false;
    if (result === 'publish') {
      this.dispatchEvent(new CustomEvent('publish'));
      return;
    }
    // Back to the control that opened the dialog, once it is no longer hidden behind it.
    Promise.resolve().then(() => this.template?.querySelector<HTMLElement>('.publish')?.focus?.());
  }

  handleDiscard(): void {
    this.dispatchEvent(new CustomEvent('discard'));
  }
}
