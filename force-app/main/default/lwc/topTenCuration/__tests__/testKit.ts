// Reading helpers for the curation screen tests (mounting and settling come from the shared
// test kit): inputs shaped as the workbench passes them (table rows, gapData's RevisionView) and
// queries into the child shadow roots.
import { flush, mount as mountElement } from 'test-kit';
import TopTenCuration from '../topTenCuration';
import { gapId } from '../../topTenPublishing/__tests__/fixtures';

export { flush } from 'test-kit';
export { details, revisionView, rows } from '../../topTenPublishing/__tests__/fixtures';

/** Mounts c-top-ten-curation with the workbench's inputs. */
export function mount(props: Record<string, unknown>): HTMLElement {
  return mountElement('c-top-ten-curation', TopTenCuration, props);
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

/** The shadow roots of the editor's entries, in order. */
export function entryRoots(element: HTMLElement): ShadowRoot[] {
  const entries = editorRoot(element).querySelectorAll('c-top-ten-curation-entry');
  return [...entries].map((entry) => entry.shadowRoot!);
}

/** The shadow root of the entry of gap n. */
export function entryRoot(element: HTMLElement, gapIndex: number): ShadowRoot {
  const selector = `c-top-ten-curation-entry[data-gap-id="${gapId(gapIndex)}"]`;
  return editorRoot(element).querySelector(selector)!.shadowRoot!;
}

/** Every match of selector inside the editor's entries. */
export function inEntries(element: HTMLElement, selector: string): Element[] {
  return entryRoots(element).flatMap((entry) => [...entry.querySelectorAll(selector)]);
}

/** Names of the proposed entries, in order, as the editor lists them. */
export function editorNames(element: HTMLElement): string[] {
  return entryRoots(element).map((entry) => entry.querySelector('.name')!.textContent!);
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
  return entryRoot(element, gapIndex).querySelector<HTMLButtonElement>(
    `button[data-action="${action}"]`
  )!;
}

/** The gap and action of the entry control that has the focus, if any. */
export function focusedControl(element: HTMLElement): { gapId?: string; action?: string } {
  const host = editorRoot(element).activeElement as HTMLElement | null;
  const inner = host?.shadowRoot?.activeElement as HTMLElement | null;
  return { gapId: host?.dataset.gapId, action: inner?.dataset.action };
}

/** Opens the link and rationale editors of gap n (they start closed). */
export async function openDetails(element: HTMLElement, gapIndex: number): Promise<void> {
  if (entryRoot(element, gapIndex).querySelector('.details')) return;
  editorButton(element, gapIndex, 'details').click();
  await flush();
}

export function linkInput(element: HTMLElement, gapIndex: number): HTMLInputElement {
  return entryRoot(element, gapIndex).querySelector<HTMLInputElement>('input.link-input')!;
}

export function rationaleInput(element: HTMLElement, gapIndex: number): HTMLInputElement {
  return entryRoot(element, gapIndex).querySelector<HTMLInputElement>(
    'lightning-textarea.rationale-input'
  )!;
}

export function addRoot(element: HTMLElement): ShadowRoot {
  return editorRoot(element).querySelector('c-top-ten-curation-add')!.shadowRoot!;
}

export function publishRoot(element: HTMLElement): ShadowRoot {
  return child(element, 'c-top-ten-curation-publish')!.shadowRoot!;
}

/** The Publish button (a lightning-button) of the publish bar. */
export function publishButton(element: HTMLElement): HTMLElement & { disabled: boolean } {
  return publishRoot(element).querySelector('lightning-button.publish') as HTMLElement & {
    disabled: boolean;
  };
}

export function announcement(element: HTMLElement): string {
  return root(element).querySelector('.announcement')!.textContent!;
}

/** Types a value into a native input or a lightning-textarea stub and commits it (change). */
export function changeValue(input: HTMLElement & { value: string }, value: string): void {
  input.value = value;
  input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}
