/**
 * The base URL the add-in is served from. The manifest template and the function
 * metadata are written against the development base, https://localhost:3000; the build
 * swaps in ADDIN_BASE_URL so that IT can host dist/ on any HTTPS origin and path.
 */
'use strict';

const DEFAULT_BASE_URL = 'https://localhost:3000';

/** Plain HTTP is only for a developer's own machine (the `npm start` fallback without certificates). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The base URL from the environment (ADDIN_BASE_URL), without a trailing slash.
 * Throws a message fit for a build log when the value cannot be a base for the manifest.
 */
function readBaseUrl(env = process.env) {
  const raw = (env.ADDIN_BASE_URL || DEFAULT_BASE_URL).trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: '${raw}'. Give the origin and path dist/ is served from, e.g. https://kpi.example.org/addin`);
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_BASE_URL must not have a query or fragment: '${raw}'.`);
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Error(`ADDIN_BASE_URL must be https (Office loads add-ins only over HTTPS): '${raw}'.`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

const DEFAULT_BASE_PATTERN = /https:\/\/localhost:3000(?![0-9])/g;

/** `text` with every occurrence of the development base URL replaced by `baseUrl`. */
function rebase(text, baseUrl) {
  return text.replace(DEFAULT_BASE_PATTERN, baseUrl);
}

module.exports = { DEFAULT_BASE_URL, readBaseUrl, rebase };
