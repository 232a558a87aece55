/**
 * Where the add-in is served from, and what follows from that: the origin every
 * URL lives on, the Office.js CDN of the tenant's cloud, the pages'
 * Content-Security-Policy, the add-in Id of a deployment, and the production
 * manifest made from manifest.xml (docs/deploy.md).
 *
 * Used by webpack.config.js, scripts/build.js, scripts/package.js and
 * scripts/validate-manifest.js; no other file spells these out.
 */
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");

/** The development server's origin (`npm start`); manifest.xml is written for it. */
const DEV_ORIGIN = "https://localhost:3000/";

/**
 * Office.js per Microsoft cloud. A tenant operated by 21Vianet in China must load
 * office.js from its own CDN ("Office 365 operated by 21Vianet", Office Add-ins docs,
 * docs/includes/21Vianet-cdn.md in OfficeDev/office-js-docs-pr).
 */
const OFFICE_JS = {
  global: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  "21vianet": "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
};

/** The deployment config: origin → add-in Id, kept across builds (docs/deploy.md, "The add-in Id"). */
const DEPLOY_CONFIG = path.join(ROOT, "kaohe.deploy.json");

const LOOPBACK = /^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0)$/i;

/**
 * An origin for a production build: https, not loopback, no query or fragment,
 * always ending in "/" (it is a folder: files are origin + "taskpane.html").
 * Throws with a sentence saying what is wrong.
 */
function productionOrigin(text) {
  let url;
  try { url = new URL(String(text ?? "").trim()); } catch { throw new Error(`--origin ${JSON.stringify(text)} is not a URL; give one like https://hr.example.com/kaohe/`); }
  if (url.protocol !== "https:") throw new Error(`--origin must be https (Office loads add-ins only over https), not ${url.protocol}//`);
  if (LOOPBACK.test(url.hostname)) throw new Error(`--origin ${url.origin} is this machine; a production build needs the server your users reach`);
  if (url.username || url.password) throw new Error("--origin must not carry a user name or password");
  if (url.search || url.hash) throw new Error("--origin must not have a query or a fragment");
  return `${url.origin}${url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`}`;
}

/** The AppDomain of an origin: scheme, host and port, without the path. */
function appDomainOf(origin) {
  return new URL(origin).origin;
}

function officeJsUrl(cloud = "global") {
  const url = OFFICE_JS[cloud];
  if (!url) throw new Error(`unknown cloud ${JSON.stringify(cloud)}; use ${Object.keys(OFFICE_JS).join(" or ")}`);
  return url;
}

/**
 * The Content-Security-Policy of every page: the add-in's own origin ('self') and the
 * Office.js CDN, nothing else. office.js loads its host scripts and string files from
 * the CDN (script-src, connect-src) and may frame or show CDN pages (frame-src, img-src).
 * style-src needs 'unsafe-inline': Fluent UI (Griffel) and Office's own host scripts
 * insert <style> elements at run time; scripts stay strict (no inline, no eval).
 */
function contentSecurityPolicy(officeJs) {
  const cdn = new URL(officeJs).origin;
  return [
    "default-src 'none'",
    `script-src 'self' ${cdn}`,
    `connect-src 'self' ${cdn}`,
    `img-src 'self' ${cdn}`,
    `frame-src 'self' ${cdn}`,
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join("; ");
}

function readConfig(file) {
  if (!fs.existsSync(file)) return { deployments: {} };
  let config;
  try { config = JSON.parse(fs.readFileSync(file, "utf8")); } catch (e) { throw new Error(`${file} is not valid JSON: ${e.message}`); }
  if (!config || typeof config.deployments !== "object" || config.deployments === null) throw new Error(`${file} has no "deployments" object`);
  return config;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The add-in Id of the deployment at `origin`, from the deployment config. The first
 * production build for an origin makes one (never the development manifest's Id) and
 * records it; every later build reuses it, so Office and the admin center see updates
 * of the same add-in. Returns { id, created, file }.
 */
function deploymentId(origin, { file = DEPLOY_CONFIG, devId } = {}) {
  const config = readConfig(file);
  const known = config.deployments[origin];
  if (known) {
    if (!GUID.test(String(known.id))) throw new Error(`${file}: the Id of ${origin} is not a GUID: ${JSON.stringify(known.id)}`);
    return { id: known.id, created: false, file };
  }
  let id = crypto.randomUUID();
  while (id === devId) id = crypto.randomUUID();
  config.deployments[origin] = { id, since: new Date().toISOString().slice(0, 10) };
  const text = `${JSON.stringify({
    $comment: "Kaohe deployments: the add-in Id of each production origin. Keep this file (commit it, or keep it where IT builds): a new Id is a new add-in to Office. See docs/deploy.md.",
    ...config,
  }, null, 2)}\n`;
  fs.writeFileSync(file, text);
  return { id, created: true, file };
}

/** The <Id> of a manifest text. */
function manifestId(text) {
  return /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(text)?.[1] ?? null;
}

/**
 * The production manifest: manifest.xml with every development URL moved to `origin`,
 * the AppDomain set to the origin's host, and the deployment's Id. The version stays
 * manifest.xml's.
 */
function productionManifest(devText, { origin, id }) {
  const text = devText
    // An XML comment may not hold "--": the build command is named, not quoted.
    .replace(/<!--[\s\S]*?-->\s*/, `<!--\n  Kaohe production manifest for ${origin}, generated from manifest.xml by a production build\n  (npm run build with that origin). Do not edit: change manifest.xml and build again (docs/deploy.md).\n-->\n`)
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`)
    .replace(`<AppDomain>${appDomainOf(DEV_ORIGIN)}</AppDomain>`, `<AppDomain>${appDomainOf(origin)}</AppDomain>`)
    .split(DEV_ORIGIN).join(origin);
  if (text.includes(appDomainOf(DEV_ORIGIN))) throw new Error("manifest.xml has a development URL the production manifest cannot move");
  return text;
}

module.exports = {
  DEV_ORIGIN, OFFICE_JS, DEPLOY_CONFIG,
  productionOrigin, appDomainOf, officeJsUrl, contentSecurityPolicy, deploymentId, manifestId, productionManifest,
};
