/**
 * orders-service: the HTTP handler behind a Lambda function URL with AWS_IAM auth (payload format 2.0, the format of
 * an API Gateway HTTP API too, which this handler also serves).
 *
 *   POST /orders         validate an order, price it, return 201 with its id and total (Content-Type: application/json)
 *   GET  /orders/health  200 when the function is up
 *
 * No AWS SDK calls: the blueprint is about the function's deployment, not its persistence.
 * Environment: ORDER_CURRENCIES (optional) limits the accepted currencies, e.g. "EUR,USD,GBP".
 * Logs one JSON line per request with the calling AWS account (from the function URL's IAM authorizer), without
 * personal data (no customer id, no source IP, no caller ARN or access key, no idempotency key).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context, LambdaFunctionURLEventWithIAMAuthorizer } from 'aws-lambda';

/** A function URL request signed with SigV4 (AWS_IAM auth), or an HTTP API request (no IAM authorizer). */
export type OrdersRequest = LambdaFunctionURLEventWithIAMAuthorizer | APIGatewayProxyEventV2;

/** Limits of the order API; together they keep every total an exact integer number of minor units. */
export const MIN_QUANTITY = 1;
export const MAX_QUANTITY = 100;
export const MAX_ITEMS = 100;
export const MAX_UNIT_PRICE = 1_000_000;
export const MAX_ID_LENGTH = 128;
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

export interface OrderItem {
  readonly sku: string;
  readonly quantity: number;
  readonly unitPrice: number;
}

export interface Order {
  readonly customerId: string;
  readonly currency: string;
  readonly items: OrderItem[];
}

/** One thing wrong with a request, named by the JSON path of the offending field. */
export interface ValidationProblem {
  readonly field: string;
  readonly message: string;
}

type Route = 'POST /orders' | 'GET /orders/health';

const ALLOWED_METHODS: Record<string, string[]> = {
  '/orders': ['POST'],
  '/orders/health': ['GET'],
};

/** ISO 4217 codes that this runtime's ICU data knows, so an unknown three-letter code such as 'ABC' is rejected. */
const ISO_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/**
 * The currencies this deployment sells in: `ORDER_CURRENCIES` (comma-separated ISO codes) when set, any ISO 4217
 * code otherwise. Read per request, so a configuration change needs no code change (and tests can set it).
 */
function acceptedCurrencies(): { accepts: (code: string) => boolean; description: string } {
  const configured = (process.env.ORDER_CURRENCIES ?? '').split(',').map(code => code.trim()).filter(code => ISO_CURRENCIES.has(code));
  return configured.length > 0
    ? { accepts: code => configured.includes(code), description: `one of ${configured.join(', ')}` }
    : { accepts: code => ISO_CURRENCIES.has(code), description: 'an ISO 4217 currency code in upper case, such as EUR or USD' };
}

interface RequestLog {
  level: 'INFO' | 'WARN' | 'ERROR';
  message: string;
  requestId: string;
  method: string;
  path: string;
  /** The AWS account of the signed caller (AWS_IAM function URL); absent for requests without an IAM authorizer. */
  callerAccountId?: string;
  route?: Route;
  statusCode?: number;
  durationMs?: number;
  orderId?: string;
  itemCount?: number;
  currency?: string;
  idempotencyKeyPresent?: boolean;
  /** Field names only: values may be personal data. */
  invalidFields?: string[];
  error?: string;
}

export const handler = async (event: OrdersRequest, context?: Pick<Context, 'awsRequestId'>): Promise<APIGatewayProxyStructuredResultV2> => {
  const startedAt = Date.now();
  const method = event.requestContext.http.method.toUpperCase();
  const path = routePath(event);
  const log: RequestLog = {
    level: 'INFO',
    message: 'request',
    requestId: context?.awsRequestId ?? event.requestContext.requestId,
    method,
    path,
    callerAccountId: callerAccountOf(event),
  };

  let response: APIGatewayProxyStructuredResultV2;
  try {
    response = route(event, method, path, log);
  } catch (error) {
    log.level = 'ERROR';
    log.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    response = json(500, { message: 'Internal server error' });
  }

  log.statusCode = response.statusCode;
  log.durationMs = Date.now() - startedAt;
  if (log.level === 'INFO' && (response.statusCode ?? 200) >= 400) {
    log.level = 'WARN';
  }
  console.log(JSON.stringify(log));
  return response;
};

