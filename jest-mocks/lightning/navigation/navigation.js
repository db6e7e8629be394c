// Jest stand-in for `lightning/navigation`: `NavigationMixin` records every Navigate call, so a
// test reads them with `navigateCalls()` (or the last with `lastNavigation()`) instead of
// re-declaring the mixin. `GenerateUrl` resolves to https://www.example.com, as sfdx-lwc-jest's stub does.
// `CurrentPageReference` is a wire adapter test double (`CurrentPageReference.emit(ref)`).
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

export const CurrentPageReference = createTestWireAdapter(jest.fn());

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');
export const navigate = jest.fn();

export const NavigationMixin = (Base) =>
  class extends Base {
    [Navigate](pageReference, replace) {
      navigate(pageReference, replace);
    }
    [GenerateUrl]() {
      return Promise.resolve('https://www.example.com');
    }
  };
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

/** Every page reference the components navigated to since the last reset, in order. */
export const navigateCalls = () => navigate.mock.calls.map(([pageReference]) => pageReference);

/** The last page reference navigated to, or undefined. */
export const lastNavigation = () => navigateCalls().at(-1);
