import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { NavigationMixin } from 'lightning/navigation';
import USER_ID from '@salesforce/user/Id';
import { mapCustomerSubmissions } from 'c/gapData';
import type { AlreadyFlagged, CustomerSubmission, ReadData } from 'c/gapData';
import { formatLabel } from 'c/format';
import TITLE from '@salesforce/label/c.GapSubmission_Already_Title';
import BODY from '@salesforce/label/c.GapSubmission_Already_Body';
import DETAILS from '@salesforce/label/c.GapSubmission_Already_Details';
import OPEN from '@salesforce/label/c.GapSubmission_Open_Existing';

/**
 * Says that this gap is already flagged for this account and opportunity, and points to the
 * submission it collided with: read by its key when the write could not read it back.
 */
export default class GapSubmissionAlready extends NavigationMixin(LightningElement) {
  labels = { TITLE, BODY, OPEN };
  read: CustomerSubmission | null = null;
  private outcome: AlreadyFlagged | null = null;

  /** The "already flagged" outcome of createSubmission. */
  @api
  get alreadyFlagged(): AlreadyFlagged | null {
    return this.outcome;
  }
  set alreadyFlagged(value: AlreadyFlagged | null) {
    this.outcome = value;
    this.read = null;
  }

  @wire(graphql, {
    query: '$lookupQuery',
    variables: '$lookupVariables',
    operationName: 'SubmissionByKey'
  })
  wiredExisting(result: GraphQLResult<ReadData>): void {
    if (!this.lookupQuery && !this.lookupVariables) return;
    if (result?.data) [this.read = null] = mapCustomerSubmissions(result.data, USER_ID);
  }

  // Read only when the write did not bring the existing submission back.
  get lookupQuery(): unknown {
    return this.outcome?.existing ? undefined : this.outcome?.lookup.query;
  }
  get lookupVariables(): Record<string, unknown> | undefined {
    return this.outcome?.existing ? undefined : this.outcome?.lookup.variables;
  }

  get existing(): CustomerSubmission | null {
    return this.outcome?.existing ?? this.read;
  }

  get details(): string | null {
    const existing = this.existing;
    if (!existing) return null;
    return formatLabel(DETAILS, existing.severity ?? '', existing.createdByName ?? '');
  }

  handleOpen(): void {
    const id = this.existing?.id;
    if (!id) return;
    this[NavigationMixin.Navigate]({
      type: 'standard__recordPage',
      attributes: { recordId: id, objectApiName: 'Product_Gap_Submission__c', actionName: 'view' }
    });
  }
}
