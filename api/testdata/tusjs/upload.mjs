// upload.mjs uploads a file to a Swarmgate gateway's tus endpoint with tus-js-client, the
// reference JavaScript tus client, the way creator web apps do; api/tusjs_test.go runs it.
//
//   node upload.mjs <gateway URL> <bearer token> <file> <policy JSON> [interrupt-after-bytes]
//
// With interrupt-after-bytes it aborts the upload once the gateway has accepted that many bytes
// and resumes it with a new tus.Upload on the same upload URL. On success it prints one JSON
// line {"url", "resumed_at"}; on failure {"error", "status", "code"} (code: the gateway's
// problem code) and exits 1.
import fs from 'node:fs'
import path from 'node:path'
import * as tus from 'tus-js-client'

const [gateway, token, file, policy, interruptArg] = process.argv.slice(2)
if (!gateway || !token || !file || policy === undefined) {
  console.error('usage: node upload.mjs <gateway URL> <bearer token> <file> <policy JSON> [interrupt-after-bytes]')
  process.exit(2)
}
const interruptAfter = interruptArg ? Number(interruptArg) : Infinity

const options = {
  endpoint: gateway.replace(/\/$/, '') + '/v1/tus/',
  chunkSize: 1 << 20,
  retryDelays: null, // fail on the first error: the test wants to see it
  headers: { Authorization: `Bearer ${token}` },
  metadata: {
    filename: path.basename(file),
    title: 'A tus-js-client upload',
    description: 'Uploaded by tus-js-client from Node',
    filetype: 'video/mp4',
    policy,
  },
}

function fail(err) {
  const res = err && err.originalResponse
  let code = ''
  if (res) {
    try {
      code = JSON.parse(res.getBody()).code || ''
    } catch {}
  }
  console.log(JSON.stringify({ error: String(err), status: res ? res.getStatus() : 0, code }))
  process.exit(1)
}

// run uploads from the offset the gateway reports for url (or starts a new upload when url is
// unset), aborting once stopAfter bytes are accepted; it resolves to
// {url, interrupted, firstAccepted}.
function run(url, stopAfter) {
  return new Promise((resolve, reject) => {
    let firstAccepted = -1
    let interrupted = false
    const upload = new tus.Upload(fs.createReadStream(file), {
      ...options,
      uploadUrl: url,
      onChunkComplete(chunk, accepted, total) {
        if (firstAccepted < 0) firstAccepted = accepted - chunk
        if (!interrupted && accepted >= stopAfter && accepted < total) {
          interrupted = true
          upload.abort().then(() => resolve({ url: upload.url, interrupted, firstAccepted }), reject)
        }
      },
      onSuccess() {
        resolve({ url: upload.url, interrupted, firstAccepted })
      },
      onError: reject,
    })
    upload.start()
  })
}

try {
  let r = await run(undefined, interruptAfter)
  let resumedAt = -1
  if (r.interrupted) {
    // A new Upload on the same URL: tus-js-client asks the gateway for the offset (HEAD) and
    // sends only the rest.
    const first = r.url
    r = await run(first, Infinity)
    if (r.interrupted) throw new Error('the resumed upload stopped before its end')
    if (r.url !== first) throw new Error(`resumed upload has URL ${r.url}, not ${first}`)
    resumedAt = r.firstAccepted
  }
  console.log(JSON.stringify({ url: r.url, resumed_at: resumedAt }))
} catch (err) {
  fail(err)
}
