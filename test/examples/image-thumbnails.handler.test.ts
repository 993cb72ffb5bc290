import { GetObjectCommand, GetObjectCommandOutput, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { S3ObjectCreatedNotificationEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import * as fc from 'fast-check';
import {
  createThumbnail, decodeKey, handler, ObjectStore, s3Store, Settings, settingsFromEnvironment, StoredObject,
} from '../../examples/image-thumbnails/handler';
import { decodeImage, downscale, encodeImage, ImageFormatError, MAX_PIXELS, Raster, thumbnailSize } from '../../examples/image-thumbnails/handler/image';

const s3 = mockClient(S3Client);
beforeEach(() => s3.reset());

/** A GetObject body: the SDK's stream, of which the store uses transformToByteArray only. */
const objectBody = (bytes: Uint8Array) => ({ transformToByteArray: async () => bytes }) as unknown as GetObjectCommandOutput['Body'];

const UPLOADS = 'imagethumbnails-uploads4f6eb0fd-1a2b3c4d5e6f';
const THUMBNAILS = 'imagethumbnails-thumbnails115905a6-6f5e4d3c2b1a';
const SETTINGS: Settings = {
  uploadsBucket: UPLOADS, uploadsPrefix: 'uploads/', thumbnailsBucket: THUMBNAILS, thumbnailsPrefix: 'thumbnails/', maxSize: 128, maxSourceBytes: 1_000_000,
};

/** An "Object Created" event as S3 sends it to EventBridge (the key URL-encoded, as in S3's notification records). */
function objectCreated(encodedKey: string, object: { bucket?: string; etag?: string; size?: number } = {}): S3ObjectCreatedNotificationEvent {
  const bucket = object.bucket ?? UPLOADS;
  return {
    'version': '0',
    'id': '17793124-05d4-b198-2fde-7ededc63b103',
    'detail-type': 'Object Created',
    'source': 'aws.s3',
    'account': '111111111111',
    'time': '2026-11-29T10:00:00Z',
    'region': 'eu-west-1',
    'resources': [`arn:aws:s3:::${bucket}`],
    'detail': {
      'version': '0',
      'bucket': { name: bucket },
      'object': {
        'key': encodedKey,
        'size': object.size ?? 1024,
        'etag': object.etag ?? 'b1946ac92492d2347c6235b4d2611184',
        'version-id': 'IYV3p45BT0ac8hjHg1houSdS1a.Mro8e',
        'sequencer': '00617F08299329D189',
      },
      'request-id': 'N4N7GDK58NMKJ12R',
      'requester': '111111111111',
      'source-ip-address': '203.0.113.15',
      'reason': 'PutObject',
    },
  };
}

/** S3 in memory: a read with an ETag returns nothing when the object has another one (S3 answers 412). */
function memoryStore(objects: Record<string, { body: Uint8Array; etag: string }> = {}) {
  const writes: StoredObject[] = [];
  const reads: string[] = [];
  const store: ObjectStore = {
    read: async (bucket, key, etag) => {
      reads.push(`${bucket}/${key}`);
      const object = objects[`${bucket}/${key}`];
      return object && (etag === undefined || object.etag === etag) ? object.body : undefined;
    },
    write: async object => { writes.push(object); },
  };
  return { store, writes, reads };
}

function uniform(width: number, height: number, rgb: [number, number, number]): Raster {
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) data.set(rgb, i * 3);
  return { width, height, channels: 3, data };
}

/**
 * A 3 x 2 24-bit BMP written byte by byte (not with the module's encoder): rows bottom-up, each 9 bytes of BGR
 * padded to 12. Top row red, green, blue; bottom row white, black, grey.
 */
function handMadeBmp(): Buffer {
  const header = Buffer.alloc(54);
  header.write('BM', 0, 'ascii');
  header.writeUInt32LE(54 + 24, 2);
  header.writeUInt32LE(54, 10);
  header.writeUInt32LE(40, 14);
  header.writeInt32LE(3, 18);
  header.writeInt32LE(2, 22);
  header.writeUInt16LE(1, 26);
  header.writeUInt16LE(24, 28);
  const bottom = [255, 255, 255, 0, 0, 0, 128, 128, 128, 0, 0, 0];
  const top = [0, 0, 255, 0, 255, 0, 255, 0, 0, 0, 0, 0];
  return Buffer.concat([header, Buffer.from(bottom), Buffer.from(top)]);
}

const RED_GREEN_BLUE_WHITE_BLACK_GREY = [255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255, 0, 0, 0, 128, 128, 128];

beforeEach(() => jest.spyOn(console, 'log').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

describe('image codecs', () => {
  test('decodes a bottom-up 24-bit BMP with padded rows into top-down RGB', () => {
    const image = decodeImage(handMadeBmp());
    expect(image.format).toBe('bmp');
    expect(image.raster).toMatchObject({ width: 3, height: 2, channels: 3 });
    expect([...image.raster.data]).toEqual(RED_GREEN_BLUE_WHITE_BLACK_GREY);
  });

  test('decodes a top-down 32-bit BMP with the standard BI_BITFIELDS masks, ignoring alpha', () => {
    const header = Buffer.alloc(66);
    header.write('BM', 0, 'ascii');
    header.writeUInt32LE(66, 10);
    header.writeUInt32LE(40, 14);
    header.writeInt32LE(2, 18);
    header.writeInt32LE(-1, 22); // negative height: top-down
    header.writeUInt16LE(1, 26);
    header.writeUInt16LE(32, 28);
    header.writeUInt32LE(3, 30);
    header.writeUInt32LE(0x00ff0000, 54);
    header.writeUInt32LE(0x0000ff00, 58);
    header.writeUInt32LE(0x000000ff, 62);
    const image = decodeImage(Buffer.concat([header, Buffer.from([10, 20, 30, 0, 40, 50, 60, 255])]));
    expect([...image.raster.data]).toEqual([30, 20, 10, 60, 50, 40]);
  });

  test('decodes binary PPM with a header comment, and PGM with a maximum value below 255 (scaled to 8 bits)', () => {
    const ppm = Buffer.concat([Buffer.from('P6\n# made by a scanner\n2 1\n255\n', 'ascii'), Buffer.from([1, 2, 3, 4, 5, 6])]);
    expect(decodeImage(ppm)).toEqual({ format: 'ppm', raster: { width: 2, height: 1, channels: 3, data: new Uint8Array([1, 2, 3, 4, 5, 6]) } });
    const pgm = Buffer.concat([Buffer.from('P5 3 1 15\n', 'ascii'), Buffer.from([0, 15, 5])]);
    expect(decodeImage(pgm)).toEqual({ format: 'pgm', raster: { width: 3, height: 1, channels: 1, data: new Uint8Array([0, 255, 85]) } });
  });

  test.each([
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /not a supported image/],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), /not a supported image/],
    ['text', Buffer.from('hello, world\n'), /not a supported image/],
    ['an empty object', Buffer.alloc(0), /not a supported image/],
    ['an ASCII PPM (P3)', Buffer.from('P3\n1 1\n255\n0 0 0\n'), /not a supported image/],
    ['a run-length encoded BMP', withBmpField(handMadeBmp(), 30, 1), /compression 1/],
    ['an 8-bit palette BMP', withBmpField(handMadeBmp(), 28, 8, 2), /8 bits per pixel/],
    ['a BMP with its pixels cut off', handMadeBmp().subarray(0, 70), /truncated BMP/],
    ['a 16-bit PGM', Buffer.from('P5\n1 1\n65535\n\0\0'), /only 8-bit/],
    ['a PPM with its pixels cut off', Buffer.from('P6\n2 2\n255\n\0\0\0'), /truncated PPM/],
    ['a PPM without dimensions', Buffer.from('P6\n\n'), /invalid PPM header: width/],
  ])('refuses %s with an ImageFormatError', (_name, bytes, message) => {
    expect(() => decodeImage(bytes)).toThrow(ImageFormatError);
    expect(() => decodeImage(bytes)).toThrow(message);
  });

  test('refuses dimensions over the pixel limit before allocating the pixels', () => {
    const side = Math.ceil(Math.sqrt(MAX_PIXELS)) + 1;
    expect(() => decodeImage(Buffer.from(`P6\n${side} ${side}\n255\n`))).toThrow(`${side} x ${side} is more than ${MAX_PIXELS} pixels`);
    expect(() => decodeImage(withBmpField(withBmpField(handMadeBmp(), 18, side, 4), 22, side, 4))).toThrow(/is more than/);
  });

  test('the pixel limit is inclusive: exactly MAX_PIXELS passes the dimension check, one row more does not', () => {
    const bmpOf = (width: number, height: number) => withBmpField(withBmpField(handMadeBmp(), 18, width, 4), 22, height, 4);
    const width = 8000;
    expect(MAX_PIXELS % width).toBe(0);
    // At the limit the header is accepted, and decoding stops at the pixel data this small file does not have.
    expect(() => decodeImage(bmpOf(width, MAX_PIXELS / width))).toThrow('truncated BMP pixel data');
    expect(() => decodeImage(bmpOf(width, MAX_PIXELS / width + 1))).toThrow(`${width} x ${MAX_PIXELS / width + 1} is more than ${MAX_PIXELS} pixels`);
  });

  test.each(['bmp', 'ppm'] as const)('%s: what is encoded decodes to the same pixels (odd width, so BMP rows are padded)', format => {
    const raster: Raster = { width: 3, height: 2, channels: 3, data: new Uint8Array(RED_GREEN_BLUE_WHITE_BLACK_GREY) };
    expect(decodeImage(encodeImage(format, raster))).toEqual({ format, raster });
  });

  test('pgm: what is encoded decodes to the same pixels', () => {
    const raster: Raster = { width: 2, height: 2, channels: 1, data: new Uint8Array([0, 64, 128, 255]) };
    expect(decodeImage(encodeImage('pgm', raster))).toEqual({ format: 'pgm', raster });
  });

  test('the BMP encoder writes the same bytes as the hand-made file: 24-bit, bottom-up, sizes in the header', () => {
    const encoded = encodeImage('bmp', { width: 3, height: 2, channels: 3, data: new Uint8Array(RED_GREEN_BLUE_WHITE_BLACK_GREY) });
    const expected = handMadeBmp();
    expected.writeUInt32LE(24, 34); // image size
    expected.writeInt32LE(2835, 38); // 72 dpi
    expected.writeInt32LE(2835, 42);
    expect(encoded).toEqual(expected);
  });

  test('fails to write grey pixels as BMP or colour pixels as PGM', () => {
    expect(() => encodeImage('bmp', { width: 1, height: 1, channels: 1, data: new Uint8Array(1) })).toThrow(/bmp cannot hold 1-channel/);
    expect(() => encodeImage('pgm', uniform(1, 1, [0, 0, 0]))).toThrow(/pgm cannot hold 3-channel/);
  });
});

