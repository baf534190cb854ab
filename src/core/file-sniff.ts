/**
 * A file's true type from its first bytes (magic numbers), never from its name or the
 * browser-reported MIME type, which both come from the extension. Only a small header is
 * read, so sniffing a 200 MB video costs the same as sniffing a 2 KB image.
 */

/** The kinds of proof a slot can accept. */
export const fileKinds = ['image', 'video', 'pdf'] as const;
export type FileKind = (typeof fileKinds)[number];

export interface SniffedType {
  /** The canonical MIME type of the detected format, e.g. `image/heic`. */
  mime: string;
  kind: FileKind;
}

/** How many leading bytes are read. Enough for every signature below, including an ftyp box's brands. */
export const SNIFF_HEADER_BYTES = 64;

/** `accept` attribute values per kind; extensions too, because some pickers do not map HEIC/HEIF MIME types. */
export const acceptByKind: Readonly<Record<FileKind, string>> = {
  image: 'image/jpeg,image/png,image/webp,image/heic,image/heif,.jpg,.jpeg,.png,.webp,.heic,.heif',
  video: 'video/mp4,video/quicktime,video/webm,.mp4,.mov,.webm',
  pdf: 'application/pdf,.pdf',
};

/** The kind a MIME type belongs to, for host data that only knows the type (restored uploads). */
export function kindOfMime(mime: string): FileKind | undefined {
  if (mime === 'application/pdf') return 'pdf';
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('video/')) return 'video';
  return undefined;
}

// ISO-BMFF (`ftyp` box) brands. HEIF brands first: a HEIC photo's box may also list `iso8`/`mp41`-style brands.
const heicBrands = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx']);
const heifBrands = new Set(['mif1', 'msf1', 'mif2', 'heif']);
const quicktimeBrands = new Set(['qt  ']);
const mp4Brands = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'M4VH', 'M4VP', 'dash', 'mmp4', 'f4v ']);
// Old QuickTime files have no ftyp box and start with one of these atoms.
const quicktimeLeadingAtoms = new Set(['moov', 'mdat', 'wide', 'pnot']);

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((value, index) => bytes[offset + index] === value);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));
}

function sniffIsoBmff(bytes: Uint8Array): SniffedType | undefined {
  if (bytes.length < 12) return undefined;
  const boxType = ascii(bytes, 4, 8);
  if (quicktimeLeadingAtoms.has(boxType)) return { mime: 'video/quicktime', kind: 'video' };
  if (boxType !== 'ftyp') return undefined;
  const boxSize = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  const brands = [ascii(bytes, 8, 12)];
  // Compatible brands follow the minor version, up to the end of the box (or of the header we read).
  for (let offset = 16; offset + 4 <= Math.min(boxSize, bytes.length); offset += 4) brands.push(ascii(bytes, offset, offset + 4));
  if (brands.some((brand) => heicBrands.has(brand))) return { mime: 'image/heic', kind: 'image' };
  if (brands.some((brand) => heifBrands.has(brand))) {
    // AVIF shares the `mif1` structure; it is not one of the accepted formats.
    return brands.includes('avif') || brands.includes('avis') ? undefined : { mime: 'image/heif', kind: 'image' };
  }
  const major = brands[0] ?? '';
  if (quicktimeBrands.has(major)) return { mime: 'video/quicktime', kind: 'video' };
  if (mp4Brands.has(major) || brands.some((brand) => mp4Brands.has(brand))) return { mime: 'video/mp4', kind: 'video' };
  if (brands.some((brand) => quicktimeBrands.has(brand))) return { mime: 'video/quicktime', kind: 'video' };
  return undefined;
}

const EBML_MAGIC = [0x1a, 0x45, 0xdf, 0xa3];
const DOCTYPE_ID = [0x42, 0x82];

/** WebM is EBML whose DocType element says `webm` (Matroska `.mkv` says `matroska` and is not accepted). */
function sniffWebm(bytes: Uint8Array): SniffedType | undefined {
  if (!startsWith(bytes, EBML_MAGIC)) return undefined;
  for (let offset = 4; offset + 3 < bytes.length; offset++) {
    if (!startsWith(bytes, DOCTYPE_ID, offset)) continue;
    // The size is an EBML varint; DocType strings are short, so a one-byte size (0x80 | n) is the norm.
    const sizeByte = bytes[offset + 2] ?? 0;
    if ((sizeByte & 0x80) === 0) return undefined;
    const length = sizeByte & 0x7f;
    const docType = ascii(bytes, offset + 3, offset + 3 + length);
    return docType === 'webm' ? { mime: 'video/webm', kind: 'video' } : undefined;
  }
  return undefined;
}

/** Recognises JPEG, PNG, WebP, HEIC/HEIF, PDF, MP4, QuickTime (MOV) and WebM from a file's first bytes. */
export function sniffBytes(bytes: Uint8Array): SniffedType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', kind: 'image' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: 'image/png', kind: 'image' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { mime: 'image/webp', kind: 'image' };
  if (ascii(bytes, 0, 5) === '%PDF-') return { mime: 'application/pdf', kind: 'pdf' };
  return sniffWebm(bytes) ?? sniffIsoBmff(bytes);
}

/** Reads only the first {@link SNIFF_HEADER_BYTES} bytes of `file` and returns its true type, or undefined when unknown. */
export async function sniffFile(file: Blob): Promise<SniffedType | undefined> {
  const header = await file.slice(0, SNIFF_HEADER_BYTES).arrayBuffer();
  return sniffBytes(new Uint8Array(header));
}
