import { downloadText, DOWNLOAD_MIME_TYPE } from '../download';
// The repository's lint rule holds the Lightning Web Security allow-list.
type AllowList = { isLwsAllowedMimeType: (type: string) => boolean };
const allowList = require('../../../../../../tools/shared/lint/lwsBlobMimeType') as AllowList;

function readText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });
}

describe('downloadText', () => {
  let blob: Blob | null;
  let downloads: string[];

  beforeEach(() => {
    blob = null;
    downloads = [];
    (URL as any).createObjectURL = jest.fn((value: Blob) => {
      blob = value;
      return 'blob:download';
    });
    (URL as any).revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      downloads.push(this.download);
    });
  });

  afterEach(() => jest.restoreAllMocks());

  it('hands the browser a Blob whose type Lightning Web Security allows (no text/csv, no charset)', () => {
    downloadText('a,b\r\n', 'top-10.csv');
    expect(blob!.type).toBe(DOWNLOAD_MIME_TYPE);
    expect(allowList.isLwsAllowedMimeType(blob!.type)).toBe(true);
    expect(blob!.type).not.toMatch(/csv|;/);
  });

  it('still saves a .csv file, UTF-8 with a byte order mark, and leaves no anchor behind', async () => {
    downloadText('Zoë,1\r\n', 'top-10.csv');
    expect(downloads).toEqual(['top-10.csv']);
    const bytes = await readBytes(blob!);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await readText(blob!.slice(3))).toBe('Zoë,1\r\n');
    expect(document.body.childElementCount).toBe(0);
  });
});
