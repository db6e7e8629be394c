// Slow work waits for the paint: a frame, then a task; never inside the caller's own turn.
import { afterPaint, nextFrame } from 'c/paintTiming';

describe('c/paintTiming', () => {
  afterEach(() => {
    jest.useRealTimers();
    delete (globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame;
  });

  it('runs afterPaint work only after the next frame and a task after it', () => {
    jest.useFakeTimers();
    const frames: (() => void)[] = [];
    (globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame = (cb: () => void) =>
      frames.push(cb);
    const ran: string[] = [];
    afterPaint(() => ran.push('work'));
    jest.runAllTimers();
    expect(ran).toEqual([]);
    frames.shift()!();
    expect(ran).toEqual([]);
    jest.runAllTimers();
    expect(ran).toEqual(['work']);
  });

  it('falls back to a task where there are no animation frames', () => {
    jest.useFakeTimers();
    const ran: string[] = [];
    nextFrame(() => ran.push('frame'));
    afterPaint(() => ran.push('painted'));
    expect(ran).toEqual([]);
    jest.runAllTimers();
    expect(ran).toEqual(['frame', 'painted']);
  });
});
