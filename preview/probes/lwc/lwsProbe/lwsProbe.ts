// TEST-ONLY component (never in force-app): the preview evaluates it in namespace `c`, inside the
// Lightning Web Security sandbox, and it reports what the sandbox let it do, so that a browser test
// can prove the sandbox is in effect. Mounted at /__probe/lws.
import { LightningElement } from 'lwc';
import { PROBED_TYPES, PROBE_STORAGE_KEY } from './probe';

interface ProbeResult {
  type: string;
  outcome: string;
}

/** What a Blob of `type` behind `URL.createObjectURL` did in this realm: "allowed" or the error's message. */
export function tryObjectUrl(type: string): string {
  try {
    // The type is the probe's input, on purpose: it is what the sandbox is tested with.
    // eslint-disable-next-line local/lws-blob-mime-type
    const url = URL.createObjectURL(new Blob(['a,b\n'], { type }));
    URL.revokeObjectURL(url);
    return 'allowed';
  } catch (error) {
    return (error as Error).message;
  }
}

export default class LwsProbe extends LightningElement {
  results: ProbeResult[] = [];
  storage = '';

  override connectedCallback(): void {
    this.results = PROBED_TYPES.map((type) => ({ type, outcome: tryObjectUrl(type) }));
    window.localStorage.setItem(PROBE_STORAGE_KEY, 'written in the sandbox');
    this.storage = window.localStorage.getItem(PROBE_STORAGE_KEY) ?? '';
  }
}
