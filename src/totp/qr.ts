import QRCode from 'qrcode';

/**
 * QR modules for an otpauth URI and the SVG path that draws them. The path is one `d` made of
 * horizontal runs of dark modules, so a 45×45 symbol is a few hundred short commands instead of
 * a thousand elements, and it renders crisply at any size.
 */

/** A square of modules, row-major, 1 = dark. */
export interface QrMatrix {
  size: number;
  data: ArrayLike<number>;
}

/** Modules the spec asks to keep light around the symbol. */
export const QR_QUIET_ZONE = 4;

/** Encodes text as a QR symbol (error correction M: survives smudges, stays small). */
export function qrMatrix(text: string, errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H' = 'M'): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel });
  return { size: modules.size, data: modules.data };
}

/** Width and height of the drawing in modules, quiet zone included. */
export function qrViewSize(matrix: QrMatrix, quietZone = QR_QUIET_ZONE): number {
  return matrix.size + quietZone * 2;
}

/**
 * Path data filling every dark module, offset by the quiet zone: one rectangle (`h w v1 h-w z`)
 * per horizontal run of dark modules, each reached by a relative move from the previous run's
 * start. Filled rectangles share exact edges, so rows never show hairline gaps at fractional
 * scales (strokes through row centres did, with crisp edges). Draw it with `fill`. Pure, so it
 * can be benchmarked.
 */
export function qrPathData(matrix: QrMatrix, quietZone = QR_QUIET_ZONE): string {
  const { size, data } = matrix;
  let d = '';
  let penX = 0;
  let penRow = 0;
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && data[row * size + col]) col++;
      const width = col - start;
      d += d ? `m${start - penX} ${row - penRow}` : `M${start + quietZone} ${row + quietZone}`;
      d += `h${width}v1h-${width}z`;
      // After `z` the pen is back at the run's start.
      penX = start;
      penRow = row;
    }
  }
  return d;
}
