import { LightningElement, api } from 'lwc';
import { classifyErrors, reduceErrors } from 'c/ldsErrors';
import type { ErrorKind } from 'c/ldsErrors';
import GENERIC_TITLE from '@salesforce/label/c.Error_Generic_Title';
import NO_ACCESS_TITLE from '@salesforce/label/c.Error_No_Access_Title';
import NO_ACCESS_HINT from '@salesforce/label/c.Error_No_Access_Hint';
import NETWORK_TITLE from '@salesforce/label/c.Error_Network_Title';

/** Shows any error the package meets, reduced to readable messages, in one consistent place. */
export default class ErrorPanel extends LightningElement {
  /** Errors of any shape: UI API, GraphQL `errors`, fetch failures, JS errors, strings. */
  @api errors: unknown;
  /** A sentence that says what failed ("The ranking could not be loaded."). */
  @api friendlyMessage?: string;

  get kind(): ErrorKind {
    return classifyErrors(this.errors);
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
    return this.isNoAccess ? NO_ACCESS_HINT : undefined;
  }

  get messages(): { key: string; text: string }[] {
    return reduceErrors(this.errors).map((message, index) => ({ key: `m${index}`, text: message }));
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