/** The account of the principal that signed the request; its ARN and access key may name a person, so they are not read. */
function callerAccountOf(event: OrdersRequest): string | undefined {
  return 'authorizer' in event.requestContext ? event.requestContext.authorizer?.iam?.accountId : undefined;
}

function route(event: OrdersRequest, method: string, path: string, log: RequestLog): APIGatewayProxyStructuredResultV2 {
  const allowed = ALLOWED_METHODS[path];
  if (!allowed) {
    return json(404, { message: `No route for ${path}` });
  }
  if (!allowed.includes(method)) {
    return json(405, { message: `Method ${method} is not allowed on ${path}` }, { allow: allowed.join(', ') });
  }
  log.route = `${method} ${path}` as Route;
  return log.route === 'GET /orders/health' ? json(200, { status: 'ok' }) : createOrder(event, log);
}

/**
 * The path without the stage prefix or a trailing slash. HTTP APIs put a named stage in front of the path
 * (`/prod/orders`); function URLs and the `$default` stage do not.
 */
function routePath(event: OrdersRequest): string {
  const stage = event.requestContext.stage;
  let path = event.rawPath || '/';
  if (stage && stage !== '$default' && (path === `/${stage}` || path.startsWith(`/${stage}/`))) {
    path = path.slice(stage.length + 1) || '/';
  }
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

function createOrder(event: OrdersRequest, log: RequestLog): APIGatewayProxyStructuredResultV2 {
  const contentType = event.headers?.['content-type'];
  if (contentType !== undefined && !isJsonMediaType(contentType)) {
    return json(415, { message: 'The request body must be JSON (Content-Type: application/json)' });
  }
  const body = parseJsonBody(event);
  if (!body.ok) {
    return json(400, { message: body.message });
  }

  const idempotencyKey = event.headers?.['idempotency-key'];
  log.idempotencyKeyPresent = idempotencyKey !== undefined;
  const problems = [...validateOrder(body.value), ...validateIdempotencyKey(idempotencyKey)];
  if (problems.length > 0) {
    log.invalidFields = problems.map(problem => problem.field);
    return json(400, { message: 'The order is invalid', errors: problems });
  }

  const order = body.value as Order;
  const id = idempotencyKey === undefined ? randomUUID() : orderIdFor(order.customerId, idempotencyKey);
  const priced = priceOrder(order);
  log.orderId = id;
  log.itemCount = order.items.length;
  log.currency = order.currency;
  return json(201, { id, customerId: order.customerId, ...priced }, { location: `/orders/${id}` });
}

/** `application/json`, with parameters (`; charset=utf-8`) or a structured suffix (`application/merge-patch+json`). */
function isJsonMediaType(contentType: string): boolean {
  const mediaType = contentType.split(';')[0].trim().toLowerCase();
  return mediaType === 'application/json' || (mediaType.startsWith('application/') && mediaType.endsWith('+json'));
}

/** The body as sent: function URLs and HTTP APIs base64-encode bodies they do not recognise as text (`isBase64Encoded`). */
function parseJsonBody(event: OrdersRequest): { ok: true; value: unknown } | { ok: false; message: string } {
  if (event.body === undefined || event.body === '') {
    return { ok: false, message: 'The request body must be a JSON order' };
  }
  const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf-8') : event.body;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, message: 'The request body is not valid JSON' };
  }
}

/** Every problem with the order at once, so a client can fix them all in one round trip. */
export function validateOrder(input: unknown): ValidationProblem[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ field: '$', message: 'must be a JSON object' }];
  }
  const order = input as Record<string, unknown>;
  const problems: ValidationProblem[] = [];

  if (!isNonEmptyString(order.customerId, MAX_ID_LENGTH)) {
    problems.push({ field: 'customerId', message: `must be a non-empty string of at most ${MAX_ID_LENGTH} characters` });
  }

  const currencies = acceptedCurrencies();
  const currencyIsValid = typeof order.currency === 'string' && currencies.accepts(order.currency);
  if (!currencyIsValid) {
    problems.push({ field: 'currency', message: `must be ${currencies.description}` });
  }

  if (!Array.isArray(order.items) || order.items.length === 0 || order.items.length > MAX_ITEMS) {
    problems.push({ field: 'items', message: `must be an array of 1 to ${MAX_ITEMS} items` });
  } else {
    order.items.forEach((item, index) => problems.push(...validateItem(item, `items[${index}]`, currencyIsValid ? order.currency as string : undefined)));
  }
  return problems;
}

