import { expect } from '@open-wc/testing';
import { kindOfMime, SNIFF_HEADER_BYTES, sniffBytes, sniffFile } from '../../src/core/file-sniff.js';
import { fitWithin } from '../../src/core/image-downscale.js';

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));
const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? ascii(part) : part)));

/** An ISO-BMFF `ftyp` box: size, 'ftyp', major brand, minor version, compatible brands. */
const ftyp = (major: string, ...compatible: string[]): Uint8Array =>
  bytes([0, 0, 0, 16 + 4 * compatible.length], 'ftyp', major, [0, 0, 0, 0], ...compatible, [0, 0, 0, 8], 'free');

const ebml = (docType: string): Uint8Array =>
  bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0x82, 0x80 | docType.length], docType, [0x42, 0x87, 0x81, 0x04]);

async function canvasBlob(type: string): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = 8;
  canvas.height = 8;
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type));
  if (!blob) throw new Error(`canvas cannot encode ${type}`);
  return blob;
}

describe('file-sniff', () => {
  describe('sniffBytes', () => {
    it('recognises images the browser really encoded (JPEG, PNG, WebP)', async () => {
      for (const type of ['image/jpeg', 'image/png', 'image/webp']) {
        expect(await sniffFile(await canvasBlob(type))).to.deep.equal({ mime: type, kind: 'image' });
      }
    });

    it('recognises HEIC and HEIF by their ftyp brands, but not AVIF', () => {
      expect(sniffBytes(ftyp('heic', 'mif1', 'heic'))).to.deep.equal({ mime: 'image/heic', kind: 'image' });
      expect(sniffBytes(ftyp('heix', 'mif1'))).to.deep.equal({ mime: 'image/heic', kind: 'image' });
      expect(sniffBytes(ftyp('mif1', 'mif1', 'miaf'))).to.deep.equal({ mime: 'image/heif', kind: 'image' });
      expect(sniffBytes(ftyp('msf1', 'msf1'))).to.deep.equal({ mime: 'image/heif', kind: 'image' });
      // An iPhone HEIC may name `mif1` as major brand and `heic` as compatible.
      expect(sniffBytes(ftyp('mif1', 'mif1', 'heic'))).to.deep.equal({ mime: 'image/heic', kind: 'image' });
      expect(sniffBytes(ftyp('avif', 'mif1', 'avif'))).to.equal(undefined);
      expect(sniffBytes(ftyp('mif1', 'mif1', 'avif'))).to.equal(undefined);
    });

    it('recognises MP4 and QuickTime, with or without an ftyp box', () => {
      expect(sniffBytes(ftyp('isom', 'isom', 'iso2', 'avc1', 'mp41'))).to.deep.equal({ mime: 'video/mp4', kind: 'video' });
      expect(sniffBytes(ftyp('mp42', 'mp42', 'isom'))).to.deep.equal({ mime: 'video/mp4', kind: 'video' });
      expect(sniffBytes(ftyp('qt  ', 'qt  '))).to.deep.equal({ mime: 'video/quicktime', kind: 'video' });
      expect(sniffBytes(bytes([0, 0, 0, 8], 'wide', [0, 0, 0, 0], 'mdat'))).to.deep.equal({ mime: 'video/quicktime', kind: 'video' });
      // 3GP is a video (issue 14: it was refused).
      expect(sniffBytes(ftyp('3gp4', '3gp4'))).to.deep.equal({ mime: 'video/3gpp', kind: 'video' });
    });

    it('recognises WebM by its EBML DocType and refuses other Matroska files', () => {
      expect(sniffBytes(ebml('webm'))).to.deep.equal({ mime: 'video/webm', kind: 'video' });
      expect(sniffBytes(ebml('matroska'))).to.equal(undefined);
    });

    it('recognises PDF and refuses everything else, including empty and truncated headers', () => {
      expect(sniffBytes(bytes('%PDF-1.7\n%âãÏÓ'))).to.deep.equal({ mime: 'application/pdf', kind: 'pdf' });
      expect(sniffBytes(bytes('<!doctype html><title>x</title>'))).to.equal(undefined);
      expect(sniffBytes(bytes('GIF89a'))).to.equal(undefined);
      expect(sniffBytes(bytes('PK', [3, 4]))).to.equal(undefined);
      expect(sniffBytes(new Uint8Array())).to.equal(undefined);
      expect(sniffBytes(bytes([0xff, 0xd8]))).to.equal(undefined);
      expect(sniffBytes(bytes([0, 0, 0, 24], 'ftyp'))).to.equal(undefined);
    });
  });

  describe('what a reader would open (issue 14)', () => {
    it('a PDF whose %PDF- comes after a byte-order mark or whitespace within the first 1,024 bytes is a PDF', () => {
      const pdf = { mime: 'application/pdf', kind: 'pdf' };
      expect(sniffBytes(bytes([0xef, 0xbb, 0xbf], '%PDF-1.4\n'))).to.deep.equal(pdf);
      expect(sniffBytes(bytes('\r\n \t%PDF-1.7'))).to.deep.equal(pdf);
      expect(sniffBytes(bytes([0xef, 0xbb, 0xbf], ' '.repeat(1000), '%PDF-1.7'))).to.deep.equal(pdf);
      expect(sniffBytes(bytes(' '.repeat(1020), '%PDF-1.7')), 'beyond the first 1,024 bytes').to.equal(undefined);
      expect(sniffBytes(bytes('<html>%PDF-1.7')), 'only whitespace may come first').to.equal(undefined);
    });

    it('reads ftyp brands properly: audio-only M4A and CR3 raw photos are not video; 3GP and 3G2 video is video', () => {
      expect(sniffBytes(ftyp('M4A ', 'M4A ', 'mp42', 'isom'))).to.equal(undefined);
      expect(sniffBytes(ftyp('M4B ', 'M4B ', 'isom'))).to.equal(undefined);
      expect(sniffBytes(ftyp('crx ', 'crx ', 'isom'))).to.equal(undefined);
      expect(sniffBytes(ftyp('3gp5', '3gp5', 'isom'))).to.deep.equal({ mime: 'video/3gpp', kind: 'video' });
      expect(sniffBytes(ftyp('3g2a', '3g2a'))).to.deep.equal({ mime: 'video/3gpp2', kind: 'video' });
      // A camera's own major brand falls back on the compatible ones, unless they say audio.
      expect(sniffBytes(ftyp('XAVC', 'XAVC', 'mp42', 'iso2'))).to.deep.equal({ mime: 'video/mp4', kind: 'video' });
      expect(sniffBytes(ftyp('XYZ ', 'M4A ', 'mp42'))).to.equal(undefined);
    });

    it('`....wide` alone is not QuickTime; wide before a movie atom is', () => {
      expect(sniffBytes(bytes([0, 0, 0, 8], 'wide'))).to.equal(undefined);
      expect(sniffBytes(bytes([0, 0, 0, 8], 'wide', [0, 0, 0, 0], 'what'))).to.equal(undefined);
      expect(sniffBytes(bytes('Old!wide is a word in this text file'))).to.equal(undefined);
      expect(sniffBytes(bytes([0, 0, 0, 8], 'wide', [0, 0, 0x10, 0], 'moov'))).to.deep.equal({ mime: 'video/quicktime', kind: 'video' });
      expect(sniffBytes(bytes([0, 0, 0, 4], 'mdat', [0, 0, 0, 0])), 'a box smaller than its own header').to.equal(undefined);
    });
  });

  describe('sniffFile', () => {
    it('decides by content, not by name or reported type', async () => {
      const html = new File(['<html><script>alert(1)</script></html>'], 'passport.jpg', { type: 'image/jpeg' });
      expect(await sniffFile(html)).to.equal(undefined);
      const png = new File([await canvasBlob('image/png')], 'statement.pdf', { type: 'application/pdf' });
      expect(await sniffFile(png)).to.deep.equal({ mime: 'image/png', kind: 'image' });
    });

    it('reads only the first bytes of a large file', async () => {
      const megabyte = new Uint8Array(1_000_000);
      megabyte.set(ftyp('isom', 'isom', 'mp41'));
      const sliced: [number | undefined, number | undefined][] = [];
      let wholeFileRead = false;
      class WatchedFile extends File {
        override slice(start?: number, end?: number, contentType?: string): Blob {
          sliced.push([start, end]);
          return super.slice(start, end, contentType);
        }
        override arrayBuffer(): Promise<ArrayBuffer> {
          wholeFileRead = true;
          return super.arrayBuffer();
        }
      }
      const video = new WatchedFile(Array.from({ length: 20 }, () => megabyte), 'video.mp4');
      expect(video.size).to.equal(20_000_000);
      expect(await sniffFile(video)).to.deep.equal({ mime: 'video/mp4', kind: 'video' });
      expect(sliced).to.deep.equal([[0, SNIFF_HEADER_BYTES]]);
      expect(wholeFileRead).to.equal(false);
    });
  });

  it('maps host-reported MIME types to kinds', () => {
    expect(kindOfMime('image/heic')).to.equal('image');
    expect(kindOfMime('video/quicktime')).to.equal('video');
    expect(kindOfMime('application/pdf')).to.equal('pdf');
    expect(kindOfMime('text/plain')).to.equal(undefined);
  });

  it('fits an image within a maximum dimension without enlarging it', () => {
    expect(fitWithin(4000, 3000, 1600)).to.deep.equal({ width: 1600, height: 1200 });
    expect(fitWithin(3000, 4000, 1600)).to.deep.equal({ width: 1200, height: 1600 });
    expect(fitWithin(800, 600, 1600)).to.deep.equal({ width: 800, height: 600 });
  });
});
