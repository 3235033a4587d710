/**
 * Offline checks for Treffpunkt's manifests, shared by scripts/validate-manifests.cjs and the jest tests.
 *
 * - manifest.xml: Microsoft's validator is an online service, so the rules Outlook relies on are checked here
 *   (element order as in the schema, ids, resource references, string limits, URLs, icons, activation rules).
 * - manifest/manifest.json: validated against the JSON schema bundled with office-addin-manifest
 *   (@microsoft/app-manifest, no network), plus the same Outlook rules.
 * - both: same id, version, origin, domains, permissions and surfaces.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { DEV_ORIGIN } = require('./manifestOrigin.cjs');
const { checkXmlManifest, parseXml } = require('./manifestXmlChecks.cjs');
const { checkJsonManifest, schemaErrors } = require('./manifestJsonChecks.cjs');

/** Pages the webpack build emits next to the manifests. */
const BUILD_PAGES = ['taskpane.html', 'commands.html', 'support.html'];

const JSON_CONTEXT_FOR_SURFACE = {
  MessageReadCommandSurface: 'mailRead',
  AppointmentOrganizerCommandSurface: 'meetingDetailsOrganizer',
  AppointmentAttendeeCommandSurface: 'meetingDetailsAttendee',
};
const JSON_PERMISSION_FOR_XML = {
  ReadItem: 'MailboxItem.Read.User',
  ReadWriteItem: 'MailboxItem.ReadWrite.User',
  ReadWriteMailbox: 'Mailbox.ReadWrite.User',
};

function readIfExists(file) {
  return fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : null;
}

/**
 * File access for the checks. Source tree: assets/ and manifest/ of the repository, pages are build outputs.
 * Build output (--dist): everything must exist in that folder.
 */
function sourceTree(root) {
  return {
    mode: 'source',
    xmlPath: path.join(root, 'manifest.xml'),
    jsonPath: path.join(root, 'manifest', 'manifest.json'),
    expectedOrigin: DEV_ORIGIN,
    readServed: (rel) => (rel.startsWith('assets/') ? readIfExists(path.join(root, rel)) : null),
    pageExists: (rel) => BUILD_PAGES.includes(rel),
    // Package-relative paths in manifest.json: assets/ lives at the root, other files next to the manifest.
    readPackaged: (rel) => readIfExists(path.join(root, 'manifest', rel)) ?? readIfExists(path.join(root, rel)),
  };
}

function distTree(dir) {
  const jsonPath = [path.join(dir, 'manifest.json'), path.join(dir, 'manifest', 'manifest.json')].find((f) =>
    fs.existsSync(f),
  );
  return {
    mode: 'dist',
    xmlPath: path.join(dir, 'manifest.xml'),
    jsonPath: jsonPath ?? path.join(dir, 'manifest.json'),
    expectedOrigin: undefined,
    readServed: (rel) => readIfExists(path.join(dir, rel)),
    pageExists: (rel) => BUILD_PAGES.includes(rel) && fs.existsSync(path.join(dir, rel)),
    // As `office-addin-manifest export` packs it: relative to the manifest's own folder.
    readPackaged: (rel) => readIfExists(path.join(path.dirname(jsonPath ?? dir), rel)),
  };
}

function sameSet(a, b) {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/** Rules that tie the two manifests together. */
function crossCheck(xml, json) {
  const errors = [];
  const expect = (ok, message) => ok || errors.push(message);
  expect(xml.id && xml.id.toLowerCase() === String(json.id).toLowerCase(), `Id: XML ${xml.id} ≠ JSON ${json.id}.`);
  expect(xml.version === `${json.version}.0`, `Version: XML ${xml.version} passt nicht zu JSON ${json.version}.`);
  expect(xml.origin === json.origin, `Herkunft: XML ${xml.origin} ≠ JSON ${json.origin}.`);
  expect(sameSet(xml.appDomains, json.validDomains), 'AppDomains (XML) und validDomains (JSON) unterscheiden sich.');
  expect(
    json.permissions.includes(JSON_PERMISSION_FOR_XML[xml.permissions]),
    `Berechtigung ${xml.permissions} fehlt in JSON als ${JSON_PERMISSION_FOR_XML[xml.permissions]}.`,
  );
  expect(
    xml.supportsSharedFolders === json.permissions.includes('Mailbox.SharedFolder'),
    'SupportsSharedFolders (XML) und Mailbox.SharedFolder (JSON) müssen übereinstimmen.',
  );
  expect(
    sameSet(
      xml.surfaces.map((s) => JSON_CONTEXT_FOR_SURFACE[s]),
      json.contexts,
    ),
    `Oberflächen: XML ${xml.surfaces.join(', ')} ≠ JSON ${json.contexts.join(', ')}.`,
  );
  expect(sameSet(xml.functionNames, json.functionNames), 'Funktionsbefehle in XML und JSON unterscheiden sich.');
  expect(
    xml.mailboxMinVersion === json.mailboxMinVersion,
    'Mailbox-Mindestversion in XML und JSON unterscheidet sich.',
  );
  return errors;
}

/**
 * Runs every check. Returns sections `{ title, errors }`; the manifests are valid when no section has errors.
 * @param {{ root?: string, dist?: string }} options
 */
async function checkManifests({ root = path.join(__dirname, '..'), dist } = {}) {
  const tree = dist ? distTree(dist) : sourceTree(root);
  const sections = [];
  const xmlText = readIfExists(tree.xmlPath);
  const jsonText = readIfExists(tree.jsonPath);
  let xml;
  let json;
  if (!xmlText) sections.push({ title: tree.xmlPath, errors: ['Datei fehlt.'] });
  else {
    const result = checkXmlManifest(xmlText.toString('utf8'), tree);
    xml = result.info;
    sections.push({ title: `${tree.xmlPath} (Outlook-Regeln, offline)`, errors: result.errors });
  }
  if (!jsonText) sections.push({ title: tree.jsonPath, errors: ['Datei fehlt.'] });
  else {
    let manifest;
    try {
      manifest = JSON.parse(jsonText.toString('utf8'));
    } catch (error) {
      sections.push({ title: tree.jsonPath, errors: [`Kein gültiges JSON: ${error.message}`] });
    }
    if (manifest) {
      sections.push({ title: `${tree.jsonPath} (Schema, offline)`, errors: await schemaErrors(manifest, tree) });
      const result = checkJsonManifest(manifest, tree);
      json = result.info;
      sections.push({ title: `${tree.jsonPath} (Outlook-Regeln)`, errors: result.errors });
    }
  }
  if (xml && json) sections.push({ title: 'manifest.xml ↔ manifest.json', errors: crossCheck(xml, json) });
  return sections;
}

module.exports = {
  BUILD_PAGES,
  checkManifests,
  checkXmlManifest,
  checkJsonManifest,
  schemaErrors,
  parseXml,
  sourceTree,
  distTree,
};