describe('thumbnail size and downscaling', () => {
  test.each([
    [1000, 500, 128, 64],
    [500, 1000, 64, 128],
    [128, 128, 128, 128],
    [100, 40, 100, 40], // never enlarged
    [10_000, 1, 128, 1], // never below one pixel
  ])('%i x %i fits in 128 as %i x %i', (width, height, expectedWidth, expectedHeight) => {
    expect(thumbnailSize(width, height, 128)).toEqual({ width: expectedWidth, height: expectedHeight });
  });

  test('each thumbnail pixel is the mean of the source pixels it covers (box filter)', () => {
    const grey: Raster = { width: 4, height: 2, channels: 1, data: new Uint8Array([0, 10, 100, 200, 20, 30, 50, 51]) };
    expect([...downscale(grey, 2, 1).data]).toEqual([15, 100]); // (0+10+20+30)/4, (100+200+50+51)/4 = 100.25
  });

  const side = () => fc.integer({ min: 1, max: 12 });

  test('property: every thumbnail value lies between the smallest and largest source value of its channel', () => {
    fc.assert(fc.property(
      side(), side(), side(), side(), fc.integer(),
      (width, height, targetWidth, targetHeight, seed) => {
        fc.pre(targetWidth <= width && targetHeight <= height);
        const data = Uint8Array.from({ length: width * height * 3 }, (_, i) => (i * 7919 + seed) & 0xff);
        const out = downscale({ width, height, channels: 3, data }, targetWidth, targetHeight);
        expect(out.data.length).toBe(targetWidth * targetHeight * 3);
        for (let c = 0; c < 3; c++) {
          const channel = data.filter((_, i) => i % 3 === c);
          const result = out.data.filter((_, i) => i % 3 === c);
          expect(Math.min(...result)).toBeGreaterThanOrEqual(Math.min(...channel));
          expect(Math.max(...result)).toBeLessThanOrEqual(Math.max(...channel));
        }
      }), { numRuns: 200 });
  });

  test('fails to enlarge', () => {
    expect(() => downscale(uniform(2, 2, [0, 0, 0]), 3, 2)).toThrow(/only reduces/);
  });
});

