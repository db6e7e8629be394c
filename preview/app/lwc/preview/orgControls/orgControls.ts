import { LightningElement } from 'lwc';
import { failNthWrite, fetchOrgState, hideAccounts, resetOrg } from '../../../api';
import type { OrgState } from '../../../api';

/** Account Ids typed by a person: split on commas, spaces or new lines, blanks dropped. */
export function parseIdList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((id) => id.trim())
    .filter(Boolean);
}

/** Admin-side switches of the in-memory org: private sharing, a failing write, a data reset. */
export default class OrgControls extends LightningElement {
  state: OrgState | undefined;
  hiddenText = '';
  failAt = '';
  error = '';

  override async connectedCallback(): Promise<void> {
    await this.run(() => fetchOrgState());
  }

  get hiddenSummary(): string {
    const ids = this.state?.hiddenAccountIds ?? [];
    return ids.length ? `Hidden from preview users: ${ids.join(', ')}` : 'No account is hidden.';
  }

  get failSummary(): string {
    const n = this.state?.failNthWrite;
    return n ? `Write number ${n} from now will fail.` : 'No write is set to fail.';
  }

  handleHiddenInput(event: Event): void {
    this.hiddenText = (event.target as HTMLInputElement).value;
  }

  handleFailInput(event: Event): void {
    this.failAt = (event.target as HTMLInputElement).value;
  }

  async handleHide(): Promise<void> {
    await this.run(() => hideAccounts(parseIdList(this.hiddenText)), true);
  }

  async handleShowAll(): Promise<void> {
    await this.run(() => hideAccounts([]), true);
  }

  async handleFail(): Promise<void> {
    const n = Number(this.failAt);
    if (!Number.isInteger(n) || n < 1) {
      this.error = 'Enter a whole number of 1 or more.';
      return;
    }
    await this.run(() => failNthWrite(n), false);
  }

  async handleClearFail(): Promise<void> {
    await this.run(() => failNthWrite(null), false);
  }

  async handleReset(): Promise<void> {
    await this.run(() => resetOrg(), true);
  }

  // Changes that alter what queries return reload the page, so every wire asks again.
  private async run(action: () => Promise<OrgState>, reload = false): Promise<void> {
    try {
      this.error = '';
      this.state = await action();
      this.hiddenText = this.state.hiddenAccountIds.join(', ');
      if (reload) window.location.reload();
    } catch (error) {
      this.error = (error as Error).message;
    }
  }
}
