// The preview app's entry. Synthetic shadow must load before any component, as on the platform.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import Shell from './lwc/preview/shell/shell';
import Home from './lwc/preview/home/home';
import { registerPreviewComponent } from './registry';

registerPreviewComponent('preview/home', Home);

const root = document.getElementById('root');
if (root) {
  root.textContent = '';
  root.appendChild(createElement('preview-shell', { is: Shell }));
}
