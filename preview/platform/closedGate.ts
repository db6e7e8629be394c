// A feature gate that stays closed. lightning-base-components ship every gate open; the one that
// makes lightning-combobox call attachInternals() cannot work under synthetic shadow (which the
// preview uses, as Lightning Experience does), so the preview closes it.
export default { isOpen: (): boolean => false };
