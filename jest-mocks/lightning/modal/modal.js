// Jest stand-in for `lightning/modal` (sfdx-lwc-jest ships none): a LightningElement with the
// modal's surface. `open` is a mock the test answers; `close` fires `close` with the result.
import { LightningElement } from 'lwc';

export default class LightningModal extends LightningElement {
  static open = jest.fn(() => Promise.resolve(undefined));

  close(result) {
    this.dispatchEvent(new CustomEvent('close', { detail: result }));
  }
}
