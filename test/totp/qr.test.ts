import { expect } from '@open-wc/testing';
import QRCode from 'qrcode';
import { QR_QUIET_ZONE, qrMatrix, qrPathData, qrViewSize, type QrMatrix } from '../../src/totp/qr.js';

/** Replays the path's filled runs onto a grid, so the drawing can be compared module by module. */
function paint(d: string, viewSize: number): Uint8Array {
  const grid = new Uint8Array(viewSize * viewSize);
  const command = /([Mm])(-?\d+) (-?\d+)h(\d+)v1h-(\d+)z/g;
  let penX = 0;
  let penY = 0;
  let consumed = 0;
  for (let match = command.exec(d); match; match = command.exec(d)) {
    const [, kind, dx = '0', dy = '0', width = '0', back = ''] = match;
    expect(back, 'each run closes on itself').to.equal(width);
    penX = kind === 'M' ? Number(dx) : penX + Number(dx);
    penY = kind === 'M' ? Number(dy) : penY + Number(dy);
    for (let col = penX; col < penX + Number(width); col++) grid[penY * viewSize + col] = 1;
    consumed += match[0].length;
  }
  expect(consumed, 'the path holds nothing but runs').to.equal(d.length);
  return grid;
}

describe('QR modules and path', () => {
  const uri = 'otpauth://totp/ACME%20Co:john%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=ACME%20Co';

  it('uses qrcode with error correction M', () => {
    const matrix = qrMatrix(uri);
    const reference = QRCode.create(uri, { errorCorrectionLevel: 'M' }).modules;
    expect(matrix.size).to.equal(reference.size);
    expect(Array.from(matrix.data)).to.deep.equal(Array.from(reference.data));
  });

  it('draws exactly the dark modules, inside a 4-module quiet zone', () => {
    const matrix = qrMatrix(uri);
    const view = qrViewSize(matrix);
    expect(view).to.equal(matrix.size + 2 * QR_QUIET_ZONE);
    const grid = paint(qrPathData(matrix), view);
    for (let row = 0; row < view; row++) {
      for (let col = 0; col < view; col++) {
        const inside = row >= QR_QUIET_ZONE && col >= QR_QUIET_ZONE && row < view - QR_QUIET_ZONE && col < view - QR_QUIET_ZONE;
        const expected = inside ? (matrix.data[(row - QR_QUIET_ZONE) * matrix.size + (col - QR_QUIET_ZONE)] ?? 0) : 0;
        if (grid[row * view + col] !== expected) expect.fail(`module ${row},${col} is ${String(grid[row * view + col])}, expected ${expected}`);
      }
    }
  });

  it('merges neighbouring dark modules into one run, moving relatively between runs', () => {
    const matrix: QrMatrix = { size: 3, data: [1, 1, 0, 0, 0, 0, 1, 0, 1] };
    expect(qrPathData(matrix, 0)).to.equal('M0 0h2v1h-2zm0 2h1v1h-1zm2 0h1v1h-1z');
    expect(qrPathData(matrix, 4)).to.equal('M4 4h2v1h-2zm0 2h1v1h-1zm2 0h1v1h-1z');
    expect(qrPathData({ size: 2, data: [0, 0, 0, 0] })).to.equal('');
  });
});
