import { Debouncer, SEARCH_DELAY_MS } from '../debounce';

describe('Debouncer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs only the last call of a burst, the delay after it', () => {
    const calls: string[] = [];
    const debouncer = new Debouncer();
    debouncer.schedule(() => calls.push('s'));
    jest.advanceTimersByTime(SEARCH_DELAY_MS - 1);
    debouncer.schedule(() => calls.push('sa'));
    jest.advanceTimersByTime(SEARCH_DELAY_MS - 1);
    expect(calls).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(calls).toEqual(['sa']);
    jest.advanceTimersByTime(SEARCH_DELAY_MS * 3);
    expect(calls).toEqual(['sa']);
  });

  it('runs a pending call now on flush, and drops it on cancel', () => {
    const calls: number[] = [];
    const debouncer = new Debouncer(300);
    debouncer.schedule(() => calls.push(1));
    debouncer.flush();
    expect(calls).toEqual([1]);
    jest.advanceTimersByTime(300);
    expect(calls).toEqual([1]);
    debouncer.schedule(() => calls.push(2));
    debouncer.cancel();
    jest.advanceTimersByTime(300);
    debouncer.flush();
    expect(calls).toEqual([1]);
  });
});
