// Every string the GitHub status shows, from Custom Labels so an admin can translate them.
import ISSUE from '@salesforce/label/c.GitHub_Status_Issue';
import PULL from '@salesforce/label/c.GitHub_Status_Pull';
import DISCUSSION from '@salesforce/label/c.GitHub_Status_Discussion';
import NUMBERED from '@salesforce/label/c.GitHub_Status_Numbered';
import LINK from '@salesforce/label/c.GitHub_Status_Link';
import NOT_SYNCED from '@salesforce/label/c.GitHub_Status_Not_Synced';
import MILESTONE from '@salesforce/label/c.GitHub_Status_Milestone';
import RESOLVED_OPEN from '@salesforce/label/c.GitHub_Status_Resolved_Open';

export const LABELS = {
  ISSUE,
  PULL,
  DISCUSSION,
  NUMBERED,
  LINK,
  NOT_SYNCED,
  MILESTONE,
  RESOLVED_OPEN
};
