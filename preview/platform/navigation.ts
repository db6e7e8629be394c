// The preview's `lightning/navigation`: page references become preview URLs (history API);
// the shell listens for NAVIGATE_EVENT and renders the page.
import { pageReferenceFor, urlFor } from './routes';
import type { PageReference } from './routes';

/** Window event fired after the preview URL changed; the shell re-renders on it. */
export const NAVIGATE_EVENT = 'preview:navigate';

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

/** Moves the preview to a URL inside it (pushState, or replaceState when replace). */
export function navigateToUrl(url: string, replace = false): void {
  if (/^https?:\/\//.test(url)) {
    window.open(url, '_blank', 'noopener');
    return;
  }
  if (replace) window.history.replaceState({}, '', url);
  else window.history.pushState({}, '', url);
  window.dispatchEvent(new CustomEvent(NAVIGATE_EVENT));
}

type Constructor<T = object> = new (...args: any[]) => T;

/** Mixes `[NavigationMixin.Navigate]` and `[NavigationMixin.GenerateUrl]` into a component class. */
export function NavigationMixin<T extends Constructor>(Base: T) {
  return class extends Base {
    [Navigate](pageReference: PageReference, replace?: boolean): void {
      navigateToUrl(urlFor(pageReference), replace);
    }

    [GenerateUrl](pageReference: PageReference): Promise<string> {
      return Promise.resolve().then(() => urlFor(pageReference));
    }
  };
}
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

/** The current page's reference, derived from the preview URL. */
export function currentPageReference(): PageReference {
  return pageReferenceFor(window.location.pathname, window.location.search);
}

/** Wire adapter: provisions the current page reference, and a new one after each navigation. */
export class CurrentPageReference {
  private readonly onChange = () => this.dataCallback(currentPageReference());

  constructor(private readonly dataCallback: (value: PageReference) => void) {}

  connect(): void {
    window.addEventListener(NAVIGATE_EVENT, this.onChange);
    window.addEventListener('popstate', this.onChange);
    this.onChange();
  }

  disconnect(): void {
    window.removeEventListener(NAVIGATE_EVENT, this.onChange);
    window.removeEventListener('popstate', this.onChange);
  }

  update(): void {}
}
