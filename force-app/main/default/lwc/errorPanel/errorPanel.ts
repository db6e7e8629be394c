import { LightningElement, api } from 'lwc';
import { userFacingErrors } from 'c/ldsErrors';
import type { ErrorKind } from 'c/ldsErrors';
import GENERIC_TITLE from '@salesforce/label/c.Error_Generic_Title';
import NO_ACCESS_TITLE from '@salesforce/label/c.Error_No_Access_Title';
import NO_ACCESS_HINT from '@salesforce/label/c.Error_No_Access_Hint';
import NETWORK_TITLE from '@salesforce/label/c.Error_Network_Title';
import NETWORK_HINT from '@salesforce/label/c.Error_Network_Hint';
import GENERIC_HINT from '@salesforce/label/c.Error_Generic_Hint';
import DETAILS from '@salesforce/label/c.Error_Details';

/**
 * Shows any error the package meets in one consistent place, as plain sentences: no access says
 * what to ask for, a network failure what to do; raw platform text never shows, except collapsed
 * under "Details for your Salesforce admin" when nothing else explains the failure.
 */
export default class ErrorPanel extends LightningElement {
  /** Errors of any shape: UI API, GraphQL `errors`, fetch failures, JS errors, strings. */
  @api errors: unknown;
  /** A sentence that says what failed ("The ranking could not be loaded."). */
  @api friendlyMessage?: string;

  detailsLabel = DETAILS;

  private get view() {
    return userFacingErrors(this.errors);
  }

  get kind(): ErrorKind {
    return this.view.kind;
  }

  get isNoAccess(): boolean {
    return this.kind === 'noAccess';
  }

  get heading(): string {
    if (this.kind === 'noAccess') return NO_ACCESS_TITLE;
    if (this.kind === 'network') return NETWORK_TITLE;
    return this.friendlyMessage || GENERIC_TITLE;
  }

  get hint(): string | undefined {
    if (this.isNoAccess) return NO_ACCESS_HINT;
    if (this.kind === 'network') return NETWORK_HINT;
    return this.view.details.length > 0 ? GENERIC_HINT : undefined;
  }

  get messages(): { key: string; text: string }[] {
    return this.view.sentences.map((message, index) => ({ key: `m${index}`, text: message }));
  }

  get details(): { key: string; text: string }[] {
    return this.view.details.map((message, index) => ({ key: `d${index}`, text: message }));
  }

  get hasDetails(): boolean {
    return this.view.details.length > 0;
  }

  get hasMessages(): boolean {
    return this.messages.length > 0;
  }

  get boxClass(): string {
    const theme = this.isNoAccess ? 'slds-theme_info' : 'slds-theme_error';
    return `slds-box slds-box_small ${theme}`;
  }

  get iconName(): string {
    return this.isNoAccess ? 'utility:lock' : 'utility:error';
  }
}
