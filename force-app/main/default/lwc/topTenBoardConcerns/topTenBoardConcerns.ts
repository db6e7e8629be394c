import { LightningElement, api } from 'lwc';
import CONCERNS from '@salesforce/label/c.TopTen_Board_Concerns';
import CONCERNS_URL from '@salesforce/label/c.TopTen_Board_Concerns_Url';
import { concernsTarget } from './concerns';

/**
 * The board's "Concerns about this list?" link to the working group's channel (Slack, Chatter
 * group, any https URL) set by an admin in a Custom Label; hidden when unset or not https.
 */
export default class TopTenBoardConcerns extends LightningElement {
  label = CONCERNS;
  /** The configured target; defaults to the Custom Label (settable for tests and previews). */
  @api target: string | null = CONCERNS_URL;

  get href(): string | null {
    return concernsTarget(this.target);
  }
}
