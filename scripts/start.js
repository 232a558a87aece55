#!/usr/bin/env node
/**
 * `npm start`: build, then serve dist/ over https on https://localhost:3000 and
 * print how to sideload manifest.xml into Excel.
 *
 *   node scripts/start.js [--no-build] [--self-signed] [--port 3000]
 *
 * Certificates: on Windows and macOS the office-addin-dev-certs certificates
 * (a local CA it installs into the trust store, asking for permission). Where
 * that is impossible (Linux, containers, CI) or with --self-signed: a
 * self-signed certificate made here (selfsigned, kept in .cert/), which no
 * browser or Office trusts until you trust it yourself. The output says which.
 */
"use strict";
const fs = require("node:fs");
const https = require("node:https");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const CERT_DIR = path.join(ROOT, ".cert");

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8",
  ".png": "image/png", ".xml": "application/xml; charset=utf-8", ".map": "application/json; charset=utf-8", ".css": "text/css; charset=utf-8",
};

async function devCerts() {
  const certs = require("office-addin-dev-certs");
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), 120_000).unref());
  const opts = await Promise.race([certs.getHttpsServerOptions(), timeout]);
  return { key: opts.key, cert: opts.cert, ca: opts.ca, kind: "office-addin-dev-certs (trusted local CA in ~/.office-addin-dev-certs)" };
}

async function selfSigned() {
  const keyFile = path.join(CERT_DIR, "localhost.key");
  const certFile = path.join(CERT_DIR, "localhost.crt");
  if (fs.existsSync(keyFile) && fs.existsSync(certFile)) {
    const cert = fs.readFileSync(certFile);
    const { X509Certificate } = require("node:crypto");
    if (new Date(new X509Certificate(cert).validTo) > new Date(Date.now() + 24 * 3600_000)) {
      return { key: fs.readFileSync(keyFile), cert, kind: `self-signed (${path.relative(process.cwd(), certFile)}, reused)`, certFile };
    }
  }
  const selfsigned = require("selfsigned");
  const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    notAfterDate: new Date(Date.now() + 30 * 24 * 3600_000),
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      { name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }, { type: 7, ip: "127.0.0.1" }] },
    ],
  });
  fs.mkdirSync(CERT_DIR, { recursive: true });
  fs.writeFileSync(keyFile, pems.private, { mode: 0o600 });
  fs.writeFileSync(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert, kind: `self-signed (${path.relative(process.cwd(), certFile)}, new, valid 30 days)`, certFile };
}

async function certificates(forceSelfSigned) {
  if (!forceSelfSigned && (process.platform === "win32" || process.platform === "darwin")) {
    try {
      return await devCerts();
    } catch (e) {
      process.stdout.write(`office-addin-dev-certs could not install its certificates (${e.message}); using a self-signed one instead.\n`);
    }
  }
  return selfSigned();
}

function serve(port, tls) {
  const server = https.createServer({ key: tls.key, cert: tls.cert, ca: tls.ca }, (req, res) => {
    let rel;
    try { rel = decodeURIComponent(new URL(req.url, "https://localhost").pathname); } catch { rel = "/"; }
    if (rel.endsWith("/")) rel += "taskpane.html";
    const file = path.normalize(path.join(DIST, rel));
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end(`not found: ${rel}\n`);
      return;
    }
    // No Cache-Control: Office substitutes a default icon when images carry caching directives.
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream", "Access-Control-Allow-Origin": "*" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "localhost", () => resolve(server));
  });
}

function steps(port, tls) {
  const origin = `https://localhost:${port}`;
  const manifest = path.join(ROOT, "manifest.xml");
  const trust = tls.certFile
    ? [
        "",
        "  The certificate is self-signed: Excel and browsers will refuse the add-in until you trust it.",
        `  Open ${origin}/taskpane.html in your browser once and accept the warning, or trust ${tls.certFile}:`,
        "    Windows: certutil -addstore -user Root .cert\\localhost.crt",
        "    macOS:   security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db .cert/localhost.crt",
        "    Linux:   import it in your browser's certificate settings (Authorities).",
      ]
    : [];
  return [
    "",
    `Serving dist/ at ${origin}  (certificate: ${tls.kind})`,
    ...trust,
    "",
    "Sideload manifest.xml into Excel:",
    "  Excel on the web: open a workbook, Home › Add-ins › More Settings (or Insert › Add-ins) ›",
    `    Upload My Add-in › Browse… › ${manifest} › Upload.`,
    "  Windows: share a folder that contains manifest.xml (e.g. \\\\YOURPC\\addins), add it in",
    "    File › Options › Trust Center › Trust Center Settings › Trusted Add-in Catalogs (tick Show in Menu),",
    "    restart Excel, then Home › Add-ins › More Add-ins › SHARED FOLDER › Kaohe › Add.",
    "    (Or `npm run start:desktop`, which uses office-addin-debugging when it is installed.)",
    "  Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/",
    "    (create the folder if needed), restart Excel, then Home › Add-ins › My Add-ins › Kaohe.",
    "",
    "Then: Home › HR rulebook opens the task pane; type =HR. in a cell to see the functions.",
    "Changed the manifest? Bump <Version>. Office caches functions metadata: clear the Office cache if names look stale.",
    "Ctrl+C stops the server.",
    "",
  ].join("\n");
}

async function main(argv) {
  const noBuild = argv.includes("--no-build");
  const forceSelfSigned = argv.includes("--self-signed");
  const portArg = argv.indexOf("--port");
  const port = portArg >= 0 ? Number(argv[portArg + 1]) : 3000;
  if (!noBuild) {
    const { build, printSizes } = require("./build.js");
    process.stdout.write("Building (production)…\n");
    printSizes(await build({}));
  } else if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("dist/ is not built: run `npm run build` or drop --no-build");
  }
  const tls = await certificates(forceSelfSigned);
  await serve(port, tls);
  process.stdout.write(`${steps(port, tls)}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`npm start failed: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 1;
  });
}

module.exports = { serve, selfSigned, steps };