function validateItem(input: unknown, field: string, currency: string | undefined): ValidationProblem[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ field, message: 'must be an object with sku, quantity and unitPrice' }];
  }
  const item = input as Record<string, unknown>;
  const problems: ValidationProblem[] = [];

  if (!isNonEmptyString(item.sku, MAX_ID_LENGTH)) {
    problems.push({ field: `${field}.sku`, message: `must be a non-empty string of at most ${MAX_ID_LENGTH} characters` });
  }
  if (!Number.isInteger(item.quantity) || (item.quantity as number) < MIN_QUANTITY || (item.quantity as number) > MAX_QUANTITY) {
    problems.push({ field: `${field}.quantity`, message: `must be an integer from ${MIN_QUANTITY} to ${MAX_QUANTITY}` });
  }

  const unitPrice = item.unitPrice;
  if (typeof unitPrice !== 'number' || !Number.isFinite(unitPrice) || unitPrice <= 0 || unitPrice > MAX_UNIT_PRICE) {
    problems.push({ field: `${field}.unitPrice`, message: `must be a number greater than 0 and at most ${MAX_UNIT_PRICE}` });
  } else if (currency !== undefined && !isWholeNumberOfMinorUnits(unitPrice, currency)) {
    const digits = minorUnitDigits(currency);
    problems.push({ field: `${field}.unitPrice`, message: `must have at most ${digits} decimal places in ${currency}` });
  }
  return problems;
}

function validateIdempotencyKey(key: string | undefined): ValidationProblem[] {
  // Printable ASCII only: the key is an opaque token chosen by the client, typically a UUID.
  if (key !== undefined && !(key.length > 0 && key.length <= MAX_IDEMPOTENCY_KEY_LENGTH && /^[\x21-\x7e]+$/.test(key))) {
    return [{ field: 'headers.Idempotency-Key', message: `must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} printable ASCII characters without spaces` }];
  }
  return [];
}

function isNonEmptyString(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= maxLength;
}

/** Decimal places of the currency's minor unit: 2 for EUR, 0 for JPY, 3 for BHD. */
function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

function toMinorUnits(amount: number, currency: string): number {
  return Math.round(amount * 10 ** minorUnitDigits(currency));
}

function isWholeNumberOfMinorUnits(amount: number, currency: string): boolean {
  const scaled = amount * 10 ** minorUnitDigits(currency);
  // Binary floating point: 19.99 * 100 is 1998.9999999999998, which is a whole number of cents.
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** Prices in integer minor units, so 0.1 + 0.2 is 0.3 and not 0.30000000000000004. */
function priceOrder(order: Order): { currency: string; total: number; items: (OrderItem & { lineTotal: number })[] } {
  const factor = 10 ** minorUnitDigits(order.currency);
  let totalMinorUnits = 0;
  const items = order.items.map(({ sku, quantity, unitPrice }) => {
    const lineMinorUnits = toMinorUnits(unitPrice, order.currency) * quantity;
    totalMinorUnits += lineMinorUnits;
    return { sku, quantity, unitPrice, lineTotal: lineMinorUnits / factor };
  });
  return { currency: order.currency, total: totalMinorUnits / factor, items };
}

/**
 * The same customer and Idempotency-Key always give the same id, so a retried request is recognisably the same
 * order. Scoped by customer, as payment APIs scope keys by account: two customers who pick the same key get
 * different orders. Formatted as an RFC 9562 version 8 (custom) UUID, like the random ids.
 */
export function orderIdFor(customerId: string, idempotencyKey: string): string {
  const bytes = createHash('sha256').update(`${customerId}\n${idempotencyKey}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  };
}
