import { EventEmitter } from 'events';
const https = require('https');
import { DeleteFunctionCommand, LambdaClient, ListAliasesCommand, ListVersionsByFunctionCommand } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';

const { handler, versionsToDelete } = require('../../lib/versioning/version-cleanup-handler/index.js');

const lambdaMock = mockClient(LambdaClient);

/** Captures what the handler PUTs to the CloudFormation response URL. */
function captureResponses(): Array<{ options: any; body: any }> {
  const sent: Array<{ options: any; body: any }> = [];
  jest.spyOn(https, 'request').mockImplementation(((options: any, callback: any) => {
    const request = new EventEmitter() as any;
    request.end = (body: string) => {
      sent.push({ options, body: JSON.parse(body) });
      const response = new EventEmitter() as any;
      response.resume = () => undefined;
      callback(response);
      response.emit('end');
    };
    return request;
  }) as any);
  return sent;
}

function event(requestType: string, properties: Record<string, unknown> = { FunctionName: 'orders', KeepVersions: '2', Version: '9' }) {
  return {
    RequestType: requestType,
    ResponseURL: 'https://cloudformation-custom-resource-response-euwest1.s3.amazonaws.com/path?X-Amz-Signature=abc',
    StackId: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/S/1',
    RequestId: 'req-1',
    LogicalResourceId: 'Cleanup',
    ResourceProperties: { ServiceToken: 'arn', ...properties },
  };
}

beforeEach(() => {
  lambdaMock.reset();
  jest.restoreAllMocks();
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
});

describe('versionsToDelete', () => {
  test('keeps the newest N by number (not by string order) and every version in use', () => {
    expect(versionsToDelete(['1', '2', '3', '9', '10', '11'], new Set(['2']), 2)).toEqual(['1', '3', '9']);
  });
  test('deletes nothing when there are at most N versions', () => {
    expect(versionsToDelete(['1', '2'], new Set(), 2)).toEqual([]);
    expect(versionsToDelete([], new Set(), 1)).toEqual([]);
  });
  test('never deletes $LATEST or anything that is not a version number', () => {
    expect(versionsToDelete(['$LATEST', 'live', '1', '2'], new Set(), 1)).toEqual(['1']);
  });
});

describe('version cleanup handler', () => {
  test('on update deletes old versions across pages, keeping alias and routing versions, and reports SUCCESS', async () => {
    const sent = captureResponses();
    lambdaMock.on(ListVersionsByFunctionCommand)
      .resolvesOnce({ Versions: [{ Version: '$LATEST' }, { Version: '1' }, { Version: '2' }, { Version: '3' }], NextMarker: 'm' })
      .resolvesOnce({ Versions: [{ Version: '4' }, { Version: '5' }, { Version: '6' }] });
    lambdaMock.on(ListAliasesCommand).resolves({
      Aliases: [{ Name: 'live', FunctionVersion: '6', RoutingConfig: { AdditionalVersionWeights: { 2: 0.1 } } }, { Name: 'old', FunctionVersion: '1' }],
    });
    lambdaMock.on(DeleteFunctionCommand).resolves({});

    await handler(event('Update'));

    const deletes = lambdaMock.commandCalls(DeleteFunctionCommand).map(call => call.args[0].input);
    expect(deletes).toEqual([{ FunctionName: 'orders', Qualifier: '3' }, { FunctionName: 'orders', Qualifier: '4' }]);
    expect(lambdaMock.commandCalls(ListVersionsByFunctionCommand)[1].args[0].input).toEqual({ FunctionName: 'orders', Marker: 'm' });
    expect(sent).toHaveLength(1);
    expect(sent[0].options).toMatchObject({ method: 'PUT', hostname: 'cloudformation-custom-resource-response-euwest1.s3.amazonaws.com', path: '/path?X-Amz-Signature=abc' });
    expect(sent[0].body).toMatchObject({ Status: 'SUCCESS', RequestId: 'req-1', LogicalResourceId: 'Cleanup', Data: { Deleted: '3,4' } });
  });

  test('a version that cannot be deleted is kept and the deployment still succeeds', async () => {
    const sent = captureResponses();
    lambdaMock.on(ListVersionsByFunctionCommand).resolves({ Versions: [{ Version: '1' }, { Version: '2' }, { Version: '3' }] });
    lambdaMock.on(ListAliasesCommand).resolves({ Aliases: [{ Name: 'live', FunctionVersion: '3' }] });
    lambdaMock.on(DeleteFunctionCommand, { Qualifier: '1' }).rejects(Object.assign(new Error('in use'), { name: 'ResourceConflictException' }));
    lambdaMock.on(DeleteFunctionCommand, { Qualifier: '2' }).resolves({});

    await handler(event('Create', { FunctionName: 'orders', KeepVersions: 1 }));

    expect(sent[0].body).toMatchObject({ Status: 'SUCCESS', Data: { Deleted: '2' } });
    expect(sent[0].body.Reason).toContain('kept 1');
  });

  test('on delete does nothing and succeeds', async () => {
    const sent = captureResponses();
    await handler(event('Delete'));
    expect(lambdaMock.calls()).toHaveLength(0);
    expect(sent[0].body.Status).toBe('SUCCESS');
  });

  test.each([
    [{ FunctionName: 'orders', KeepVersions: '0' }],
    [{ FunctionName: 'orders', KeepVersions: 'two' }],
    [{ KeepVersions: 2 }],
  ])('fails on malformed properties %j without calling Lambda', async (properties) => {
    const sent = captureResponses();
    await handler(event('Update', properties));
    expect(lambdaMock.calls()).toHaveLength(0);
    expect(sent[0].body.Status).toBe('FAILED');
  });

  test('fails, with the error, when listing is denied', async () => {
    const sent = captureResponses();
    lambdaMock.on(ListVersionsByFunctionCommand).rejects(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }));
    await handler(event('Update'));
    expect(sent[0].body).toMatchObject({ Status: 'FAILED', Reason: 'version cleanup failed: AccessDeniedException: not authorized' });
    expect(lambdaMock.commandCalls(DeleteFunctionCommand)).toHaveLength(0);
  });
});
