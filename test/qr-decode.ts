import jsQR from 'jsqr';

/** Draws a rendered QR `<svg>` on a canvas and reads it back with jsQR, as a phone's camera would. */
export async function decodeQrSvg(svg: SVGSVGElement): Promise<string | undefined> {
  const markup = new XMLSerializer().serializeToString(svg);
  const size = 400;
  const image = new Image(size, size);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.drawImage(image, 0, 0, size, size);
  return jsQR(context.getImageData(0, 0, size, size).data, size, size)?.data;
}
