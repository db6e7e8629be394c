// The entry's move, pin and remove buttons form one toolbar (WAI-ARIA toolbar pattern): a single
// Tab stop, with the arrow keys, Home and End moving between the enabled buttons.

/** The toolbar's buttons, in their order on the screen. */
export const TOOLBAR_ACTIONS = ['up', 'down', 'pin', 'remove'] as const;
export type ToolbarAction = (typeof TOOLBAR_ACTIONS)[number];

/** True for the name of one of the toolbar's buttons. */
export function isToolbarAction(value: unknown): value is ToolbarAction {
  return (TOOLBAR_ACTIONS as readonly unknown[]).includes(value);
}

/** The button that holds the Tab stop: `current` when enabled, else the first enabled one. */
export function tabStop(current: string, enabled: readonly ToolbarAction[]): ToolbarAction | null {
  return enabled.find((action) => action === current) ?? enabled[0] ?? null;
}

/**
 * Where a key moves the focus in the toolbar: ArrowRight / ArrowLeft to the next / previous
 * enabled button (wrapping), Home / End to the first / last; null for any other key.
 */
export function nextAction(
  key: string,
  current: string,
  enabled: readonly ToolbarAction[]
): ToolbarAction | null {
  if (enabled.length === 0) return null;
  const at = Math.max(0, enabled.indexOf(current as ToolbarAction));
  switch (key) {
    case 'ArrowRight':
      return enabled[(at + 1) % enabled.length];
    case 'ArrowLeft':
      return enabled[(at - 1 + enabled.length) % enabled.length];
    case 'Home':
      return enabled[0];
    case 'End':
      return enabled[enabled.length - 1];
    default:
      return null;
  }
}

/** What the toolbar shows of an entry: its place and its buttons' labels. */
export interface ToolbarEntry {
  pinned: boolean;
  isFirst: boolean;
  isLast: boolean;
  moveUpLabel: string;
  moveDownLabel: string;
  pinLabel: string;
  removeLabel: string;
}

const ICONS: Record<ToolbarAction, string> = {
  up: 'utility:arrowup',
  down: 'utility:arrowdown',
  pin: 'utility:pin',
  remove: 'utility:close'
};

/** The enabled buttons: moving up is off at the top of the list, down at its end. */
export function enabledActions(entry: ToolbarEntry): ToolbarAction[] {
  return TOOLBAR_ACTIONS.filter(
    (action) => !(action === 'up' && entry.isFirst) && !(action === 'down' && entry.isLast)
  );
}

/** The toolbar's buttons as rendered: label, icon, disabled, pressed (pin) and roving tabindex. */
export function toolbarButtons(entry: ToolbarEntry, current: string) {
  const enabled = enabledActions(entry);
  const stop = tabStop(current, enabled);
  const labels = {
    up: entry.moveUpLabel,
    down: entry.moveDownLabel,
    pin: entry.pinLabel,
    remove: entry.removeLabel
  };
  return TOOLBAR_ACTIONS.map((action) => ({
    action,
    label: labels[action],
    icon: ICONS[action],
    disabled: !enabled.includes(action),
    pressed: action === 'pin' ? String(entry.pinned) : undefined,
    tabindex: action === stop ? 0 : -1
  }));
}
