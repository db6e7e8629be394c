// Lets Node load gapData's pure modules: `lightning/graphql` (a platform module) resolves to a
// text-keeping gql, and `c/<name>` to the LWC bundle. Import this before anything from gapData.
import Module from 'node:module';
import { join } from 'node:path';

const LWC = join(__dirname, '..', '..', '..', 'force-app', 'main', 'default', 'lwc');
const SHIM = join(__dirname, 'lightningGraphql.ts');

type Resolve = (request: string, ...rest: unknown[]) => string;
const resolver = Module as unknown as { _resolveFilename: Resolve };
const original = resolver._resolveFilename;
resolver._resolveFilename = function (request: string, ...rest: unknown[]) {
  if (request === 'lightning/graphql') return original.call(this, SHIM, ...rest);
  const bundle = /^c\/(\w+)$/.exec(request);
  if (bundle) return original.call(this, join(LWC, bundle[1], bundle[1]), ...rest);
  return original.call(this, request, ...rest);
};
