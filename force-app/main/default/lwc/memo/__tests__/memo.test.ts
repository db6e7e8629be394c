import { Memo } from 'c/memo';

describe('Memo', () => {
  it('recomputes only when an argument changes identity', () => {
    const fn = jest.fn((a: object, b: string) => ({ a, b }));
    const memo = new Memo(fn);
    const rows = {};
    const first = memo.get(rows, 'x');
    expect(memo.get(rows, 'x')).toBe(first);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(memo.get({}, 'x')).not.toBe(first);
    expect(memo.get(rows, 'y').b).toBe('y');
    expect(fn).toHaveBeenCalledTimes(3);
  });
});
