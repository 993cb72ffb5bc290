/**
 * Image thumbnails: for each image uploaded under the uploads prefix, writes a thumbnail (at most
 * THUMBNAIL_MAX_SIZE pixels on its longer side, aspect ratio kept, never enlarged) to the thumbnails bucket, under
 * the thumbnails prefix, with the same relative key and the same format. Formats: see image.ts.
 *
 * Input: the EventBridge "Object Created" event of Amazon S3 (one object per invocation, delivered asynchronously).
 *
 * Failures: a problem no retry can fix (not an image, an unsupported or corrupt image, too large, a key outside the
 * uploads prefix, an object replaced or deleted since the event) is logged and the invocation succeeds, so it is not
 * retried. Anything else (throttling, a network error, a missing permission) is thrown: Lambda retries the
 * asynchronous invocation, then hands the event to the function's failure destination.
 *
 * Idempotent: the object is read only if it still has the event's ETag, and the thumbnail is a pure function of
 * those bytes and the settings, written to a key derived from the source key. Re-processing the same event (a
 * retry, a duplicate delivery) writes the same object again; an event for a replaced upload writes nothing.
 *
 * Environment: UPLOADS_BUCKET, UPLOADS_PREFIX, THUMBNAILS_BUCKET, THUMBNAILS_PREFIX, THUMBNAIL_MAX_SIZE (pixels),
 * MAX_SOURCE_BYTES.
 */
import { GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { S3ObjectCreatedNotificationEvent } from 'aws-lambda';
import { CONTENT_TYPES, decodeImage, downscale, encodeImage, ImageFormatError, thumbnailSize } from './image';

export interface Settings {
  readonly uploadsBucket: string;
  readonly uploadsPrefix: string;
  readonly thumbnailsBucket: string;
  readonly thumbnailsPrefix: string;
  /** The longer side of a thumbnail, in pixels. */
  readonly maxSize: number;
  /** Larger objects are not downloaded. */
  readonly maxSourceBytes: number;
}

/** What the handler needs from S3; the Lambda entry point passes `s3Store()`, tests an in-memory store. */
export interface ObjectStore {
  /** The object's bytes, or `undefined` when it no longer exists or no longer has the ETag `etag`. */
  read(bucket: string, key: string, etag: string | undefined): Promise<Uint8Array | undefined>;
  write(object: StoredObject): Promise<void>;
}

export interface StoredObject {
  readonly bucket: string;
  readonly key: string;
  readonly body: Uint8Array;
  readonly contentType: string;
  readonly metadata: Record<string, string>;
}

export type Outcome =
  | { readonly status: 'created'; readonly source: string; readonly thumbnail: string; readonly width: number; readonly height: number }
  | { readonly status: 'skipped'; readonly source: string; readonly reason: string };

/** Reads and checks the settings; throws on a configuration that could make the function trigger itself. */
export function settingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): Settings {
  const required = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`environment variable ${name} is not set`);
    return value;
  };
  const positive = (name: string): number => {
    const value = Number(required(name));
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got: ${env[name]}`);
    return value;
  };
  const settings: Settings = {
    uploadsBucket: required('UPLOADS_BUCKET'),
    uploadsPrefix: required('UPLOADS_PREFIX'),
    thumbnailsBucket: required('THUMBNAILS_BUCKET'),
    thumbnailsPrefix: required('THUMBNAILS_PREFIX'),
    maxSize: positive('THUMBNAIL_MAX_SIZE'),
    maxSourceBytes: positive('MAX_SOURCE_BYTES'),
  };
  const overlapping = settings.thumbnailsPrefix.startsWith(settings.uploadsPrefix) || settings.uploadsPrefix.startsWith(settings.thumbnailsPrefix);
  if (settings.uploadsBucket === settings.thumbnailsBucket && overlapping) {
    throw new Error(`THUMBNAILS_PREFIX ${settings.thumbnailsPrefix} and UPLOADS_PREFIX ${settings.uploadsPrefix} overlap in one bucket: `
      + 'every thumbnail would trigger the function again');
  }
  return settings;
}

/**
 * S3 URL-encodes object keys in its events like an HTML form: a space arrives as '+', a '+' as '%2B'.
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 */
export function decodeKey(encoded: string): string {
  return decodeURIComponent(encoded.replace(/\+/g, ' '));
}

/** Creates the thumbnail of the object of one "Object Created" event. */
export async function createThumbnail(event: S3ObjectCreatedNotificationEvent, store: ObjectStore, settings: Settings): Promise<Outcome> {
  const bucket = event.detail.bucket.name;
  const { etag, size } = event.detail.object;
  let key: string;
  try {
    key = decodeKey(event.detail.object.key);
  } catch {
    return skipped(`${bucket}/${event.detail.object.key}`, 'the key is not validly URL-encoded');
  }
  const source = `${bucket}/${key}`;
  // The rule and the separate bucket already keep thumbnails out; this guard holds even if the wiring changes.
  if (bucket === settings.thumbnailsBucket && key.startsWith(settings.thumbnailsPrefix)) return skipped(source, 'already a thumbnail');
  if (bucket !== settings.uploadsBucket || !key.startsWith(settings.uploadsPrefix)) return skipped(source, `not under ${settings.uploadsBucket}/${settings.uploadsPrefix}`);
  if (key.endsWith('/')) return skipped(source, 'a folder marker, not an image');
  if (size > settings.maxSourceBytes) return skipped(source, `${size} bytes is more than the ${settings.maxSourceBytes} bytes accepted`);

  const bytes = await store.read(bucket, key, etag);
  if (bytes === undefined) return skipped(source, 'the object was replaced or deleted since the event; a later event covers its new content');
  let image;
  try {
    image = decodeImage(bytes);
  } catch (error) {
    if (error instanceof ImageFormatError) return skipped(source, error.message);
    throw error;
  }
  const target = thumbnailSize(image.raster.width, image.raster.height, settings.maxSize);
  const thumbnail = downscale(image.raster, target.width, target.height);
  const thumbnailKey = settings.thumbnailsPrefix + key.slice(settings.uploadsPrefix.length);
  await store.write({
    bucket: settings.thumbnailsBucket,
    key: thumbnailKey,
    body: encodeImage(image.format, thumbnail),
    contentType: CONTENT_TYPES[image.format],
    // Metadata travels as HTTP headers (ASCII only), so it names the source by ETag and version, not by key.
    metadata: { 'source-etag': etag ?? '', 'source-version-id': event.detail.object['version-id'] ?? '' },
  });
  return log({ status: 'created', source, thumbnail: `${settings.thumbnailsBucket}/${thumbnailKey}`, width: target.width, height: target.height });
}

function skipped(source: string, reason: string): Outcome {
  return log({ status: 'skipped', source, reason });
}

function log(outcome: Outcome): Outcome {
  console.log(JSON.stringify(outcome));
  return outcome;
}

/** Created once per execution environment and reused by every invocation (its connections too). */
const s3 = new S3Client({});

/**
 * The object store backed by S3: a read with `If-Match` on the event's ETag, a plain write.
 *
 * The SDK is the Lambda runtime's: bundledCode keeps `@aws-sdk/*` out of the bundle.
 */
export function s3Store(): ObjectStore {
  return {
    async read(bucket, key, etag) {
      try {
        const response = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, IfMatch: etag ? quoted(etag) : undefined }));
        if (!response.Body) throw new Error(`GetObject ${bucket}/${key} returned no body`);
        return await response.Body.transformToByteArray();
      } catch (error) {
        // 412: the key now holds another object; 404: it was deleted. (PreconditionFailed has no class of its own.)
        if (error instanceof S3ServiceException && (error.name === 'PreconditionFailed' || error.name === 'NoSuchKey')) return undefined;
        throw error;
      }
    },
    async write(object) {
      await s3.send(new PutObjectCommand({
        Bucket: object.bucket, Key: object.key, Body: object.body, ContentType: object.contentType, Metadata: object.metadata,
      }));
    },
  };
}

/** An HTTP entity tag is quoted; S3 events carry it bare. */
function quoted(etag: string): string {
  return etag.startsWith('"') ? etag : `"${etag}"`;
}

let store: ObjectStore | undefined;

/** The Lambda entry point. The settings are read per invocation (cheap), the store once per execution environment. */
export async function handler(event: S3ObjectCreatedNotificationEvent): Promise<Outcome> {
  const settings = settingsFromEnvironment();
  store ??= s3Store();
  return createThumbnail(event, store, settings);
}
