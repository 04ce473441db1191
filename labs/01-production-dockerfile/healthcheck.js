// Health probe for the image's HEALTHCHECK: exits 0 when GET /health answers 200 within 2 seconds, else 1.
// Written in Node so the image needs neither curl nor wget.
import { get } from 'node:http';

const request = get(
  { host: '127.0.0.1', port: Number(process.env.PORT ?? 3000), path: '/health', timeout: 2000 },
  (res) => {
    res.resume();
    process.exit(res.statusCode === 200 ? 0 : 1);
  },
);
request.on('timeout', () => request.destroy(new Error('timed out')));
request.on('error', () => process.exit(1));
