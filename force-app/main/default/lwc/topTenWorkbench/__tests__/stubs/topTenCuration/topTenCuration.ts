import { LightningElement, api } from 'lwc';

/** Jest stand-in for c-top-ten-curation (tested on its own): records what the workbench passes. */
export default class TopTenCuration extends LightningElement {
  @api ranking: unknown;
  @api gapMetrics: unknown;
  @api method: unknown;
  @api weights: unknown;
  @api revision: unknown;
  @api basis: unknown;
}