describe('image thumbnails handler', () => {
  const etag = 'b1946ac92492d2347c6235b4d2611184';
  const bmp = encodeImage('bmp', uniform(256, 128, [200, 100, 50]));

  test('decodes keys the way S3 encodes them: spaces as +, a plus as %2B, other characters as %XX', () => {
    expect(decodeKey('uploads/holiday+photos/beach+%2B+sun%C3%A9.bmp')).toBe('uploads/holiday photos/beach + suné.bmp');
  });

  test('writes the thumbnail of an upload whose key has spaces and a plus, under the thumbnails prefix of the other bucket', async () => {
    const { store, writes } = memoryStore({ [`${UPLOADS}/uploads/holiday photos/beach + sun.bmp`]: { body: bmp, etag } });
    const outcome = await createThumbnail(objectCreated('uploads/holiday+photos/beach+%2B+sun.bmp', { etag }), store, SETTINGS);
    expect(outcome).toEqual({
      status: 'created',
      source: `${UPLOADS}/uploads/holiday photos/beach + sun.bmp`,
      thumbnail: `${THUMBNAILS}/thumbnails/holiday photos/beach + sun.bmp`,
      width: 128,
      height: 64,
    });
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({
      bucket: THUMBNAILS,
      key: 'thumbnails/holiday photos/beach + sun.bmp',
      contentType: 'image/bmp',
      metadata: { 'source-etag': etag, 'source-version-id': 'IYV3p45BT0ac8hjHg1houSdS1a.Mro8e' },
    });
    expect(decodeImage(writes[0].body)).toEqual({ format: 'bmp', raster: uniform(128, 64, [200, 100, 50]) });
  });

  test('a burst of uploads (one event per invocation, concurrently): images get thumbnails, the rest is skipped and logged', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const ppm = encodeImage('ppm', uniform(300, 200, [1, 2, 3]));
    const pgm = encodeImage('pgm', { width: 64, height: 640, channels: 1, data: new Uint8Array(64 * 640).fill(77) });
    const { store, writes } = memoryStore({
      [`${UPLOADS}/uploads/a.bmp`]: { body: bmp, etag },
      [`${UPLOADS}/uploads/scan.ppm`]: { body: ppm, etag },
      [`${UPLOADS}/uploads/x-ray.pgm`]: { body: pgm, etag },
      [`${UPLOADS}/uploads/notes.txt`]: { body: Buffer.from('not an image'), etag },
      [`${UPLOADS}/uploads/photo.png`]: { body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), etag },
    });
    const keys = ['uploads/a.bmp', 'uploads/scan.ppm', 'uploads/x-ray.pgm', 'uploads/notes.txt', 'uploads/photo.png'];
    const outcomes = await Promise.all(keys.map(key => createThumbnail(objectCreated(key, { etag }), store, SETTINGS)));

    expect(outcomes.map(outcome => outcome.status)).toEqual(['created', 'created', 'created', 'skipped', 'skipped']);
    expect(outcomes.slice(3).map(outcome => outcome.status === 'skipped' && outcome.reason)).toEqual([
      expect.stringMatching(/not a supported image/), expect.stringMatching(/not a supported image/),
    ]);
    expect(writes.map(write => [write.key, write.contentType])).toEqual([
      ['thumbnails/a.bmp', 'image/bmp'], ['thumbnails/scan.ppm', 'image/x-portable-pixmap'], ['thumbnails/x-ray.pgm', 'image/x-portable-graymap'],
    ]);
    expect(decodeImage(writes[1].body).raster).toEqual(uniform(128, 85, [1, 2, 3]));
    expect(decodeImage(writes[2].body).raster).toMatchObject({ width: 13, height: 128, channels: 1 });
    // One JSON line per object (in completion order), naming it and the outcome.
    expect(log.mock.calls.map(([line]) => JSON.parse(line)).sort((a, b) => a.source.localeCompare(b.source))).toEqual(
      [...outcomes].sort((a, b) => a.source.localeCompare(b.source)));
  });

  test('a thumbnail is never processed again: an event of the thumbnails bucket is skipped without reading anything', async () => {
    const { store, writes, reads } = memoryStore();
    const outcome = await createThumbnail(objectCreated('thumbnails/a.bmp', { bucket: THUMBNAILS }), store, SETTINGS);
    expect(outcome).toEqual({ status: 'skipped', source: `${THUMBNAILS}/thumbnails/a.bmp`, reason: 'already a thumbnail' });
    expect(reads).toEqual([]);
    expect(writes).toEqual([]);
  });

  test('with both in one bucket, an object under the thumbnails prefix is skipped too', async () => {
    const { store, reads } = memoryStore();
    const oneBucket = { ...SETTINGS, thumbnailsBucket: UPLOADS };
    await expect(createThumbnail(objectCreated('thumbnails/a.bmp'), store, oneBucket)).resolves.toMatchObject({ status: 'skipped', reason: 'already a thumbnail' });
    expect(reads).toEqual([]);
  });

  test.each([
    ['outside the uploads prefix', objectCreated('exports/a.bmp'), /not under .*\/uploads\//],
    ['of another bucket', objectCreated('uploads/a.bmp', { bucket: 'someone-elses-bucket' }), /not under/],
    ['a folder marker', objectCreated('uploads/2026/', { size: 0 }), /folder marker/],
    ['larger than accepted', objectCreated('uploads/huge.bmp', { size: 1_000_001 }), /1000001 bytes is more than the 1000000 bytes accepted/],
    ['with a malformed key', objectCreated('uploads/%E0%A4%A.bmp'), /not validly URL-encoded/],
  ])('an object %s is skipped without being read', async (_name, event, reason) => {
    const { store, reads, writes } = memoryStore({ [`${UPLOADS}/uploads/huge.bmp`]: { body: bmp, etag } });
    const outcome = await createThumbnail(event, store, SETTINGS);
    expect(outcome.status).toBe('skipped');
    expect(outcome.status === 'skipped' && outcome.reason).toMatch(reason);
    expect(reads).toEqual([]);
    expect(writes).toEqual([]);
  });

  test('an object of exactly the accepted size is read and thumbnailed (one byte more is skipped, above)', async () => {
    const { store, writes } = memoryStore({ [`${UPLOADS}/uploads/a.bmp`]: { body: bmp, etag } });
    const event = objectCreated('uploads/a.bmp', { etag, size: SETTINGS.maxSourceBytes });
    await expect(createThumbnail(event, store, SETTINGS)).resolves.toMatchObject({ status: 'created' });
    expect(writes).toHaveLength(1);
  });

  test('re-processing the same event (a retry, a duplicate delivery) writes the same thumbnail to the same key', async () => {
    const { store, writes } = memoryStore({ [`${UPLOADS}/uploads/a.bmp`]: { body: bmp, etag } });
    const event = objectCreated('uploads/a.bmp', { etag });
    const first = await createThumbnail(event, store, SETTINGS);
    const again = await createThumbnail(event, store, SETTINGS);
    expect(again).toEqual(first);
    expect(writes).toHaveLength(2);
    expect(writes[1]).toEqual(writes[0]);
  });

  test('an event for an upload that was since replaced or deleted writes nothing (the thumbnail stays that of the newest upload)', async () => {
    const { store, writes, reads } = memoryStore({ [`${UPLOADS}/uploads/a.bmp`]: { body: bmp, etag: 'newer0000000000000000000000000000' } });
    const replaced = await createThumbnail(objectCreated('uploads/a.bmp', { etag }), store, SETTINGS);
    const deleted = await createThumbnail(objectCreated('uploads/gone.bmp', { etag }), store, SETTINGS);
    expect([replaced, deleted]).toEqual([
      expect.objectContaining({ status: 'skipped', reason: expect.stringMatching(/replaced or deleted/) }),
      expect.objectContaining({ status: 'skipped', reason: expect.stringMatching(/replaced or deleted/) }),
    ]);
    expect(reads).toEqual([`${UPLOADS}/uploads/a.bmp`, `${UPLOADS}/uploads/gone.bmp`]);
    expect(writes).toEqual([]);
  });

  test('a corrupt image is skipped (retrying cannot fix it)', async () => {
    const { store, writes } = memoryStore({ [`${UPLOADS}/uploads/cut.bmp`]: { body: bmp.subarray(0, 1000), etag } });
    await expect(createThumbnail(objectCreated('uploads/cut.bmp', { etag }), store, SETTINGS))
      .resolves.toMatchObject({ status: 'skipped', reason: 'truncated BMP pixel data' });
    expect(writes).toEqual([]);
  });

  test('fails (so that Lambda retries the invocation) when S3 fails to read or to write', async () => {
    const throttled = Object.assign(new Error('Please reduce your request rate.'), { name: 'SlowDown' });
    const failingRead: ObjectStore = { read: async () => { throw throttled; }, write: async () => undefined };
    await expect(createThumbnail(objectCreated('uploads/a.bmp'), failingRead, SETTINGS)).rejects.toBe(throttled);
    const failingWrite: ObjectStore = { read: async () => bmp, write: async () => { throw throttled; } };
    await expect(createThumbnail(objectCreated('uploads/a.bmp'), failingWrite, SETTINGS)).rejects.toBe(throttled);
  });
});

