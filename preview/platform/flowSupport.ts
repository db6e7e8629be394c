// The preview's `lightning/flowSupport`: the preview's flow screen page listens for these events
// (names as in the platform's Jest stub, sfdx-lwc-jest's lightning-stubs/flowSupport).

/** Name of the finish event the preview's flow page listens for. */
export const FLOW_FINISH_EVENT = 'lightning__flownavigationfinish';

/** Asks the flow runtime to finish the interview: the preview's flow page then shows the record again. */
export class FlowNavigationFinishEvent extends CustomEvent<null> {
  constructor() {
    super(FLOW_FINISH_EVENT, { detail: null, bubbles: true, composed: true });
  }
}
