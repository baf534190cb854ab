import { qrMatrix, qrPathData, qrViewSize } from '../../totp/qr.js';

/** A QR symbol as one SVG path and its square view size, quiet zone included. */
export interface HandoffQr {
  path: string;
  view: number;
}

/**
 * The hand-off link as a QR code. Its own module, loaded with `import()` once a link arrives: the
 * `qrcode` package (≈9 KB gzip) never weighs on the uploader's first download, and the phone side,
 * which shows no code, never loads it.
 */
export function handoffQr(url: string): HandoffQr {
  const matrix = qrMatrix(url);
  return { path: qrPathData(matrix), view: qrViewSize(matrix) };
}
