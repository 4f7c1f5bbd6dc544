/**
 * HTTPS for the local development server (`npm start`, `npm run dev-server`), from
 * office-addin-dev-certs: it makes a localhost certificate signed by a "Developer CA for
 * Microsoft Office Add-ins" and asks the OS to trust that CA (sudo on macOS and Linux).
 *
 * When the CA cannot be trusted (no sudo, a locked-down machine) the certificate it made
 * is still used, with a warning; when there is no certificate at all the caller falls
 * back to plain HTTP on localhost.
 */
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

/** Where office-addin-dev-certs keeps its files (its documented default). */
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');
const CERT_FILES = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };

/** The certificate files already on disk, if present and not expired; otherwise null. */
function readExistingCertificate() {
  const paths = Object.fromEntries(Object.entries(CERT_FILES).map(([k, f]) => [k, path.join(CERT_DIR, f)]));
  if (!Object.values(paths).every((p) => fs.existsSync(p))) return null;
  const options = Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)]));
  try {
    if (new Date(new crypto.X509Certificate(options.cert).validTo) <= new Date()) return null;
  } catch {
    return null;
  }
  return options;
}

/**
 * Resolves to { options, trusted, problem }: `options` are https.createServer options
 * (null when no certificate could be had), `trusted` says whether the OS trusts the CA,
 * `problem` is why not, in one line.
 */
async function localhostHttpsOptions() {
  let problem;
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { options, trusted: true, problem: null };
  } catch (error) {
    problem = String((error && error.message) || error).split('\n').filter(Boolean).slice(0, 2).join(' ');
  }
  try {
    const options = readExistingCertificate();
    if (options) return { options, trusted: false, problem };
  } catch (error) {
    problem += `; ${error.message}`;
  }
  return { options: null, trusted: false, problem };
}

module.exports = { CERT_DIR, localhostHttpsOptions };
