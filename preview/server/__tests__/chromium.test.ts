/** @jest-environment node */
import { findChromium, CHROMIUM_ARGS } from '../../browser/chromium';

describe('findChromium', () => {
  it('uses CHROMIUM_PATH when it exists', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath }, [])).toBe(process.execPath);
  });

  it('refuses a CHROMIUM_PATH that does not exist', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope/chromium' }, [])).toThrow(/does not exist/);
  });

  it('falls back to the first installed candidate', () => {
    expect(findChromium({}, ['/nope/chromium', process.execPath])).toBe(process.execPath);
  });

  it('says how to install Chromium when none is found', () => {
    expect(() => findChromium({}, ['/nope/chromium'])).toThrow(/apt-get install -y chromium/);
  });

  it('launches headless and offline', () => {
    expect(CHROMIUM_ARGS).toEqual(
      expect.arrayContaining(['--headless', '--no-sandbox', '--disable-quic'])
    );
  });
});
