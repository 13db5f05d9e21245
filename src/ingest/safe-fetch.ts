import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** A URL Dossier will not or cannot fetch; the message says why, in words a member can act on. */
export class FetchError extends Error {
  override name = 'FetchError';
}

export interface FetchLimits {
  /** Larger answers are refused. */
  maxBytes: number;
  /** For the whole fetch, redirects included. */
  timeoutMs: number;
  maxRedirects: number;
  /** Loopback, private and link-local addresses are refused unless this is set (tests only). */
  allowPrivate: boolean;
  /** Extra request headers (conditional requests: If-None-Match, If-Modified-Since). */
  headers?: Record<string, string>;
}

export interface Fetched {
  /** The URL finally answered, after redirects. */
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export const DEFAULT_FETCH_LIMITS: Omit<FetchLimits, 'maxBytes' | 'allowPrivate'> = { timeoutMs: 15_000, maxRedirects: 5 };

/** Addresses a server on the internet never has: this machine, the local network, link-local, reserved. */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is the IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
  return PRIVATE.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * GET a URL the way a server must fetch what strangers name: http(s) only, no private addresses (checked
 * on the address actually connected to, so a name that resolves inward is caught), a byte limit, one
 * deadline for the whole fetch and a limited number of redirects. 304 is returned as is; other answers
 * outside 2xx are a FetchError.
 */
export async function safeFetch(url: string, limits: FetchLimits): Promise<Fetched> {
  const deadline = Date.now() + limits.timeoutMs;
  const seen = new Set<string>();
  let current = parseUrl(url);
  for (let redirects = 0; ; redirects++) {
    seen.add(current.href);
    const answer = await fetchOnce(current, limits, deadline);
    const location = answer.headers.location;
    if (answer.status >= 300 && answer.status < 400 && answer.status !== 304 && location) {
      const next = parseUrl(new URL(location, current).href);
      if (seen.has(next.href)) throw new FetchError(`${url} redirects in a loop.`);
      if (redirects >= limits.maxRedirects) throw new FetchError(`${url} redirects more than ${limits.maxRedirects} times.`);
      current = next;
      continue;
    }
    if (answer.status !== 304 && (answer.status < 200 || answer.status >= 300)) {
      throw new FetchError(`${current.href} answered ${answer.status}${answer.status === 404 ? ' (not found)' : answer.status >= 500 ? ' (a server error)' : ''}.`);
    }
    return { ...answer, url: current.href };
  }
}

function parseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new FetchError(`"${text}" is not a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`Only http and https addresses can be fetched, not ${url.protocol.replace(':', '')}.`);
  return url;
}

function fetchOnce(url: URL, limits: FetchLimits, deadline: number): Promise<Omit<Fetched, 'url'>> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!limits.allowPrivate && isPrivateAddress(host)) return Promise.reject(privateError(url));
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new FetchError(`${url.href} took longer than ${limits.timeoutMs / 1000} s.`));
  return new Promise((resolve, reject) => {
    // The first outcome wins; the connection is dropped on any failure.
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      reject(error instanceof FetchError ? error : new FetchError(`${url.href} could not be reached (${(error as NodeJS.ErrnoException).code ?? error.message}).`));
    };
    const request = (url.protocol === 'https:' ? https : http).get(
      url,
      { headers: { 'user-agent': 'Dossier (article reader)', accept: '*/*', ...limits.headers }, lookup: guardedLookup(limits.allowPrivate, url) },
      (response) => {
        if (Number(response.headers['content-length']) > limits.maxBytes) return fail(tooLarge(url, limits.maxBytes));
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes) fail(tooLarge(url, limits.maxBytes));
          else chunks.push(chunk);
        });
        response.on('end', () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
        });
        response.on('error', fail);
      },
    );
    const timer = setTimeout(() => fail(new FetchError(`${url.href} took longer than ${limits.timeoutMs / 1000} s.`)), remaining);
    request.on('error', fail);
  });
}

/** DNS lookup that refuses private answers, so the check covers the address connected to. */
function guardedLookup(allowPrivate: boolean, url: URL): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      const usable = allowPrivate ? addresses : addresses.filter((a) => !isPrivateAddress(a.address));
      if (usable.length === 0) return callback(privateError(url), '', 4);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable);
      callback(null, usable[0]!.address, usable[0]!.family);
    });
  };
}

function privateError(url: URL): FetchError {
  return new FetchError(`${url.hostname} is a loopback, private or link-local address; Dossier fetches only public web pages.`);
}

function tooLarge(url: URL, maxBytes: number): FetchError {
  return new FetchError(`${url.href} is larger than the ${Math.round(maxBytes / 1024)} KB limit (MAX_ARTICLE_BYTES).`);
}