describe('settings', () => {
  const env = {
    UPLOADS_BUCKET: UPLOADS, UPLOADS_PREFIX: 'uploads/', THUMBNAILS_BUCKET: THUMBNAILS, THUMBNAILS_PREFIX: 'thumbnails/',
    THUMBNAIL_MAX_SIZE: '128', MAX_SOURCE_BYTES: '1000000',
  };

  test('reads every setting from the environment', () => {
    expect(settingsFromEnvironment(env)).toEqual(SETTINGS);
  });

  test('accepts one bucket for both when the prefixes are disjoint', () => {
    expect(settingsFromEnvironment({ ...env, THUMBNAILS_BUCKET: UPLOADS }).thumbnailsBucket).toBe(UPLOADS);
  });

  test.each([
    ['uploads/thumbnails/', 'uploads/'],
    ['thumbnails/', 'thumbnails/'],
    ['images/', 'images/uploads/'],
  ])('fails when, in one bucket, the thumbnails prefix %s and the uploads prefix %s overlap (the function would trigger itself)', (thumbnails, uploads) => {
    expect(() => settingsFromEnvironment({ ...env, THUMBNAILS_BUCKET: UPLOADS, THUMBNAILS_PREFIX: thumbnails, UPLOADS_PREFIX: uploads }))
      .toThrow(/overlap in one bucket: every thumbnail would trigger the function again/);
  });

  test('fails on a missing variable or a size that is not a positive whole number', () => {
    expect(() => settingsFromEnvironment({ ...env, THUMBNAILS_BUCKET: undefined })).toThrow('environment variable THUMBNAILS_BUCKET is not set');
    expect(() => settingsFromEnvironment({ ...env, THUMBNAIL_MAX_SIZE: '0' })).toThrow('THUMBNAIL_MAX_SIZE must be a positive whole number, got: 0');
    expect(() => settingsFromEnvironment({ ...env, MAX_SOURCE_BYTES: '1.5' })).toThrow(/MAX_SOURCE_BYTES/);
  });
});

