// The probe's HTTP client. It reaches a load balancer by the DNS name AWS gave it ('…elb.amazonaws.com'), but an
// HTTPS listener serves the certificate for the name the instructor points at it, so the two names never match and
// a plain fetch refuses every HTTPS answer. For https the probe still verifies the certificate chain (ACM and public
// CAs chain to Node's roots) and skips only the host-name check. That is safe because verify.ts calls only this
// stack's own load balancers and the probe sends nothing secret; it answers "does the app answer", not "is the
// name right".
import https from 'node:https';
import type { Fetch } from './verify.js';

export interface ProbeFetchOptions {
  /** Extra trusted roots (tests use a self-signed one); Node's bundled roots otherwise. */
  ca?: string | Buffer;
}

export function probeFetch(options: ProbeFetchOptions = {}): Fetch {
  return (url, init) => {
    if (new URL(url).protocol !== 'https:') return fetch(url, init);
    return httpsGet(url, init.signal ?? undefined, options.ca);
  };
}

function httpsGet(
  url: string,
  signal: AbortSignal | undefined,
  ca: string | Buffer | undefined,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      {
        method: 'GET',
        ...(ca !== undefined ? { ca } : {}),
        checkServerIdentity: () => undefined,
        ...(signal ? { signal } : {}),
      },
      (res) => {
        // Only the status and headers matter (a redirect's Location); the body is drained, not read.
        res.resume();
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (value === undefined) continue;
          for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
        }
        try {
          resolve(new Response(null, { status: res.statusCode ?? 0, headers }));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      },
    );
    req.on('error', (e) => reject(new TypeError('fetch failed', { cause: e })));
    req.end();
  });
}
