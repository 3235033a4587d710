/** Checks of the unified (JSON) manifest: the bundled JSON schema (offline) plus the rules Outlook applies. */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { GUID, duplicateErrors, originOf, pngSize, servedUrlErrors } = require('./manifestCommon.cjs');

// @microsoft/app-manifest is office-addin-manifest's own dependency: it carries the schemas and the validator.
const manifestPkg = path.dirname(require.resolve('office-addin-manifest/package.json'));
const appManifestMain = require.resolve('@microsoft/app-manifest', { paths: [manifestPkg] });
const schemaRoot = path.join(path.dirname(appManifestMain), 'json-schemas', 'teams');

/** Loads the schema a `$schema` URL names from the bundled copy; never from the network. */
function bundledSchema(url) {
  const match = /\/json-schemas\/teams\/(v[^/]+)\/(MicrosoftTeams(?:\.Localization)?\.schema\.json)#?$/.exec(url ?? '');
  const file = match && path.join(schemaRoot, match[1], match[2]);
  if (!file || !fs.existsSync(file)) {
    const bundled = fs.readdirSync(schemaRoot).join(', ');
    throw new Error(`Schema "${url}" ist nicht gebündelt, offline nicht prüfbar (vorhanden: ${bundled}).`);
  }
  // Same clean-up as @microsoft/app-manifest applies to the published files.
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
}

/**
 * The localization schema has patterns (`\b]`) that ajv rejects in unicode mode, and AppManifestUtils gives no
 * way to switch that off; so localization files go through ajv directly, with the same draft-04 validator.
 */
