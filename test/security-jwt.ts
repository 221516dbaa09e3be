// A stand-in for the Bot Framework's token issuer on localhost: OpenID metadata and a JWKS
// (with Teams endorsements, as the real one has) for a test RSA key, and a small RS256 signer.
// The bot's authentication is pointed here through config.authEndpoints; nothing leaves the machine.
import http from 'node:http';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { AuthEndpoints } from '../bot/config';

export const APP_ID = '11111111-2222-3333-4444-555555555555';
export const CHANNEL_ISSUER = 'https://api.botframework.com';
export const KID = 'test-key-1';

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export interface SignOptions {
  /** Signing key (default: the published one). */
  key?: KeyObject;
  kid?: string;
  alg?: string;
  /** Skip the signature (an unsigned token, `alg: none`). */
  unsigned?: boolean;
}

export async function startKeyServer() {
  const published = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = published.publicKey.export({ format: 'jwk' });
  const server = http.createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const json = (body: unknown) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    };
    if (req.url === '/channel/.well-known/openidconfiguration') return json({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/channel/keys`, id_token_signing_alg_values_supported: ['RS256'] });
    if (req.url === '/channel/keys') return json({ keys: [{ kty: 'RSA', use: 'sig', kid: KID, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] });
    // emulator-style tokens are checked against this (empty) set, not Microsoft's
    if (req.url === '/emulator/.well-known/openid-configuration') return json({ jwks_uri: `${base}/emulator/keys` });
    if (req.url === '/emulator/keys') return json({ keys: [] });
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** A JWT over `claims`, signed RS256 by the published key unless told otherwise. */
  const sign = (claims: Record<string, unknown>, opts: SignOptions = {}): string => {
    const header = b64url(JSON.stringify({ alg: opts.unsigned ? 'none' : (opts.alg ?? 'RS256'), typ: 'JWT', kid: opts.kid ?? KID }));
    const body = b64url(JSON.stringify(claims));
    if (opts.unsigned) return `${header}.${body}.`;
    const signature = createSign('RSA-SHA256').update(`${header}.${body}`).sign(opts.key ?? published.privateKey);
    return `${header}.${body}.${b64url(signature)}`;
  };

  /** The claims the Bot Connector puts in a token for this bot and `serviceUrl`, valid for an hour. */
  const channelClaims = (serviceUrl: string, now = Math.floor(Date.now() / 1000)) => ({
    iss: CHANNEL_ISSUER,
    aud: APP_ID,
    serviceurl: serviceUrl,
    nbf: now - 60,
    iat: now - 60,
    exp: now + 3600,
  });

  const endpoints: AuthEndpoints = {
    ToBotFromChannelOpenIdMetadataUrl: `${base}/channel/.well-known/openidconfiguration`,
    ToBotFromEmulatorOpenIdMetadataUrl: `${base}/emulator/.well-known/openid-configuration`,
  };

  return {
    sign,
    channelClaims,
    endpoints,
    /** A key pair that is not in the JWKS (for a forged signature). */
    stranger: generateKeyPairSync('rsa', { modulusLength: 2048 }),
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}
