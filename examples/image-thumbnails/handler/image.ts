/**
 * A dependency-free thumbnailer for the image formats that can be decoded and encoded in a few lines:
 * uncompressed Windows bitmaps (BMP, 24- or 32-bit) and binary Netpbm images (PPM `P6`, PGM `P5`, 8-bit).
 *
 * Why not JPEG or PNG: decoding them needs a codec (inflate plus filters for PNG, a DCT decoder for JPEG). The
 * usual library, sharp, is native and cannot be bundled for Lambda without Docker here, and no pure-JavaScript
 * codec (such as jimp) is a dependency of this project. Every other format is refused with `ImageFormatError`.
 *
 * Downscaling is a box filter: each thumbnail pixel is the mean of the source pixels it covers, which avoids the
 * aliasing of nearest-neighbour sampling at large reduction factors.
 */

/** The formats this module reads and writes; a thumbnail is written in the format of its source. */
export type ImageFormat = 'bmp' | 'ppm' | 'pgm';

/** 8-bit pixels, row by row from the top: 1 channel (grey) or 3 (red, green, blue). */
export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 3;
  readonly data: Uint8Array;
}

export interface DecodedImage {
  readonly format: ImageFormat;
  readonly raster: Raster;
}

/** The image cannot be read (unknown format, unsupported variant, corrupt): retrying cannot fix it. */
export class ImageFormatError extends Error {}

/** Images larger than this are refused before any pixel memory is allocated (a 10,000 x 10,000 RGB image is 300 MB). */
export const MAX_PIXELS = 40_000_000;

export const CONTENT_TYPES: Record<ImageFormat, string> = {
  bmp: 'image/bmp',
  ppm: 'image/x-portable-pixmap',
  pgm: 'image/x-portable-graymap',
};

/** Reads an image, recognized by its first bytes (never by its name or declared content type). */
export function decodeImage(bytes: Uint8Array): DecodedImage {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length >= 2 && buffer[0] === 0x42 && buffer[1] === 0x4d) return { format: 'bmp', raster: decodeBmp(buffer) };
  if (buffer.length >= 2 && buffer[0] === 0x50 && (buffer[1] === 0x35 || buffer[1] === 0x36)) return decodeNetpbm(buffer);
  throw new ImageFormatError('not a supported image: expected an uncompressed BMP or a binary PPM (P6) or PGM (P5)');
}

/** Writes `raster` in `format` (PGM needs 1 channel, PPM and BMP 3). */
export function encodeImage(format: ImageFormat, raster: Raster): Buffer {
  if ((format === 'pgm') !== (raster.channels === 1)) throw new Error(`${format} cannot hold ${raster.channels}-channel pixels`);
  return format === 'bmp' ? encodeBmp(raster) : encodeNetpbm(format, raster);
}

/** The largest size within `maxSize` x `maxSize` with the aspect ratio of the source; never larger than the source. */
export function thumbnailSize(width: number, height: number, maxSize: number): { width: number; height: number } {
  const scale = Math.min(1, maxSize / width, maxSize / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Downscales with a box filter to `width` x `height` (each at most the source's). */
export function downscale(source: Raster, width: number, height: number): Raster {
  if (width > source.width || height > source.height) throw new Error('downscale only reduces');
  const { channels } = source;
  const data = new Uint8Array(width * height * channels);
  const sums = new Array<number>(channels);
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * source.height / height);
    const y1 = Math.max(y0 + 1, Math.floor((y + 1) * source.height / height));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * source.width / width);
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * source.width / width));
      sums.fill(0);
      for (let sy = y0; sy < y1; sy++) {
        for (let sx = x0; sx < x1; sx++) {
          const at = (sy * source.width + sx) * channels;
          for (let c = 0; c < channels; c++) sums[c] += source.data[at + c];
        }
      }
      const count = (y1 - y0) * (x1 - x0);
      const out = (y * width + x) * channels;
      for (let c = 0; c < channels; c++) data[out + c] = Math.round(sums[c] / count);
    }
  }
  return { width, height, channels, data };
}

function checkDimensions(width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new ImageFormatError(`invalid dimensions ${width} x ${height}`);
  }
  if (width * height > MAX_PIXELS) throw new ImageFormatError(`${width} x ${height} is more than ${MAX_PIXELS} pixels`);
}

// BMP: https://learn.microsoft.com/en-us/windows/win32/gdi/bitmap-storage
const BMP_FILE_HEADER = 14;
const BITMAPINFOHEADER = 40;
const BI_RGB = 0;
const BI_BITFIELDS = 3;

