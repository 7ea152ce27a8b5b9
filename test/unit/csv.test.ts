import { expect } from '@open-wc/testing';
import { csvHeader, downloadText, REVOKE_DELAY_MS, toCsv } from '../../src/core/export/csv.js';

const BOM = '\uFEFF';

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(toCsv([['구분', '예산액(천원)'], ['계', 380200]])).to.equal(`${BOM}구분,예산액(천원)\r\n계,380200\r\n`);
    expect(toCsv([])).to.equal(BOM);
    expect(toCsv([['a']]).charCodeAt(0)).to.equal(0xfeff);
  });

  it('quotes fields with a comma, a quote, CR or LF and doubles the quotes', () => {
    expect(toCsv([['a,b', 'say "hi"', 'line\nbreak', 'cr\rhere', 'plain']])).to.equal(
      `${BOM}"a,b","say ""hi""","line\nbreak","cr\rhere",plain\r\n`,
    );
    expect(toCsv([['"']])).to.equal(`${BOM}""""\r\n`);
  });

  it('writes numbers raw, with a hyphen-minus and no grouping or float noise', () => {
    expect(toCsv([[-18040, 1234567, 380.2, 0.3, 28.8, -0, 1e21, 1.5e-7]])).to.equal(
      `${BOM}-18040,1234567,380.2,0.3,28.8,0,1000000000000000000000,0.00000015\r\n`,
    );
  });

  it('leaves not applicable empty', () => {
    expect(toCsv([[null, undefined, Number.NaN, Number.POSITIVE_INFINITY, 'x']])).to.equal(`${BOM},,,,x\r\n`);
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    const rows = [['=SUM(A1:A2)', '+1', '-18040', '@cmd', '\tTab', '＝1+1', 'a=b', ' =x', '△18,040']];
    expect(toCsv(rows)).to.equal(`${BOM}'=SUM(A1:A2),'+1,'-18040,'@cmd,'\tTab,'＝1+1,a=b, =x,"△18,040"\r\n`);
    expect(toCsv([['\rx']])).to.equal(`${BOM}"'\rx"\r\n`);
    expect(toCsv([['=HYPERLINK("http://x","y")']])).to.equal(`${BOM}"'=HYPERLINK(""http://x"",""y"")"\r\n`);
  });

  it('never prefixes numbers', () => {
    expect(toCsv([[-1, '-1']])).to.equal(`${BOM}-1,'-1\r\n`);
  });
});

describe('csvHeader', () => {
  it('adds the unit in brackets', () => {
    expect(csvHeader('예산액', '천원')).to.equal('예산액(천원)');
    expect(csvHeader('Budget', 'KRW thousand')).to.equal('Budget(KRW thousand)');
    expect(csvHeader('집행률', '%')).to.equal('집행률(%)');
    expect(csvHeader('구분', '')).to.equal('구분');
  });
});

describe('downloadText', () => {
  it('clicks a temporary download link to a blob URL and revokes it afterwards', async () => {
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    const revoked: string[] = [];
    let blob: Blob | undefined;
    const click = HTMLAnchorElement.prototype.click;
    const create = URL.createObjectURL;
    const revoke = URL.revokeObjectURL;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, attached: this.isConnected });
    };
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return 'blob:test-url';
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
    };
    try {
      downloadText('budget.csv', toCsv([['구분'], ['계']]), 'text/csv;charset=utf-8');
      expect(clicked).to.deep.equal([{ href: 'blob:test-url', download: 'budget.csv', attached: true }]);
      expect(document.querySelector('a[download]')).to.equal(null);
      expect(blob!.type).to.equal('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blob!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal(`${BOM}구분\r\n계\r\n`);
      expect(revoked).to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve, REVOKE_DELAY_MS + 50));
      expect(revoked).to.deep.equal(['blob:test-url']);
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = create;
      URL.revokeObjectURL = revoke;
    }
  });
});
