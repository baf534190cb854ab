/**
 * Shrinks a photo in the browser before upload: decode with `createImageBitmap`, draw on a
 * canvas no larger than `maxDimension`, re-encode. Re-encoding keeps only pixels, so EXIF
 * metadata such as GPS position and camera serial never leaves the device.
 */

/** Formats the canvas can write; anything else (e.g. HEIC) is re-encoded as JPEG. */
const keptFormats = new Set(['image/png', 'image/webp', 'image/jpeg']);
const extensionByType: Readonly<Record<string, string>> = { 'image/png': 'png', 'image/webp': 'webp', 'image/jpeg': 'jpg' };

export interface DownscaleOptions {
  /** The image's true MIME type (from sniffing), which picks the output format. */
  type: string;
  /** Encoder quality for JPEG and WebP, 0..1. */
  quality?: number;
}

/** Width and height scaled to fit `maxDimension` on the longer side, never enlarged. */
export function fitWithin(width: number, height: number, maxDimension: number): { width: number; height: number } {
  const scale = Math.min(1, maxDimension / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Returns a re-encoded copy of `file` at most `maxDimension` pixels on its longer side (always
 * re-encoded, even when already small, to strip metadata). Returns undefined when the browser
 * cannot decode the format (e.g. HEIC outside Safari); the caller then keeps the original.
 */
export async function downscaleImage(file: File, maxDimension: number, options: DownscaleOptions): Promise<File | undefined> {
  let bitmap: ImageBitmap;
  try {
    // `from-image` applies the EXIF orientation before the metadata is dropped.
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return undefined;
  }
  try {
    const size = fitWithin(bitmap.width, bitmap.height, maxDimension);
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const type = keptFormats.has(options.type) ? options.type : 'image/jpeg';
    const blob = await canvas.convertToBlob({ type, quality: options.quality ?? 0.88 });
    const baseName = file.name.replace(/\.[^.]*$/, '') || 'image';
    return new File([blob], `${baseName}.${extensionByType[blob.type] ?? 'jpg'}`, { type: blob.type, lastModified: file.lastModified });
  } catch {
    return undefined;
  } finally {
    bitmap.close();
  }
}
