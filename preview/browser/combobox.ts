// Drives a lightning-combobox in the preview as a person does: open it, pick the option.
import type { Locator } from 'playwright-core';

/** The value the combobox holds (the option's value, not its label). */
export async function comboboxValue(host: Locator): Promise<string> {
  return host.evaluate((element) => String((element as unknown as { value?: string }).value ?? ''));
}

/** The labels of the options the combobox offers, in order; opens and closes its list. */
export async function comboboxOptions(host: Locator): Promise<string[]> {
  const trigger = host.getByRole('combobox');
  await trigger.click();
  const labels = await host.getByRole('option').allInnerTexts();
  await trigger.press('Escape');
  return labels.map((label) => label.trim());
}

/** Opens the combobox with the mouse and clicks the option holding `value`. */
export async function chooseOption(host: Locator, value: string): Promise<void> {
  await host.getByRole('combobox').click();
  await host.locator(`[role="option"][data-value="${value}"]`).click();
}

/** The id of the option the combobox highlights ('' when none), read from aria-activedescendant. */
async function highlightedOption(trigger: Locator): Promise<string> {
  return (await trigger.getAttribute('aria-activedescendant')) ?? '';
}

/** Waits until the combobox's highlight differs from `previous` (it moves on an animation frame). */
async function highlightMovedFrom(trigger: Locator, previous: string): Promise<string> {
  const element = await trigger.elementHandle();
  await trigger.page().waitForFunction(
    ([node, before]) => {
      const now = (node as Element | null)?.getAttribute('aria-activedescendant') ?? '';
      return now !== '' && now !== before;
    },
    [element, previous] as const,
    { timeout: 10_000 }
  );
  return highlightedOption(trigger);
}

/**
 * Opens the focused combobox with Enter, moves the highlight down `steps` options and picks it
 * with Enter, waiting for each highlight as a keyboard user waits to see it.
 */
export async function chooseWithKeyboard(host: Locator, steps: number): Promise<void> {
  const trigger = host.getByRole('combobox');
  await trigger.focus();
  await trigger.press('Enter');
  let highlighted = await highlightMovedFrom(trigger, '');
  for (let step = 0; step < steps; step += 1) {
    await trigger.press('ArrowDown');
    highlighted = await highlightMovedFrom(trigger, highlighted);
  }
  await trigger.press('Enter');
}
