import { CurrentPageReference, NavigationMixin, NAVIGATE_EVENT } from '../navigation';
import { ShowToastEvent, SHOW_TOAST_EVENT } from '../toast';
import { CloseActionScreenEvent, CLOSE_ACTION_SCREEN_EVENT } from '../actions';

class Base {}
const Navigating = NavigationMixin(Base);

describe('preview lightning/navigation', () => {
  beforeEach(() => window.history.replaceState({}, '', '/'));

  it('Navigate moves the preview to the record page and tells the shell', () => {
    const listener = jest.fn();
    window.addEventListener(NAVIGATE_EVENT, listener);
    const component = new Navigating() as any;
    component[NavigationMixin.Navigate]({
      type: 'standard__recordPage',
      attributes: { recordId: 'a0B1', objectApiName: 'Product_Gap__c', actionName: 'view' }
    });
    expect(window.location.pathname).toBe('/gap/a0B1');
    expect(listener).toHaveBeenCalledTimes(1);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  });

  it('GenerateUrl resolves the URL without navigating, and rejects an unknown page', async () => {
    const component = new Navigating() as any;
    await expect(
      component[NavigationMixin.GenerateUrl]({
        type: 'standard__navItemPage',
        attributes: { apiName: 'Top_10' }
      })
    ).resolves.toBe('/top10');
    expect(window.location.pathname).toBe('/');
    await expect(component[NavigationMixin.GenerateUrl]({ type: 'bogus' })).rejects.toThrow(
      /bogus/
    );
  });

  it('CurrentPageReference provisions the page now and after each navigation', () => {
    const values: any[] = [];
    const adapter = new CurrentPageReference((value) => values.push(value));
    adapter.connect();
    const component = new Navigating() as any;
    component[NavigationMixin.Navigate]({
      type: 'standard__navItemPage',
      attributes: { apiName: 'Top_10' }
    });
    adapter.disconnect();
    component[NavigationMixin.Navigate]({
      type: 'standard__namedPage',
      attributes: { pageName: 'home' }
    });
    expect(values.map((value) => value.type)).toEqual([
      'standard__namedPage',
      'standard__navItemPage'
    ]);
  });
});

describe('preview toast and action events', () => {
  it('ShowToastEvent carries its detail out of shadow trees under the platform name', () => {
    const event = new ShowToastEvent({ title: 'Saved', variant: 'success' });
    expect(event.type).toBe(SHOW_TOAST_EVENT);
    expect(event.type).toBe('lightning__showtoast');
    expect(event.detail).toEqual({ title: 'Saved', variant: 'success' });
    expect(event.bubbles && event.composed).toBe(true);
  });

  it('CloseActionScreenEvent reaches the shell', () => {
    const listener = jest.fn();
    window.addEventListener(CLOSE_ACTION_SCREEN_EVENT, listener);
    document.body.dispatchEvent(new CloseActionScreenEvent());
    expect(listener).toHaveBeenCalledTimes(1);
    window.removeEventListener(CLOSE_ACTION_SCREEN_EVENT, listener);
  });
});