function decodeBmp(buffer: Buffer): Raster {
  if (buffer.length < BMP_FILE_HEADER + BITMAPINFOHEADER) throw new ImageFormatError('truncated BMP header');
  const pixelOffset = buffer.readUInt32LE(10);
  const headerSize = buffer.readUInt32LE(14);
  if (headerSize < BITMAPINFOHEADER) throw new ImageFormatError(`unsupported BMP header of ${headerSize} bytes (OS/2 bitmap)`);
  const width = buffer.readInt32LE(18);
  const signedHeight = buffer.readInt32LE(22);
  const bitsPerPixel = buffer.readUInt16LE(28);
  const compression = buffer.readUInt32LE(30);
  if (bitsPerPixel !== 24 && bitsPerPixel !== 32) throw new ImageFormatError(`unsupported BMP of ${bitsPerPixel} bits per pixel (only 24 and 32)`);
  // 32-bit bitmaps often declare their (standard) channel masks as BI_BITFIELDS; other masks or compressions are refused.
  const standardMasks = compression === BI_BITFIELDS && bitsPerPixel === 32 && buffer.length >= 66
    && buffer.readUInt32LE(54) === 0x00ff0000 && buffer.readUInt32LE(58) === 0x0000ff00 && buffer.readUInt32LE(62) === 0x000000ff;
  if (compression !== BI_RGB && !standardMasks) throw new ImageFormatError(`unsupported BMP compression ${compression} (only uncompressed)`);
  const height = Math.abs(signedHeight);
  checkDimensions(width, height);

  const bytesPerPixel = bitsPerPixel / 8;
  const stride = Math.ceil(width * bytesPerPixel / 4) * 4;
  if (pixelOffset + stride * height > buffer.length) throw new ImageFormatError('truncated BMP pixel data');
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    // A positive height means the rows are stored bottom-up.
    const row = pixelOffset + (signedHeight > 0 ? height - 1 - y : y) * stride;
    for (let x = 0; x < width; x++) {
      const at = row + x * bytesPerPixel;
      const out = (y * width + x) * 3;
      data[out] = buffer[at + 2];
      data[out + 1] = buffer[at + 1];
      data[out + 2] = buffer[at];
    }
  }
  return { width, height, channels: 3, data };
}

function encodeBmp(raster: Raster): Buffer {
  const { width, height, data } = raster;
  const stride = Math.ceil(width * 3 / 4) * 4;
  const pixelOffset = BMP_FILE_HEADER + BITMAPINFOHEADER;
  const buffer = Buffer.alloc(pixelOffset + stride * height);
  buffer.write('BM', 0, 'ascii');
  buffer.writeUInt32LE(buffer.length, 2);
  buffer.writeUInt32LE(pixelOffset, 10);
  buffer.writeUInt32LE(BITMAPINFOHEADER, 14);
  buffer.writeInt32LE(width, 18);
  buffer.writeInt32LE(height, 22);
  buffer.writeUInt16LE(1, 26); // planes
  buffer.writeUInt16LE(24, 28);
  buffer.writeUInt32LE(BI_RGB, 30);
  buffer.writeUInt32LE(stride * height, 34);
  buffer.writeInt32LE(2835, 38); // 72 dpi, in pixels per metre
  buffer.writeInt32LE(2835, 42);
  for (let y = 0; y < height; y++) {
    const row = pixelOffset + (height - 1 - y) * stride;
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      buffer[row + x * 3] = data[at + 2];
      buffer[row + x * 3 + 1] = data[at + 1];
      buffer[row + x * 3 + 2] = data[at];
    }
  }
  return buffer;
}

// Netpbm: https://netpbm.sourceforge.net/doc/ppm.html and pgm.html
function decodeNetpbm(buffer: Buffer): DecodedImage {
  const format: ImageFormat = buffer[1] === 0x36 ? 'ppm' : 'pgm';
  const channels = format === 'ppm' ? 3 : 1;
  let position = 2;
  const isSpace = (byte: number) => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
  const nextNumber = (name: string): number => {
    // Whitespace and comments (from '#' to the end of the line) may separate the header fields.
    while (position < buffer.length && (isSpace(buffer[position]) || buffer[position] === 0x23)) {
      if (buffer[position] === 0x23) while (position < buffer.length && buffer[position] !== 0x0a) position++;
      else position++;
    }
    const start = position;
    while (position < buffer.length && buffer[position] >= 0x30 && buffer[position] <= 0x39) position++;
    if (position === start || position - start > 9) throw new ImageFormatError(`invalid ${format.toUpperCase()} header: ${name}`);
    return Number(buffer.toString('ascii', start, position));
  };
  const width = nextNumber('width');
  const height = nextNumber('height');
  const maxValue = nextNumber('maximum value');
  if (maxValue < 1 || maxValue > 255) throw new ImageFormatError(`unsupported ${format.toUpperCase()} maximum value ${maxValue} (only 8-bit, 1 to 255)`);
  checkDimensions(width, height);
  // Exactly one whitespace byte separates the header from the raster.
  if (position >= buffer.length || !isSpace(buffer[position])) throw new ImageFormatError(`invalid ${format.toUpperCase()} header`);
  position++;
  const size = width * height * channels;
  if (position + size > buffer.length) throw new ImageFormatError(`truncated ${format.toUpperCase()} pixel data`);
  const data = new Uint8Array(size);
  for (let i = 0; i < size; i++) data[i] = Math.round(Math.min(buffer[position + i], maxValue) * 255 / maxValue);
  return { format, raster: { width, height, channels, data } };
}

function encodeNetpbm(format: 'ppm' | 'pgm', raster: Raster): Buffer {
  const header = Buffer.from(`${format === 'ppm' ? 'P6' : 'P5'}\n${raster.width} ${raster.height}\n255\n`, 'ascii');
  return Buffer.concat([header, Buffer.from(raster.data.buffer, raster.data.byteOffset, raster.data.byteLength)]);
}
