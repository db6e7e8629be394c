import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/format';
import { LABELS } from './labels';
import { githubLinkKind, githubLinkNumber, resolvedButOpen, stateTone } from './status';

const KIND_TEXT = { issue: LABELS.ISSUE, pull: LABELS.PULL, discussion: LABELS.DISCUSSION };

/**
 * A gap's or entry's GitHub link, labelled by kind (issue, pull request, discussion), with the
 * state the GitHub sync copied (blank: "Not synced") and, when given the gap's status, the
 * "resolved on GitHub, gap still open" mark. Renders nothing without a valid link.
 */
export default class GithubStatus extends LightningElement {
  /** GitHub_Issue_URL__c; only https://github.com/<owner>/<repo>/(issues|pull|discussions)/<n> is shown. */
  @api url?: string | null;
  /** GitHub_State__c; blank or unreadable means not synced. */
  @api state?: string | null;
  /** GitHub_Milestone__c, shown under the state when present. */
  @api milestone?: string | null;
  /** What the link is about (the gap's name), for its accessible name; the URL when unset. */
  @api subject?: string | null;
  /** The gap's status, for the TPM's mark; leave unset where the gap cannot be read (the board). */
  @api gapStatus?: string | null;

  get kind(): string | null {
    return githubLinkKind(this.url);
  }
  get hasLink(): boolean {
    return this.kind !== null;
  }
  get kindText(): string {
    return this.kind ? KIND_TEXT[this.kind as keyof typeof KIND_TEXT] : '';
  }
  /** "Pull request #123", "Issue #45": the kind and number, so a pull request reads as one. */
  get linkText(): string {
    const number = githubLinkNumber(this.url);
    return number ? formatLabel(LABELS.NUMBERED, this.kindText, number) : this.kindText;
  }
  get linkLabel(): string {
    return formatLabel(LABELS.LINK, this.linkText, this.subject || this.url || '');
  }
  get stateText(): string {
    return this.state ? this.state : LABELS.NOT_SYNCED;
  }
  get badgeClass(): string {
    const tone = this.state ? stateTone(this.state) : 'default';
    const toneClass =
      tone === 'success'
        ? ' slds-theme_success'
        : tone === 'inverse'
          ? ' slds-badge_inverse'
          : this.state
            ? ''
            : ' slds-badge_lightest';
    return `slds-badge slds-m-left_xx-small state${toneClass}`;
  }
  get milestoneText(): string | null {
    return this.milestone ? formatLabel(LABELS.MILESTONE, this.milestone) : null;
  }
  get resolvedOpen(): boolean {
    return resolvedButOpen(this.state, this.gapStatus);
  }
  get resolvedText(): string {
    return LABELS.RESOLVED_OPEN;
  }
}
