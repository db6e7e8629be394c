// Mounting and reading helpers for the curation screen tests: inputs shaped as the workbench
// passes them (table rows, gapData's RevisionView) and queries into the child shadow roots.
import { createElement } from 'lwc';
import TopTenCuration from '../topTenCuration';
import { gapId } from './fixtures';

export { details, revisionView, rows } from './fixtures';

export function mount(props: Record<string, unknown>): HTMLElement {
  const element = createElement('c-top-ten-curation', { is: TopTenCuration });
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

/** Lets pending promises and re-renders settle (one macrotask). */
export function flush(): Promise<void> {
  // eslint-disable-next-line @lwc/lwc/no-async-operation
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function root(element: HTMLElement): ShadowRoot {
  return element.shadowRoot!;
}

export function child(element: HTMLElement, tag: string): HTMLElement | null {
  return root(element).querySelector(tag);
}

export function editorRoot(element: HTMLElement): ShadowRoot {
  return child(element, 'c-top-ten-curation-editor')!.shadowRoot!;
}

export function comparisonRoot(element: HTMLElement): ShadowRoot {
  return child(element, 'c-top-ten-curation-comparison')!.shadowRoot!;
}

/** Names of the proposed entries, in order, as the editor lists them. */
export function editorNames(element: HTMLElement): string[] {
  return [...editorRoot(element).querySelectorAll('li.entry .name')].map((n) => n.textContent!);
}

/** [kind, gap name, proposed rank, published rank] of each comparison row. */
export function comparison(element: HTMLElement): string[][] {
  return [...comparisonRoot(element).querySelectorAll('tr.comparison-row')].map((row) => [
    row.getAttribute('data-gap-kind')!,
    row.querySelector('.gap-name')!.textContent!,
    row.querySelector('.proposed-rank')!.textContent!,
    row.querySelector('.published-rank')!.textContent!
  ]);
}

export function editorButton(
  element: HTMLElement,
  gapIndex: number,
  action: string
): HTMLButtonElement {
  return editorRoot(element).querySelector<HTMLButtonElement>(
    `button[data-gap-id="${gapId(gapIndex)}"][data-action="${action}"]`
  )!;
}

export function announcement(element: HTMLElement): string {
  return root(element).querySelector('.announcement')!.textContent!;
}

/** Types a value into a native input or a lightning-textarea stub and commits it (change). */
export function changeValue(input: HTMLElement & { value: string }, value: string): void {
  input.value = value;
  input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}
