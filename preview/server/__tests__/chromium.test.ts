/** @jest-environment node */
import { chooseChromium, CHROMIUM_ARGS } from '../../browser/chromium';

describe('chooseChromium', () => {
  it('uses CHROMIUM_PATH when it exists, before any system Chromium', () => {
    expect(chooseChromium({ CHROMIUM_PATH: process.execPath }, ['/bin/sh'])).toEqual({
      source: 'CHROMIUM_PATH',
      path: process.execPath
    });
  });

  it('refuses a CHROMIUM_PATH that does not exist', () => {
    expect(() => chooseChromium({ CHROMIUM_PATH: '/nope/chromium' }, [])).toThrow(/does not exist/);
  });

  it('falls back to the first installed candidate', () => {
    expect(chooseChromium({}, ['/nope/chromium', process.execPath])).toEqual({
      source: 'system',
      path: process.execPath
    });
  });

  it('uses the npm package when no system Chromium is installed', () => {
    expect(chooseChromium({}, ['/nope/chromium'])).toEqual({ source: 'npm package' });
  });

  it('skips the system Chromium when GAPS_IGNORE_SYSTEM_CHROMIUM=1', () => {
    expect(chooseChromium({ GAPS_IGNORE_SYSTEM_CHROMIUM: '1' }, [process.execPath])).toEqual({
      source: 'npm package'
    });
  });

  it('launches headless and offline', () => {
    expect(CHROMIUM_ARGS).toEqual(
      expect.arrayContaining(['--headless', '--no-sandbox', '--disable-quic'])
    );
  });
});
