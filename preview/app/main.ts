// The preview app's entry. Synthetic shadow must load before any component, as on the platform.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import type { LightningElement } from 'lwc';
import hostModules from 'virtual:preview-host-modules';
import Shell from './lwc/preview/shell/shell';
import Home from './lwc/preview/home/home';
import { registerPackageComponents, registerPreviewComponent } from './registry';
import { loadPackageComponents } from './sandbox';
import { currentSession } from '../platform/session';

/** Path of the page that mounts only the test-only LWS probe (preview/probes/lwc/lwsProbe). */
const LWS_PROBE_PATH = '/__probe/lws';

registerPreviewComponent('preview/home', Home);

const root = document.getElementById('root');
const components = await loadPackageComponents(hostModules, currentSession().lws !== false);
registerPackageComponents(components);
if (root) {
  root.textContent = '';
  if (window.location.pathname === LWS_PROBE_PATH) {
    const Probe = components['c/lwsProbe'] as typeof LightningElement;
    root.appendChild(createElement('c-lws-probe', { is: Probe }));
  } else {
    root.appendChild(createElement('preview-shell', { is: Shell }));
  }
}