describe('S3 object store', () => {
  /** An error as the SDK throws it for an S3 error response. */
  const s3Error = (name: string, httpStatusCode: number) => new S3ServiceException({ name, message: name, $fault: 'client', $metadata: { httpStatusCode } });

  test('reads with If-Match on the quoted ETag and returns the body bytes', async () => {
    s3.on(GetObjectCommand).resolves({ Body: objectBody(new Uint8Array([1, 2])) });
    await expect(s3Store().read('b', 'uploads/a b.bmp', 'abc')).resolves.toEqual(new Uint8Array([1, 2]));
    expect(s3.calls()).toHaveLength(1);
    expect(s3.commandCalls(GetObjectCommand)[0].args[0].input).toEqual({ Bucket: 'b', Key: 'uploads/a b.bmp', IfMatch: '"abc"' });
  });

  test.each([
    ['PreconditionFailed', s3Error('PreconditionFailed', 412)],
    ['NoSuchKey', new NoSuchKey({ message: 'The specified key does not exist.', $metadata: { httpStatusCode: 404 } })],
  ])('maps %s (replaced, deleted) to no object', async (_name, error) => {
    s3.on(GetObjectCommand).rejects(error);
    await expect(s3Store().read('b', 'k', 'abc')).resolves.toBeUndefined();
  });

  test('passes any other error on', async () => {
    const denied = s3Error('AccessDenied', 403);
    s3.on(GetObjectCommand).rejects(denied);
    await expect(s3Store().read('b', 'k', 'abc')).rejects.toBe(denied);
  });

  test('a response without a body is an error, not an empty image', async () => {
    s3.on(GetObjectCommand).resolves({});
    await expect(s3Store().read('b', 'uploads/a.bmp', 'abc')).rejects.toThrow('GetObject b/uploads/a.bmp returned no body');
  });

  test('writes the body, content type and metadata (the bucket encrypts with its default key)', async () => {
    s3.on(PutObjectCommand).resolves({});
    const body = new Uint8Array([1]);
    await s3Store().write({ bucket: 'b', key: 'thumbnails/a.bmp', body, contentType: 'image/bmp', metadata: { 'source-etag': 'abc' } });
    expect(s3.calls()).toHaveLength(1);
    expect(s3.commandCalls(PutObjectCommand)[0].args[0].input).toEqual({
      Bucket: 'b', Key: 'thumbnails/a.bmp', Body: body, ContentType: 'image/bmp', Metadata: { 'source-etag': 'abc' },
    });
  });
});

