/** @jest-environment node */
import { enabledActions, isToolbarAction, nextAction, tabStop, toolbarButtons } from '../toolbar';

const entry = (isFirst: boolean, isLast: boolean) => ({
  pinned: false,
  isFirst,
  isLast,
  moveUpLabel: 'Move A up',
  moveDownLabel: 'Move A down',
  pinLabel: 'Pin A at position 2',
  removeLabel: 'Remove A'
});

describe('the entry toolbar', () => {
  it('leaves out moving up at the top and down at the end', () => {
    expect(enabledActions(entry(false, false))).toEqual(['up', 'down', 'pin', 'remove']);
    expect(enabledActions(entry(true, true))).toEqual(['pin', 'remove']);
  });

  it('moves with the arrows (wrapping), Home and End; other keys do nothing', () => {
    const all = enabledActions(entry(false, false));
    expect(nextAction('ArrowRight', 'remove', all)).toBe('up');
    expect(nextAction('ArrowLeft', 'up', all)).toBe('remove');
    expect(nextAction('Home', 'pin', all)).toBe('up');
    expect(nextAction('End', 'up', all)).toBe('remove');
    expect(nextAction('Tab', 'up', all)).toBeNull();
    expect(nextAction('ArrowRight', 'up', [])).toBeNull();
    // An unknown current button counts as the first.
    expect(nextAction('ArrowRight', 'details', ['pin', 'remove'])).toBe('remove');
  });

  it('keeps one Tab stop, on an enabled button', () => {
    expect(tabStop('down', ['up', 'pin'])).toBe('up');
    expect(tabStop('pin', ['up', 'pin'])).toBe('pin');
    expect(tabStop('up', [])).toBeNull();
    const buttons = toolbarButtons(entry(true, false), 'up');
    expect(buttons.map((b) => [b.action, b.tabindex, b.disabled])).toEqual([
      ['up', -1, true],
      ['down', 0, false],
      ['pin', -1, false],
      ['remove', -1, false]
    ]);
    expect(buttons.map((b) => b.label)).toEqual([
      'Move A up',
      'Move A down',
      'Pin A at position 2',
      'Remove A'
    ]);
    expect(buttons[2].pressed).toBe('false');
    expect(isToolbarAction('pin')).toBe(true);
    expect(isToolbarAction('details')).toBe(false);
    expect(isToolbarAction(undefined)).toBe(false);
  });
});
