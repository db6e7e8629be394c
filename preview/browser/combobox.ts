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
