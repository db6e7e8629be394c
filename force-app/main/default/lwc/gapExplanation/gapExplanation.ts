import { LightningElement, api } from 'lwc';

/** One metric's part in the explanation, already labelled by the parent. */
export interface ShareLine {
  key: string;
  label: string;
  /** Share of the score, 0–1. */
  share: number;
  /** The same share, 0–100, for the bar. */
  percent: number;
  /** e.g. "1st" or "=5th" (shared place). */
  placeText: string;
}

/** One metric's smallest increase into the Top N, in the metric's own unit. */
export interface PathLine {
  key: string;
  label: string;
  increase: number | null;
  money: boolean;
  reachable: boolean;
}

export interface ExplanationDisplay {
  gapId: string;
  title: string;
  sentence: string;
  inTopN: boolean;
  shares: ShareLine[];
  path: PathLine[];
}

export interface ExplanationText {
  sharesHeading: string;
  pathHeading: string;
  pathIntro: string;
  inTopN: string;
  none: string;
  close: string;
}

/**
 * Why a gap ranks where it does (the engine's sentence and each metric's share of its score) and
 * what single-metric increase would bring it into the Top 10. Pure display: the parent computes
 * everything; `close` is fired when the person closes it.
 */
export default class GapExplanation extends LightningElement {
  @api explanation: ExplanationDisplay | null = null;
  @api text: ExplanationText = {
    sharesHeading: '',
    pathHeading: '',
    pathIntro: '',
    inTopN: '',
    none: '',
    close: ''
  };

  get hasExplanation(): boolean {
    return this.explanation !== null && this.explanation !== undefined;
  }

  handleClose(): void {
    this.dispatchEvent(new CustomEvent('close'));
  }
}
