import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { handler, MAX_ITEMS, OrdersRequest, orderIdFor } from '../../examples/orders-service/handler';

interface RequestOptions {
  readonly body?: unknown;
  /** Send `body` as this exact string instead of JSON-encoding it. */
  readonly rawBody?: string;
  readonly headers?: Record<string, string>;
  /** What Lambda does with bodies whose content type it does not recognise as text: base64-encode them. */
  readonly base64?: boolean;
  readonly rawQueryString?: string;
  /** An HTTP API request on this stage, without the function URL's IAM authorizer; function URLs always use `$default`. */
  readonly httpApiStage?: string;
}

const CALLER_ACCOUNT = '222222222222';
const CALLER_ARN = `arn:aws:sts::${CALLER_ACCOUNT}:assumed-role/OrdersClient/checkout-frontend`;
const CALLER_ACCESS_KEY = 'ASIAQEXAMPLEKEY12345';

/**
 * A request to the AWS_IAM function URL as Lambda delivers it (payload format 2.0; the shape of the documented example
 * at https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html#urls-payloads), signed by a role of another
 * account; or, with `httpApiStage`, an HTTP API request of the same format.
 */
function request(method: string, path: string, options: RequestOptions = {}): OrdersRequest {
  const stage = options.httpApiStage ?? '$default';
  const rawPath = stage === '$default' ? path : `/${stage}${path}`;
  const rawQueryString = options.rawQueryString ?? '';
  const text = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const viaFunctionUrl = options.httpApiStage === undefined;
  const domainPrefix = viaFunctionUrl ? 'abcdefghijklmnopqrstuvwxyz012345' : 'a1b2c3d4e5';
  const domainName = viaFunctionUrl ? `${domainPrefix}.lambda-url.eu-west-1.on.aws` : `${domainPrefix}.execute-api.eu-west-1.amazonaws.com`;
  const requestContext = {
    accountId: '111111111111',
    apiId: domainPrefix,
    domainName,
    domainPrefix,
    http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '198.51.100.7', userAgent: 'aws-sdk-js/3.700.0' },
    requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
    routeKey: '$default',
    stage,
    time: '22/Nov/2026:08:30:00 +0000',
    timeEpoch: 1795336200000,
  };
  const event = {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    ...(rawQueryString === '' ? {} : { queryStringParameters: Object.fromEntries(new URLSearchParams(rawQueryString)) }),
    headers: {
      'host': domainName,
      'user-agent': 'aws-sdk-js/3.700.0',
      'accept': 'application/json',
      'x-amz-date': '20261122T083000Z',
      'x-amz-security-token': 'IQoJb3JpZ2luX2VjEXAMPLE',
      'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'x-amzn-trace-id': 'Root=1-67891233-abcdef012345678912345678',
      'x-forwarded-proto': 'https',
      'x-forwarded-port': '443',
      'x-forwarded-for': '198.51.100.7',
      ...(text === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    requestContext: viaFunctionUrl ? {
      ...requestContext,
      authorizer: {
        iam: {
          accessKey: CALLER_ACCESS_KEY,
          accountId: CALLER_ACCOUNT,
          callerId: 'AROAQEXAMPLEROLEID123:checkout-frontend',
          cognitoIdentity: null,
          principalOrgId: 'o-a1b2c3d4e5',
          userArn: CALLER_ARN,
          userId: 'AROAQEXAMPLEROLEID123:checkout-frontend',
        },
      },
    } : requestContext,
    body: text === undefined ? undefined : options.base64 ? Buffer.from(text).toString('base64') : text,
    isBase64Encoded: options.base64 ?? false,
  };
  return event as OrdersRequest;
}

const CUSTOMER_ID = 'cust-4711-jane.doe@example.com';

const VALID_ORDER = {
  customerId: CUSTOMER_ID,
  currency: 'EUR',
  items: [
    { sku: 'BOOK-978-0262033848', quantity: 2, unitPrice: 19.99 },
    { sku: 'PEN-BLUE', quantity: 3, unitPrice: 0.1 },
  ],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let logLines: string[];
beforeEach(() => {
  logLines = [];
  jest.spyOn(console, 'log').mockImplementation((line: string) => {
    logLines.push(line);
  });
});
afterEach(() => jest.restoreAllMocks());

async function send(event: OrdersRequest): Promise<{ response: APIGatewayProxyStructuredResultV2; body: any }> {
  const response = await handler(event, { awsRequestId: 'b0e4a3f2-1c2d-4e5f-8a9b-0c1d2e3f4a5b' });
  return { response, body: response.body === undefined ? undefined : JSON.parse(response.body) };
}

function onlyLogLine(): Record<string, unknown> {
  expect(logLines).toHaveLength(1);
  return JSON.parse(logLines[0]);
}

describe('GET /orders/health', () => {
  test('answers 200', async () => {
    // WHEN
    const { response, body } = await send(request('GET', '/orders/health'));

    // THEN
    expect(response.statusCode).toBe(200);
    expect(response.headers).toEqual({ 'content-type': 'application/json' });
    expect(body).toEqual({ status: 'ok' });
  });

  test('ignores a trailing slash and an HTTP API stage prefix', async () => {
    // WHEN
    const trailingSlash = await send(request('GET', '/orders/health/'));
    const staged = await send(request('GET', '/orders/health', { httpApiStage: 'prod' }));

    // THEN
    expect(trailingSlash.response.statusCode).toBe(200);
    expect(staged.response.statusCode).toBe(200);
  });

  test('ignores the query string', async () => {
    // WHEN
    const { response } = await send(request('GET', '/orders/health', { rawQueryString: 'verbose=1&probe=lb' }));

    // THEN
    expect(response.statusCode).toBe(200);
  });
});

describe('POST /orders', () => {
  test('answers 201 with an id, a Location and exact totals', async () => {
    // WHEN
    const { response, body } = await send(request('POST', '/orders', { body: VALID_ORDER }));

    // THEN
    expect(response.statusCode).toBe(201);
    expect(body).toEqual({
      id: expect.stringMatching(UUID),
      customerId: CUSTOMER_ID,
      currency: 'EUR',
      // 2 × 19.99 + 3 × 0.10, without floating-point residue
      total: 40.28,
      items: [
        { sku: 'BOOK-978-0262033848', quantity: 2, unitPrice: 19.99, lineTotal: 39.98 },
        { sku: 'PEN-BLUE', quantity: 3, unitPrice: 0.1, lineTotal: 0.3 },
      ],
    });
    expect(response.headers).toEqual({ 'content-type': 'application/json', 'location': `/orders/${body.id}` });
  });

  test('prices in the currency\'s minor unit: whole yen, thousandths of a dinar', async () => {
    // WHEN
    const yen = await send(request('POST', '/orders', { body: { ...VALID_ORDER, currency: 'JPY', items: [{ sku: 'TEA', quantity: 3, unitPrice: 1500 }] } }));
    const dinar = await send(request('POST', '/orders', { body: { ...VALID_ORDER, currency: 'BHD', items: [{ sku: 'TEA', quantity: 3, unitPrice: 1.005 }] } }));

    // THEN
    expect(yen.body.total).toBe(4500);
    expect(dinar.body.total).toBe(3.015);
  });

  test('accepts a JSON content type with a charset or a +json suffix', async () => {
    // WHEN
    const charset = await send(request('POST', '/orders', { body: VALID_ORDER, headers: { 'content-type': 'application/json; charset=utf-8' } }));
    const suffix = await send(request('POST', '/orders', { body: VALID_ORDER, headers: { 'content-type': 'application/vnd.orders.v1+json' } }));

    // THEN
    expect(charset.response.statusCode).toBe(201);
    expect(suffix.response.statusCode).toBe(201);
  });

  test.each([
    ['a form', 'application/x-www-form-urlencoded', 'customerId=c-1&currency=EUR'],
    ['plain text', 'text/plain', JSON.stringify(VALID_ORDER)],
  ])('fails with 415 when the body is %s', async (_kind, contentType, rawBody) => {
    // WHEN
    const { response, body } = await send(request('POST', '/orders', { rawBody, headers: { 'content-type': contentType } }));

    // THEN
    expect(response.statusCode).toBe(415);
    expect(body).toEqual({ message: 'The request body must be JSON (Content-Type: application/json)' });
  });

  test('accepts a base64-encoded body, as function URLs deliver some content types', async () => {
    // WHEN
    const { response, body } = await send(request('POST', '/orders', { body: VALID_ORDER, base64: true }));

    // THEN
    expect(response.statusCode).toBe(201);
    expect(body.total).toBe(40.28);
  });

  test('accepts exactly the boundary values', async () => {
    // GIVEN
    const items = Array.from({ length: MAX_ITEMS }, (_, i) => ({ sku: `SKU-${i}`, quantity: i % 2 === 0 ? 1 : 100, unitPrice: 0.01 }));

    // WHEN
    const { response, body } = await send(request('POST', '/orders', { body: { ...VALID_ORDER, items } }));

    // THEN
    expect(response.statusCode).toBe(201);
    expect(body.total).toBe(50.5); // 50 × 1 × 0.01 + 50 × 100 × 0.01
  });

  describe('Idempotency-Key', () => {
    test('a retried request with the same key gets the same id', async () => {
      // WHEN
      const first = await send(request('POST', '/orders', { body: VALID_ORDER, headers: { 'idempotency-key': '0b6f2a53-9d1c-4b8e-a2f4-5c7d9e1f3a5b' } }));
      const retry = await send(request('POST', '/orders', { body: VALID_ORDER, headers: { 'idempotency-key': '0b6f2a53-9d1c-4b8e-a2f4-5c7d9e1f3a5b' } }));

      // THEN
      expect(first.response.statusCode).toBe(201);
      expect(retry.body.id).toBe(first.body.id);
      expect(first.body.id).toBe(orderIdFor(CUSTOMER_ID, '0b6f2a53-9d1c-4b8e-a2f4-5c7d9e1f3a5b'));
      expect(first.body.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8/); // UUID version 8: derived, not random
    });

    test('another key, or the same key from another customer, gets another id', async () => {
      // WHEN
      const first = await send(request('POST', '/orders', { body: VALID_ORDER, headers: { 'idempotency-key': 'key-1' } }));
      const otherKey = await send(request('POST', '/orders', { body: VALID_ORDER, headers: { 'idempotency-key': 'key-2' } }));
      const otherCustomer = await send(request('POST', '/orders', {
        body: { ...VALID_ORDER, customerId: 'cust-0815' },
        headers: { 'idempotency-key': 'key-1' },
      }));

      // THEN
      expect(new Set([first.body.id, otherKey.body.id, otherCustomer.body.id]).size).toBe(3);
    });

    test('without a key, every request gets a new random id', async () => {
      // WHEN
      const first = await send(request('POST', '/orders', { body: VALID_ORDER }));
      const second = await send(request('POST', '/orders', { body: VALID_ORDER }));

      // THEN
      expect(first.body.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/); // UUID version 4
      expect(second.body.id).not.toBe(first.body.id);
    });

    test.each([
      ['empty', ''],
      ['with a space', 'my key'],
      ['too long', 'k'.repeat(256)],
      ['non-ASCII', 'schlüssel'],
    ])('fails with 400 when the key is %s', async (_kind, key) => {
      // WHEN
      const { response, body } = await send(request('POST', '/orders', { body: VALID_ORDER, headers: { 'idempotency-key': key } }));

      // THEN
      expect(response.statusCode).toBe(400);
      expect(body.errors).toEqual([{ field: 'headers.Idempotency-Key', message: expect.any(String) }]);
    });
  });

  test('fails with 400 listing every problem at once', async () => {
    // GIVEN
    const order = {
      customerId: '  ',
      currency: 'eur',
      items: [
        { sku: '', quantity: 0, unitPrice: -1 },
        { sku: 'OK-1', quantity: 101, unitPrice: 0 },
        { sku: 'OK-2', quantity: 2.5, unitPrice: '3.00' },
        'PEN-BLUE',
      ],
    };

    // WHEN
    const { response, body } = await send(request('POST', '/orders', { body: order }));

    // THEN
    expect(response.statusCode).toBe(400);
    expect(body.message).toBe('The order is invalid');
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual([
      'customerId',
      'currency',
      'items[0].sku',
      'items[0].quantity',
      'items[0].unitPrice',
      'items[1].quantity',
      'items[1].unitPrice',
      'items[2].quantity',
      'items[2].unitPrice',
      'items[3]',
    ]);
    expect(body.errors[3]).toEqual({ field: 'items[0].quantity', message: 'must be an integer from 1 to 100' });
  });

  test.each<[string, unknown]>([
    ['0', 0],
    ['101', 101],
    ['a fraction', 1.5],
    ['a numeric string', '2'],
    ['missing', undefined],
  ])('fails with 400 when an item quantity is %s', async (_kind, quantity) => {
    // WHEN
    const { response, body } = await send(request('POST', '/orders', { body: { ...VALID_ORDER, items: [{ sku: 'A', quantity, unitPrice: 1 }] } }));

    // THEN
    expect(response.statusCode).toBe(400);
    expect(body.errors).toEqual([{ field: 'items[0].quantity', message: 'must be an integer from 1 to 100' }]);
  });

  test.each<[string, unknown, string]>([
    ['0', 0, 'greater than 0'],
    ['negative', -5, 'greater than 0'],
    ['a string', '9.99', 'greater than 0'],
    ['too large', 1_000_000.01, 'at most 1000000'],
    ['finer than a cent in EUR', 9.999, 'at most 2 decimal places in EUR'],
  ])('fails with 400 when a unit price is %s', async (_kind, unitPrice, message) => {
    // WHEN
    const { response, body } = await send(request('POST', '/orders', { body: { ...VALID_ORDER, items: [{ sku: 'A', quantity: 1, unitPrice }] } }));

    // THEN
    expect(response.statusCode).toBe(400);
    expect(body.errors).toEqual([{ field: 'items[0].unitPrice', message: expect.stringContaining(message) }]);
  });

  test('fails with 400 when a price has decimals its currency does not have', async () => {
    // WHEN
    const { response, body } = await send(request('POST', '/orders', { body: { ...VALID_ORDER, currency: 'JPY', items: [{ sku: 'A', quantity: 1, unitPrice: 10.5 }] } }));

    // THEN
    expect(response.statusCode).toBe(400);
    expect(body.errors).toEqual([{ field: 'items[0].unitPrice', message: 'must have at most 0 decimal places in JPY' }]);
  });

  test.each<[string, unknown]>([
    ['not an ISO 4217 code', 'ABC'],
    ['lower case', 'usd'],
    ['a symbol', '€'],
    ['a number', 978],
    ['missing', undefined],
  ])('fails with 400 when the currency is %s', async (_kind, currency) => {
    // WHEN
    const { response, body } = await send(request('POST', '/orders', { body: { ...VALID_ORDER, currency } }));

    // THEN
    expect(response.statusCode).toBe(400);
    expect(body.errors).toEqual([{ field: 'currency', message: expect.stringContaining('ISO 4217') }]);
  });

  describe('with ORDER_CURRENCIES set', () => {
    beforeEach(() => {
      process.env.ORDER_CURRENCIES = 'EUR, USD,GBP,NOPE';
    });
    afterEach(() => {
      delete process.env.ORDER_CURRENCIES;
    });

    test('accepts the configured currencies', async () => {
      // WHEN
      const { response } = await send(request('POST', '/orders', { body: { ...VALID_ORDER, currency: 'USD' } }));

      // THEN
      expect(response.statusCode).toBe(201);
    });

    test('fails with 400 for another ISO currency, naming the accepted ones (and ignoring invalid entries)', async () => {
      // WHEN
      const { response, body } = await send(request('POST', '/orders', { body: { ...VALID_ORDER, currency: 'JPY' } }));

      // THEN
      expect(response.statusCode).toBe(400);
      expect(body.errors).toEqual([{ field: 'currency', message: 'must be one of EUR, USD, GBP' }]);
    });
  });

  test.each<[string, unknown]>([
    ['missing', undefined],
    ['empty', []],
    [`longer than ${MAX_ITEMS}`, Array.from({ length: MAX_ITEMS + 1 }, () => ({ sku: 'A', quantity: 1, unitPrice: 1 }))],
    ['not an array', { sku: 'A', quantity: 1, unitPrice: 1 }],
  ])('fails with 400 when items is %s', async (_kind, items) => {
    // WHEN
    const { response, body } = await send(request('POST', '/orders', { body: { ...VALID_ORDER, items } }));

    // THEN
    expect(response.statusCode).toBe(400);
    expect(body.errors).toEqual([{ field: 'items', message: `must be an array of 1 to ${MAX_ITEMS} items` }]);
  });

  test.each<[string, unknown]>([
    ['an array', [VALID_ORDER]],
    ['null', null],
    ['a string', 'order'],
  ])('fails with 400 when the body is %s', async (_kind, order) => {
    // WHEN
    const { response, body } = await send(request('POST', '/orders', { body: order }));

    // THEN
    expect(response.statusCode).toBe(400);
    expect(body.errors).toEqual([{ field: '$', message: 'must be a JSON object' }]);
  });

  test.each([
    ['truncated JSON', '{"customerId": "c-1", "items": ['],
    ['not JSON at all', 'customerId=c-1&currency=EUR'],
  ])('fails with 400 on %s', async (_kind, rawBody) => {
    // WHEN
    const { response, body } = await send(request('POST', '/orders', { rawBody }));

    // THEN
    expect(response.statusCode).toBe(400);
    expect(body).toEqual({ message: 'The request body is not valid JSON' });
  });

  test('fails with 400 when there is no body', async () => {
    // WHEN
    const { response, body } = await send(request('POST', '/orders'));

    // THEN
    expect(response.statusCode).toBe(400);
    expect(body).toEqual({ message: 'The request body must be a JSON order' });
  });
});

describe('routing', () => {
  test.each([
    ['GET', '/'],
    ['GET', '/customers'],
    ['GET', '/orders/1234'],
    ['POST', '/prod/orders'],
  ])('fails with 404 on %s %s', async (method, path) => {
    // WHEN
    const { response, body } = await send(request(method, path));

    // THEN
    expect(response.statusCode).toBe(404);
    expect(body).toEqual({ message: `No route for ${path}` });
  });

  test.each([
    ['GET', '/orders', 'POST'],
    ['PUT', '/orders', 'POST'],
    ['DELETE', '/orders/health', 'GET'],
    ['POST', '/orders/health', 'GET'],
  ])('fails with 405 on %s %s and names the allowed method', async (method, path, allowed) => {
    // WHEN
    const { response } = await send(request(method, path));

    // THEN
    expect(response.statusCode).toBe(405);
    expect(response.headers).toEqual({ 'content-type': 'application/json', 'allow': allowed });
  });

  test('answers 500 without details when something unexpected fails', async () => {
    // GIVEN headers that cannot be read
    const event = request('POST', '/orders', { body: VALID_ORDER });
    event.headers = new Proxy({}, { get: () => { throw new Error('header store unavailable'); } });

    // WHEN
    const { response, body } = await send(event);

    // THEN
    expect(response.statusCode).toBe(500);
    expect(body).toEqual({ message: 'Internal server error' });
    expect(onlyLogLine()).toMatchObject({ level: 'ERROR', statusCode: 500, error: 'Error: header store unavailable' });
  });
});

describe('request log', () => {
  test('writes one JSON line for a created order, with no customer id and no idempotency key', async () => {
    // WHEN
    const { body } = await send(request('POST', '/orders', { body: VALID_ORDER, headers: { 'idempotency-key': 'secret-retry-token' } }));

    // THEN
    expect(onlyLogLine()).toEqual({
      level: 'INFO',
      message: 'request',
      requestId: 'b0e4a3f2-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
      method: 'POST',
      path: '/orders',
      callerAccountId: CALLER_ACCOUNT,
      route: 'POST /orders',
      statusCode: 201,
      durationMs: expect.any(Number),
      orderId: body.id,
      itemCount: 2,
      currency: 'EUR',
      idempotencyKeyPresent: true,
    });
    expect(logLines[0]).not.toMatch(/\n/);
    expect(logLines[0]).not.toContain(CUSTOMER_ID);
    expect(logLines[0]).not.toContain('jane.doe');
    expect(logLines[0]).not.toContain('secret-retry-token');
    expect(logLines[0]).not.toContain('198.51.100.7');
    expect(logLines[0]).not.toContain(CALLER_ARN);
    expect(logLines[0]).not.toContain(CALLER_ACCESS_KEY);
    expect(logLines[0]).not.toContain('checkout-frontend');
  });

  test('names no caller account for a request without an IAM authorizer (an HTTP API)', async () => {
    // WHEN
    await send(request('GET', '/orders/health', { httpApiStage: 'prod' }));

    // THEN
    expect(onlyLogLine()).not.toHaveProperty('callerAccountId');
  });

  test('logs the invalid field names at WARN, never their values', async () => {
    // WHEN
    await send(request('POST', '/orders', { body: { ...VALID_ORDER, currency: 'XYZ', customerId: 'x'.repeat(129) } }));

    // THEN
    const line = onlyLogLine();
    expect(line).toMatchObject({ level: 'WARN', statusCode: 400, invalidFields: ['customerId', 'currency'] });
    expect(logLines[0]).not.toContain('XYZ');
    expect(logLines[0]).not.toContain('xxxx');
  });

  test.each([
    ['GET', '/orders/health', 'INFO', 200],
    ['GET', '/nowhere', 'WARN', 404],
    ['GET', '/orders', 'WARN', 405],
  ])('writes one line for %s %s', async (method, path, level, statusCode) => {
    // WHEN
    await send(request(method, path));

    // THEN
    expect(onlyLogLine()).toMatchObject({ level, method, path, statusCode });
  });

  test('falls back to the API request id when invoked without a Lambda context', async () => {
    // WHEN
    await handler(request('GET', '/orders/health'));

    // THEN
    expect(onlyLogLine()).toMatchObject({ requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef' });
  });
});
