import { LightningElement } from 'lwc';
import { currentSession } from '../../../../platform/session';
import { navigateToUrl, NAVIGATE_EVENT } from '../../../../platform/navigation';
import { CLOSE_ACTION_SCREEN_EVENT } from '../../../../platform/actions';
import { FLOW_FINISH_EVENT } from '../../../../platform/flowSupport';
// The specifier, not the file: the bundle must hold one refresh tree, the one components register in.
import { registerRefreshContainer, unregisterRefreshContainer } from 'lightning/refresh';
import { accessFor, availableActions, availablePages, componentClass } from '../../../registry';
import { matchPage, PAGES } from '../../../pages';
import type { PageAction, PageContext, PageDefinition } from '../../../pages';
import { switchUser } from '../../../api';

/** The preview's frame: navigation, user switch, org controls, the current page and the quick-action modal. */
export default class Shell extends LightningElement {
  session = currentSession();
  location = { pathname: window.location.pathname, search: window.location.search };
  openAction: PageAction | undefined;
  showOrgControls = false;
  userSwitchError = '';

  private readonly onLocationChange = () => {
    this.location = { pathname: window.location.pathname, search: window.location.search };
    this.openAction = undefined;
  };
  private readonly onCloseAction = () => this.closeModal();
  // A finished flow quick action returns to the record it ran for.
  private readonly onFlowFinish = () => {
    const id = new URLSearchParams(this.location.search).get('recordId') ?? '';
    navigateToUrl(id.startsWith('006') ? `/opportunity/${id}` : `/account/${id}`);
  };
  private refreshContainer: number | undefined;

  override connectedCallback(): void {
    // As the Lightning Experience page host: the container that receives RefreshEvent for the page.
    this.refreshContainer = registerRefreshContainer(this, () => undefined);
    window.addEventListener(NAVIGATE_EVENT, this.onLocationChange);
    window.addEventListener('popstate', this.onLocationChange);
    window.addEventListener(CLOSE_ACTION_SCREEN_EVENT, this.onCloseAction);
    window.addEventListener(FLOW_FINISH_EVENT, this.onFlowFinish);
  }

  override disconnectedCallback(): void {
    if (this.refreshContainer !== undefined) unregisterRefreshContainer(this.refreshContainer);
    window.removeEventListener(NAVIGATE_EVENT, this.onLocationChange);
    window.removeEventListener('popstate', this.onLocationChange);
    window.removeEventListener(CLOSE_ACTION_SCREEN_EVENT, this.onCloseAction);
    window.removeEventListener(FLOW_FINISH_EVENT, this.onFlowFinish);
  }

  override renderedCallback(): void {
    if (this.openAction) {
      const close = this.template?.querySelector<HTMLButtonElement>('[data-id="modal-close"]');
      if (close && !this.template?.activeElement?.closest?.('[role="dialog"]')) close.focus();
    }
  }

  get route(): { page: PageDefinition; params: Record<string, string> } | undefined {
    return matchPage(PAGES, this.location.pathname);
  }

  get context(): PageContext {
    return {
      params: this.route?.params ?? {},
      state: Object.fromEntries(new URLSearchParams(this.location.search)),
      userId: this.session.user.id
    };
  }

  get navItems() {
    // As the org's navigation bar: only the tabs the permission set makes Visible.
    return availablePages()
      .filter((page) => !page.path.includes(':'))
      .filter((page) => page.nav !== false)
      .filter((page) => accessFor(page, this.session.user.permissionSet) === 'visible')
      .map((page) => ({
        key: page.path,
        href: page.path,
        label: page.label,
        current: page.path === this.location.pathname ? 'page' : null,
        className: `slds-context-bar__item${page.path === this.location.pathname ? ' slds-is-active' : ''}`
      }));
  }

  get userOptions() {
    return this.session.users.map((user) => ({
      value: user.id,
      label: `${user.name} (${user.permissionSet})`,
      selected: user.id === this.session.user.id
    }));
  }

  /** True when the org would refuse this page to the current user (hidden tab, unreadable object). */
  get refused(): boolean {
    return Boolean(
      this.route && accessFor(this.route.page, this.session.user.permissionSet) === 'denied'
    );
  }

  get pageCtor() {
    if (!this.route || this.refused) return undefined;
    return componentClass(this.route.page.component);
  }

  get pageProps(): Record<string, unknown> {
    return this.route ? this.route.page.props(this.context) : {};
  }

  get pageTitle(): string {
    return this.route?.page.label ?? 'Page not found';
  }

  get missingMessage(): string {
    if (!this.route) return `No preview page has the path ${this.location.pathname}.`;
    return `The screen ${this.route.page.component} is not in the package yet.`;
  }

  get actions() {
    if (!this.route || !this.pageCtor) return [];
    return availableActions(this.route.page).map((action) => ({
      key: action.label,
      label: action.label
    }));
  }

  get actionCtor() {
    return this.openAction ? componentClass(this.openAction.component) : undefined;
  }

  get actionProps(): Record<string, unknown> {
    return this.openAction ? this.openAction.props(this.context) : {};
  }

  get orgControlsLabel(): string {
    return this.showOrgControls ? 'Hide org controls' : 'Org controls';
  }

  handleNavClick(event: MouseEvent): void {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigateToUrl((event.currentTarget as HTMLAnchorElement).getAttribute('href') ?? '/');
  }

  async handleUserChange(event: Event): Promise<void> {
    const userId = (event.target as HTMLSelectElement).value;
    try {
      await switchUser(userId);
      // Custom permissions and the user Id are module imports: only a reload re-evaluates them.
      window.location.reload();
    } catch (error) {
      this.userSwitchError = (error as Error).message;
    }
  }

  toggleOrgControls(): void {
    this.showOrgControls = !this.showOrgControls;
  }

  handleAction(event: Event): void {
    const label = (event.currentTarget as HTMLElement).dataset.label;
    this.openAction = this.route?.page.actions?.find((action) => action.label === label);
  }

  closeModal(): void {
    this.openAction = undefined;
  }

  handleModalKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.closeModal();
  }
}
