// Jest stand-in for `lightning/platformShowToastEvent`: sfdx-lwc-jest's `ShowToastEvent` (event
// `lightning__showtoast`, detail = the toast's title, message, variant, mode), mapped here so the
// kit names every platform module the package uses in one folder. A test listens for
// SHOW_TOAST on the element and reads `event.detail`.
export { ShowToastEvent } from '@salesforce/sfdx-lwc-jest/src/lightning-stubs/platformShowToastEvent/platformShowToastEvent';

export const SHOW_TOAST = 'lightning__showtoast';
