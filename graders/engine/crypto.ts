// node:crypto's hashes and random values, loaded on first use. Loading node:crypto costs about 6 ms of every process
// that imports it (more than the rest of a result-cache replay), and a `labgrade grade` whose labs all come from the
// result cache neither hashes nor draws anything. process.getBuiltinModule (Node 22.3+) loads it where it is first
// called; older Node 22 releases fall back to a require made for this module.
import type * as NodeCrypto from 'node:crypto';
import { createRequire } from 'node:module';

let loaded: typeof NodeCrypto | undefined;

function crypto(): typeof NodeCrypto {
  loaded ??=
    (process.getBuiltinModule?.('node:crypto') as typeof NodeCrypto | undefined) ??
    (createRequire(import.meta.url)('node:crypto') as typeof NodeCrypto);
  return loaded;
}

export const createHash = ((...args: Parameters<typeof NodeCrypto.createHash>) =>
  crypto().createHash(...args)) as typeof NodeCrypto.createHash;
export const randomUUID = ((...args: Parameters<typeof NodeCrypto.randomUUID>) =>
  crypto().randomUUID(...args)) as typeof NodeCrypto.randomUUID;
export const randomBytes = ((...args: Parameters<typeof NodeCrypto.randomBytes>) =>
  crypto().randomBytes(...args)) as typeof NodeCrypto.randomBytes;