function localizationErrors(document) {
  const from = { paths: [path.dirname(appManifestMain)] };
  const Ajv = require(require.resolve('ajv-draft-04', from));
  const addFormats = require(require.resolve('ajv-formats', from));
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(bundledSchema(document.$schema));
  return validate(document) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`);
}

/** Schema errors of the manifest (as office-addin-manifest validates it) and of its localization files. */
async function schemaErrors(manifest, tree) {
  const { AppManifestUtils } = require(appManifestMain);
  const errors = [];
  try {
    errors.push(...(await AppManifestUtils.validateAgainstSchema(manifest, bundledSchema(manifest.$schema))));
  } catch (error) {
    errors.push(error.message);
  }
  for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
    const file = tree.readPackaged(language.file);
    try {
      if (!file) errors.push(`Sprachdatei ${language.file} fehlt.`);
      else errors.push(...localizationErrors(JSON.parse(file.toString('utf8'))).map((e) => `${language.file}: ${e}`));
    } catch (error) {
      errors.push(`${language.file}: ${error.message}`);
    }
  }
  return errors;
}

function packagedIconErrors(label, rel, size, tree) {
  const file = tree.readPackaged(rel);
  if (!file) return [`icons.${label}: ${rel} fehlt.`];
  const actual = pngSize(file);
  return actual && actual.width === size && actual.height === size
    ? []
    : [`icons.${label}: ${rel} muss eine PNG-Datei mit ${size}×${size} Pixeln sein.`];
}

/**
 * @param {object} manifest parsed manifest.json
 * @param {object} tree file access (see manifestChecks.cjs)
 * @returns {{ errors: string[], info: object }}
 */
function checkJsonManifest(manifest, tree) {
  const errors = [];
  const expect = (ok, message) => ok || errors.push(message);
  expect(GUID.test(manifest.id ?? ''), `id "${manifest.id}" ist keine GUID.`);
  expect(/^\d+\.\d+\.\d+$/.test(manifest.version ?? ''), `version "${manifest.version}" hat nicht die Form n.n.n.`);
  errors.push(...packagedIconErrors('color', manifest.icons?.color, 192, tree));
  errors.push(...packagedIconErrors('outline', manifest.icons?.outline, 32, tree));

  const extensions = manifest.extensions ?? [];
  expect(extensions.length === 1, 'Genau eine Erweiterung (extensions[0]) erwartet.');
  const extension = extensions[0] ?? {};
  expect(extension.requirements?.scopes?.includes('mail'), 'extensions[0].requirements.scopes muss "mail" enthalten.');
  const mailbox = extension.requirements?.capabilities?.find((c) => c.name === 'Mailbox');
  expect(mailbox?.minVersion, 'extensions[0].requirements: Mailbox mit minVersion fehlt.');

  const actions = new Map();
  for (const runtime of extension.runtimes ?? []) {
    for (const action of runtime.actions ?? []) actions.set(action.id, { ...action, runtime });
  }
  errors.push(
    ...duplicateErrors(
      'Aktion',
      (extension.runtimes ?? []).flatMap((r) => (r.actions ?? []).map((a) => a.id)),
    ),
  );
  const paneRuntime = [...actions.values()].find((a) => a.type === 'openPage')?.runtime;
  expect(paneRuntime, 'Keine Laufzeit mit openPage-Aktion (Aufgabenbereich).');
  const origin = originOf(paneRuntime?.code?.page);
  if (tree.expectedOrigin) expect(origin === tree.expectedOrigin, `Herkunft ${origin} statt ${tree.expectedOrigin}.`);
  const validDomains = manifest.validDomains ?? [];
  for (const domain of validDomains) {
    expect(
      originOf(domain) === domain && domain.startsWith('https://'),
      `validDomains "${domain}": nur https-Herkunft.`,
    );
  }
  const urlCheck = (label, url, size) =>
    errors.push(...servedUrlErrors(label, url, { origin, allowedOrigins: validDomains, tree, pngSize: size }));
  for (const runtime of extension.runtimes ?? []) {
    urlCheck(`runtimes/${runtime.id} page`, runtime.code?.page);
    if (runtime.code?.script) urlCheck(`runtimes/${runtime.id} script`, runtime.code.script);
  }
  for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl'])
    urlCheck(`developer.${key}`, manifest.developer?.[key]);

  const contexts = [];
  const ids = [];
  const usedActions = new Set();
  for (const ribbon of extension.ribbons ?? []) {
    contexts.push(...(ribbon.contexts ?? []));
    const controls = (ribbon.tabs ?? [])
      .flatMap((tab) => tab.groups ?? [])
      .flatMap((group) => {
        ids.push(group.id);
        for (const icon of group.icons ?? []) urlCheck(`Gruppe ${group.id} Symbol`, icon.url, icon.size);
        return group.controls ?? [];
      });
    for (const control of controls) {
      ids.push(control.id);
      for (const icon of control.icons ?? []) urlCheck(`${control.id} Symbol`, icon.url, icon.size);
      for (const size of [16, 32, 80]) {
        expect(
          (control.icons ?? []).some((i) => i.size === size),
          `${control.id}: Symbol in Größe ${size} fehlt.`,
        );
      }
      expect(
        actions.has(control.actionId),
        `${control.id}: actionId "${control.actionId}" gibt es in keiner Laufzeit.`,
      );
      usedActions.add(control.actionId);
    }
    expect(
      controls.some((c) => actions.get(c.actionId)?.type === 'openPage'),
      `Ribbon ${ribbon.contexts?.join(', ')}: keine Schaltfläche öffnet den Aufgabenbereich.`,
    );
  }
  errors.push(...duplicateErrors('Id', ids));
  for (const id of actions.keys()) expect(usedActions.has(id), `Aktion "${id}" wird von keiner Schaltfläche benutzt.`);

  const info = {
    id: manifest.id,
    version: manifest.version,
    origin,
    validDomains,
    permissions: (manifest.authorization?.permissions?.resourceSpecific ?? []).map((p) => p.name),
    contexts,
    functionNames: [...actions.values()].filter((a) => a.type === 'executeFunction').map((a) => a.id),
    mailboxMinVersion: mailbox?.minVersion,
  };
  return { errors, info };
}

module.exports = { bundledSchema, checkJsonManifest, schemaErrors };
