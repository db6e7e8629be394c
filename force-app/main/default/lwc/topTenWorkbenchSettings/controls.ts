// The settings' view model: method options, one slider per metric, and where the start came from.
import { METRIC_KEYS, RANKING_METHODS } from 'c/gapRanking';
import type { RankingMethod, Weights } from 'c/gapRanking';
import { formatLabel } from 'c/format';
import { METHOD_LABELS, METRIC_LABELS } from 'c/rankingView';
import type { RankingSettings } from 'c/rankingView';
import { LABELS, METHOD_HELP } from './labels';

/** Slider range: 0–5 by default, wider when a published weight is above 5. */
const SLIDER_MAX = 5;

/** Options of the method picker, in the engine's order. */
export function methodOptions(): { label: string; value: string }[] {
  return RANKING_METHODS.map((method) => ({ label: METHOD_LABELS[method], value: method }));
}

/** The one-sentence description of a method; '' for an unknown one. */
export function methodHelp(method: string): string {
  return METHOD_HELP[method as RankingMethod] ?? '';
}

/** One slider per metric, in METRIC_KEYS order, with its label and current weight (missing -> 0). */
export function weightControls(weights: Partial<Weights> | null | undefined) {
  return METRIC_KEYS.map((key) => {
    const value = Number(weights?.[key] ?? 0) || 0;
    return { key, label: METRIC_LABELS[key], value, max: Math.max(SLIDER_MAX, Math.ceil(value)) };
  });
}

/** Where the starting method and weights come from (published revision, defaults, or why not). */
export function settingsOrigin(settings: RankingSettings | null | undefined): string {
  if (!settings) return '';
  if (settings.problem) return formatLabel(LABELS.SETTINGS_PROBLEM, settings.problem);
  return settings.source === 'revision' ? LABELS.FROM_REVISION : LABELS.FROM_DEFAULTS;
}