describe('the Lambda entry point', () => {
  const saved = { ...process.env };
  afterEach(() => { process.env = { ...saved }; });

  test('reads the settings from the environment and uses S3 through the SDK', async () => {
    Object.assign(process.env, {
      UPLOADS_BUCKET: UPLOADS, UPLOADS_PREFIX: 'uploads/', THUMBNAILS_BUCKET: THUMBNAILS, THUMBNAILS_PREFIX: 'thumbnails/',
      THUMBNAIL_MAX_SIZE: '16', MAX_SOURCE_BYTES: '1000000',
    });
    const ppm = encodeImage('ppm', uniform(32, 32, [9, 9, 9]));
    s3.on(GetObjectCommand).resolves({ Body: objectBody(ppm) }).on(PutObjectCommand).resolves({});
    await expect(handler(objectCreated('uploads/a.ppm'))).resolves.toMatchObject({ status: 'created', width: 16, height: 16 });
    expect(s3.calls().map(({ args: [command] }) => [command.constructor.name, (command.input as { Key: string }).Key])).toEqual([
      ['GetObjectCommand', 'uploads/a.ppm'],
      ['PutObjectCommand', 'thumbnails/a.ppm'],
    ]);
  });
});

/** `buffer` with the little-endian unsigned field of `bytes` bytes at `offset` set to `value`. */
function withBmpField(buffer: Buffer, offset: number, value: number, bytes = 4): Buffer {
  const copy = Buffer.from(buffer);
  copy.writeUIntLE(value, offset, bytes);
  return copy;
}
