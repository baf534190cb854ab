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

/**
 * How many leading bytes are read: enough for every signature below, an ftyp box's brands, and a
 * PDF whose `%PDF-` comes after a byte-order mark or whitespace (readers accept it within 1,024 bytes).
 */
export const SNIFF_HEADER_BYTES = 1024;

/** `accept` attribute values per kind; extensions too, because some pickers do not map HEIC/HEIF MIME types. */
export const acceptByKind: Readonly<Record<FileKind, string>> = {
  image: 'image/jpeg,image/png,image/webp,image/heic,image/heif,.jpg,.jpeg,.png,.webp,.heic,.heif',
  video: 'video/mp4,video/quicktime,video/webm,video/3gpp,video/3gpp2,.mp4,.mov,.webm,.3gp,.3g2',
  pdf: 'application/pdf,.pdf',
};

/** The kind a MIME type belongs to, for host data that only knows the type (restored uploads). */
export function kindOfMime(mime: string): FileKind | undefined {
  if (mime === 'application/pdf') return 'pdf';
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('video/')) return 'video';
  return undefined;
}

const image = (mime: string): SniffedType => ({ mime, kind: 'image' });
const video = (mime: string): SniffedType => ({ mime, kind: 'video' });

// ISO-BMFF (`ftyp` box) brands. The major brand says what the file is; compatible brands only say
// which readers can open it (an M4A song and a Canon CR3 photo both list `isom`, and are not videos).
const heicBrands = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx']);
const heifBrands = new Set(['mif1', 'msf1', 'mif2', 'heif']);
const mp4Brands = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'M4VH', 'M4VP', 'dash', 'mmp4', 'f4v ']);
/** Major brands of ISO-BMFF files that are not an accepted image or video: audio, raw photos, AVIF, JPEG 2000. */
const otherBrands = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B ', 'crx ', 'avif', 'avis', 'jp2 ', 'jpx ', 'mjp2']);

/** A video by its major brand: MP4, QuickTime, 3GPP (`3gp4`, `3ge6`…) or 3GPP2 (`3g2a`…). */
function videoOfBrand(brand: string): SniffedType | undefined {
  if (brand === 'qt  ') return video('video/quicktime');
  if (brand.startsWith('3g2')) return video('video/3gpp2');
  if (/^3g[pegsr]/.test(brand)) return video('video/3gpp');
  return mp4Brands.has(brand) ? video('video/mp4') : undefined;
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((value, index) => bytes[offset + index] === value);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));
}

/** A box's 32-bit size (0: to the end of the file, 1: a 64-bit size follows). */
function boxSize(bytes: Uint8Array, offset: number): number {
  return (bytes[offset] ?? 0) * 0x1000000 + (bytes[offset + 1] ?? 0) * 0x10000 + (bytes[offset + 2] ?? 0) * 0x100 + (bytes[offset + 3] ?? 0);
}

// Old QuickTime files have no ftyp box and start with one of these atoms.
const quicktimeLeadingAtoms = new Set(['moov', 'mdat', 'pnot']);
const quicktimeAtoms = new Set([...quicktimeLeadingAtoms, 'free', 'skip', 'wide']);

/**
 * An old QuickTime movie without an ftyp box: a leading `moov`, `mdat` or `pnot` atom, or a `wide`
 * atom (8 bytes of padding) followed by one of them. Eight bytes ending in `wide` alone are not a movie.
 */
function sniffQuicktimeAtoms(bytes: Uint8Array): SniffedType | undefined {
  const first = ascii(bytes, 4, 8);
  const size = boxSize(bytes, 0);
  if (quicktimeLeadingAtoms.has(first) && (size === 0 || size === 1 || size >= 8)) return video('video/quicktime');
  if (first === 'wide' && size === 8 && quicktimeAtoms.has(ascii(bytes, 12, 16))) return video('video/quicktime');
  return undefined;
}

function sniffIsoBmff(bytes: Uint8Array): SniffedType | undefined {
  if (bytes.length < 12) return undefined;
  if (ascii(bytes, 4, 8) !== 'ftyp') return sniffQuicktimeAtoms(bytes);
  const size = boxSize(bytes, 0);
  const major = ascii(bytes, 8, 12);
  const compatible: string[] = [];
  // Compatible brands follow the minor version, up to the end of the box (or of the header we read).
  for (let offset = 16; offset + 4 <= Math.min(size, bytes.length); offset += 4) compatible.push(ascii(bytes, offset, offset + 4));
  const brands = [major, ...compatible];
  if (otherBrands.has(major) || brands.includes('avif') || brands.includes('avis')) return undefined;
  // A HEIC photo may name `mif1` as major brand and `heic` only as compatible.
  if (brands.some((brand) => heicBrands.has(brand))) return image('image/heic');
  if (brands.some((brand) => heifBrands.has(brand))) return image('image/heif');
  // An unknown major brand (a camera's own) falls back on the compatible brands, unless one of them
  // says it is something else.
  return videoOfBrand(major) ?? (compatible.some((brand) => otherBrands.has(brand)) ? undefined : compatible.map(videoOfBrand).find(Boolean));
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
    return docType === 'webm' ? video('video/webm') : undefined;
  }
  return undefined;
}

/** PDF whitespace (NUL, tab, LF, FF, CR, space), which may come before `%PDF-`. */
const pdfWhitespace = new Set([0, 9, 10, 12, 13, 32]);

/** `%PDF-` at the start, or after a UTF-8 byte-order mark and/or whitespace, within the first 1,024 bytes. */
function isPdf(bytes: Uint8Array): boolean {
  let offset = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (offset < SNIFF_HEADER_BYTES && pdfWhitespace.has(bytes[offset] ?? -1)) offset++;
  return offset + 5 <= SNIFF_HEADER_BYTES && ascii(bytes, offset, offset + 5) === '%PDF-';
}

/** Recognises JPEG, PNG, WebP, HEIC/HEIF, PDF, MP4, QuickTime (MOV), 3GPP and WebM from a file's first bytes. */
export function sniffBytes(bytes: Uint8Array): SniffedType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return image('image/jpeg');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return image('image/png');
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return image('image/webp');
  if (isPdf(bytes)) return { mime: 'application/pdf', kind: 'pdf' };
  return sniffWebm(bytes) ?? sniffIsoBmff(bytes);
}

/** Reads only the first {@link SNIFF_HEADER_BYTES} bytes of `file` and returns its true type, or undefined when unknown. */
export async function sniffFile(file: Blob): Promise<SniffedType | undefined> {
  const header = await file.slice(0, SNIFF_HEADER_BYTES).arrayBuffer();
  return sniffBytes(new Uint8Array(header));
}
