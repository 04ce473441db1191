// The app you containerize in lab 01. Node's own http module serves
//   GET /        a JSON greeting
//   GET /health  200 {"status":"ok"} while the app can serve requests (used by the HEALTHCHECK)
// and it shuts down cleanly on SIGTERM, which is what `docker stop` and Amazon ECS send first.
// Its one dependency, `ms`, formats the uptime: enough to need `npm ci` and a node_modules folder.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import ms from 'ms';

export function createApp() {
  const startedAt = Date.now();
  return createServer((req, res) => {
    const send = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET') return send(405, { error: 'method not allowed' });
    if (req.url === '/health') return send(200, { status: 'ok', uptime: ms(Date.now() - startedAt) });
    if (req.url === '/') return send(200, { message: `Hello from ${process.env.HOSTNAME ?? 'a container'}` });
    return send(404, { error: 'not found' });
  });
}

function start() {
  const port = Number(process.env.PORT ?? 3000);
  const server = createApp();
  server.listen(port, () => console.log(`listening on port ${port}`));
  // Finish in-flight requests, then exit. If the process is not PID 1 (shell-form CMD), this never runs
  // and the container is killed when the stop timeout runs out.
  process.on('SIGTERM', () => {
    console.log('SIGTERM received, shutting down');
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(1), 10_000).unref();
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) start();
