// SPDX-License-Identifier: GPL-3.0-or-later
// Starts b24-sandbox-portal over HTTPS and drives it with the official Bitrix24 JS SDK
// (@bitrix24/b24jssdk, OAuth mode, unmodified): event.offline.list, then a call with an expired
// token so that the SDK refreshes through the sandbox's /oauth/token/ and retries.
// Usage: node sdk-check.mjs <path to b24-sandbox-portal>
import { spawn } from 'node:child_process'
import https from 'node:https'

// The sandbox certificate is generated at start and self-signed; this check is about the REST
// contract, so Node is told not to verify it (the C++ suite covers pinning).
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'

let B24OAuth
try {
  ({ B24OAuth } = await import('@bitrix24/b24jssdk'))
} catch (error) {
  console.error(`sdk-check: @bitrix24/b24jssdk is not installed; run "npm ci" in tests/sandbox/jssdk (${error.message})`)
  process.exit(1)
}

const portalExe = process.argv[2] || process.env.B24_SANDBOX_PORTAL
if (!portalExe) {
  console.error('sdk-check: pass the path of b24-sandbox-portal as the first argument')
  process.exit(2)
}

let passed = 0
let failed = 0
function check(name, condition, detail = '') {
  if (condition) {
    passed++
    console.log(`ok - ${name}`)
  } else {
    failed++
    console.log(`not ok - ${name} ${detail}`)
  }
}

function startPortal() {
  return new Promise((resolve, reject) => {
    const child = spawn(portalExe, ['--seed', '120', '--no-rate-limit'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    const timer = setTimeout(() => reject(new Error(`portal did not start: ${out}`)), 30000)
    child.on('error', (error) => reject(error))
    child.stderr.on('data', (chunk) => process.stderr.write(chunk))
    child.stdout.on('data', (chunk) => {
      out += chunk.toString()
      if (!out.includes('Queue rows:')) {
        return
      }
      clearTimeout(timer)
      const field = (label) => {
        const line = out.split('\n').find((l) => l.startsWith(label))
        return line ? line.slice(label.length).trim().split(/\s+/)[0] : ''
      }
      resolve({
        child,
        restUrl: field('REST URL:'),
        accessToken: field('Access token:'),
        refreshToken: field('Refresh token:'),
        clientId: field('Client id:'),
        clientSecret: field('Client secret:'),
        adminKey: field('Admin key:')
      })
    })
  })
}

function adminPost(restUrl, adminKey, path) {
  const url = new URL(`../sandbox/${path}`, restUrl)
  return new Promise((resolve, reject) => {
    const request = https.request(url, { method: 'POST', rejectUnauthorized: false, headers: { 'X-Sandbox-Key': adminKey } },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode))
      })
    request.on('error', reject)
    request.end()
  })
}

const portal = await startPortal()
const watchdog = setTimeout(() => {
  console.error('sdk-check: timed out')
  portal.child.kill()
  process.exit(1)
}, 60000)

try {
  const rest = new URL(portal.restUrl)
  const b24 = new B24OAuth({
    applicationToken: '',
    userId: 1,
    memberId: 'sandbox',
    accessToken: portal.accessToken,
    refreshToken: portal.refreshToken,
    expires: Math.floor(Date.now() / 1000) + 3600,
    expiresIn: 3600,
    scope: 'app',
    domain: rest.host,
    clientEndpoint: portal.restUrl,
    serverEndpoint: portal.restUrl,
    status: 'L'
  }, { clientId: portal.clientId, clientSecret: portal.clientSecret })

  const list = await b24.actions.v2.call.make({
    method: 'event.offline.list',
    params: { filter: { '>ID': 10 }, order: { ID: 'ASC' } }
  })
  const rows = list.getData().result
  check('event.offline.list succeeds', list.isSuccess)
  check('event.offline.list returns a page of 50', Array.isArray(rows) && rows.length === 50, JSON.stringify(rows?.length))
  check('the filter applies (first ID is "11")', rows?.[0]?.ID === '11', JSON.stringify(rows?.[0]))
  check('rows carry PROCESS_ID and ERROR', rows?.[0]?.PROCESS_ID === '' && rows?.[0]?.ERROR === '0')
  check('total is reported', list.getTotal() === 110, String(list.getTotal()))

  let refreshed = false
  b24.setCallbackRefreshAuth(async () => { refreshed = true })
  check('admin endpoint expires the tokens', (await adminPost(portal.restUrl, portal.adminKey, 'expire-tokens')) === 200)
  const get = await b24.actions.v2.call.make({ method: 'event.offline.get', params: { clear: 0, limit: 5 } })
  check('the SDK refreshed the expired token through the sandbox', refreshed)
  check('event.offline.get succeeds after the refresh', get.isSuccess)
  const payload = get.getData().result
  check('get returns a process_id and 5 events',
    /^[a-z0-9]{32}$/.test(payload?.process_id ?? '') && payload?.events?.length === 5, JSON.stringify(payload?.process_id))
} catch (error) {
  failed++
  console.log(`not ok - unexpected error: ${error?.code ?? ''} ${error?.message ?? error}`)
} finally {
  clearTimeout(watchdog)
  portal.child.kill()
}

console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
