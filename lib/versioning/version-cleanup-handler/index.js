'use strict';
/**
 * CloudFormation custom resource: deletes old published versions of one Lambda function, keeping the newest
 * `KeepVersions` and every version an alias points at (including an alias's weighted-routing version).
 *
 * Plain JavaScript on purpose: it ships as-is in the library's package, with no build step, and uses the
 * AWS SDK for JavaScript v3 that the Lambda Node.js runtime provides.
 *
 * A version that cannot be deleted (an event source mapping or provisioned concurrency still uses it) is
 * kept and reported: a version still in use never fails a deployment. Malformed input, or a listing that
 * fails (permissions, throttling), fails the resource, so that the problem is seen rather than hidden.
 */
const https = require('https');
const { URL } = require('url');
const {
  LambdaClient, DeleteFunctionCommand, paginateListAliases, paginateListVersionsByFunction,
} = require('@aws-sdk/client-lambda');

/**
 * Decides which versions to delete. Pure: tested on its own.
 * @param {string[]} versions published version numbers (no $LATEST)
 * @param {Set<string>} inUse versions an alias points at
 * @param {number} keep how many of the newest versions to keep
 * @returns {string[]} versions to delete, oldest first
 */
function versionsToDelete(versions, inUse, keep) {
  const numbered = versions.filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  return numbered.slice(keep).filter((v) => !inUse.has(v)).reverse();
}

/**
 * Lists, selects and deletes.
 * @param {LambdaClient} client
 * @param {string} functionName
 * @param {number} keep
 */
async function cleanUp(client, functionName, keep) {
  const versions = [];
  for await (const page of paginateListVersionsByFunction({ client }, { FunctionName: functionName })) {
    for (const v of page.Versions ?? []) if (v.Version && v.Version !== '$LATEST') versions.push(v.Version);
  }
  const inUse = new Set();
  for await (const page of paginateListAliases({ client }, { FunctionName: functionName })) {
    for (const alias of page.Aliases ?? []) {
      if (alias.FunctionVersion) inUse.add(alias.FunctionVersion);
      for (const routed of Object.keys(alias.RoutingConfig?.AdditionalVersionWeights ?? {})) inUse.add(routed);
    }
  }
  const deleted = [];
  const kept = [];
  for (const version of versionsToDelete(versions, inUse, keep)) {
    try {
      await client.send(new DeleteFunctionCommand({ FunctionName: functionName, Qualifier: version }));
      deleted.push(version);
    } catch (error) {
      kept.push(version);
      console.log(JSON.stringify({ level: 'WARN', message: 'version kept: delete failed', version, error: error.name }));
    }
  }
  return { deleted, kept };
}

function respond(event, status, reason, data) {
  const body = JSON.stringify({
    Status: status,
    Reason: reason.slice(0, 1000),
    PhysicalResourceId: event.PhysicalResourceId ?? `${event.ResourceProperties?.FunctionName ?? 'unknown'}-version-cleanup`,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    Data: data,
  });
  const url = new URL(event.ResponseURL);
  return new Promise((resolve, reject) => {
    const request = https.request({
      hostname: url.hostname,
      path: `${url.pathname}${url.search}`,
      method: 'PUT',
      headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
    }, (response) => { response.resume(); response.on('end', resolve); });
    request.on('error', reject);
    request.end(body);
  });
}

/** The custom resource handler. */
async function handler(event) {
  console.log(JSON.stringify({ level: 'INFO', requestType: event.RequestType, logicalResourceId: event.LogicalResourceId }));
  if (event.RequestType === 'Delete') return respond(event, 'SUCCESS', 'nothing to do on delete', {});
  const functionName = event.ResourceProperties?.FunctionName;
  const keep = Number(event.ResourceProperties?.KeepVersions);
  if (typeof functionName !== 'string' || !Number.isInteger(keep) || keep < 1) {
    return respond(event, 'FAILED', `FunctionName (a string) and KeepVersions (an integer >= 1) are required, got: ${JSON.stringify(event.ResourceProperties)}`, {});
  }
  try {
    const result = await cleanUp(new LambdaClient({}), functionName, keep);
    console.log(JSON.stringify({ level: 'INFO', message: 'versions cleaned up', ...result }));
    return respond(event, 'SUCCESS', `deleted ${result.deleted.length}, kept ${result.kept.length} that could not be deleted`, {
      Deleted: result.deleted.join(',').slice(0, 1000),
    });
  } catch (error) {
    // Listing failed (throttling, permissions): report it rather than hang the stack for an hour.
    return respond(event, 'FAILED', `version cleanup failed: ${error.name}: ${error.message}`, {});
  }
}

module.exports = { handler, cleanUp, versionsToDelete };
