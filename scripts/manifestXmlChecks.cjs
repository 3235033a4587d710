/** Offline checks of the add-in only (XML) manifest against the rules Outlook applies. */
'use strict';

const path = require('node:path');
const { GUID, duplicateErrors, originOf, servedUrlErrors } = require('./manifestCommon.cjs');

// sax comes with office-addin-manifest (→ xml2js → sax); resolve it through that chain, not through hoisting.
const manifestPkg = path.dirname(require.resolve('office-addin-manifest/package.json'));
const xml2jsPkg = path.dirname(require.resolve('xml2js/package.json', { paths: [manifestPkg] }));
const sax = require(require.resolve('sax', { paths: [xml2jsPkg] }));

/** Element order as the schema's sequences define it (entries in one inner array share a place). */
const ORDER = {
  // prettier-ignore
  OfficeApp: [
    'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
    'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'FormSettings', 'Permissions',
    'Rule', 'DisableEntityHighlighting', 'VersionOverrides',
  ],
  VersionOverrides: [
    'Description',
    'Requirements',
    'Hosts',
    'Resources',
    ['WebApplicationInfo', 'ExtendedPermissions'],
    'VersionOverrides', // a nested VersionOverridesV1_1 comes last
  ],
  DesktopFormFactor: ['SupportsSharedFolders', 'FunctionFile', 'ExtensionPoint'],
  Group: ['Label', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  Resources: ['Images', 'Urls', 'ShortStrings', 'LongStrings'],
  DesktopSettings: ['SourceLocation', 'RequestedHeight'],
};
const SURFACES = {
  MessageReadCommandSurface: { itemType: 'Message', formType: 'Read' },
  AppointmentOrganizerCommandSurface: { itemType: 'Appointment', formType: 'Edit' },
  AppointmentAttendeeCommandSurface: { itemType: 'Appointment', formType: 'Read' },
};
const LIMITS = { DisplayName: 125, ProviderName: 125, Description: 250, ShortStrings: 125, LongStrings: 250 };
const PERMISSIONS = ['Restricted', 'ReadItem', 'ReadWriteItem', 'ReadWriteMailbox'];
const REQUIRED_BUTTON_SIZES = ['16', '32', '80'];

/** Parses XML into `{ name, local, attrs, children, text }` nodes (document order kept). */
function parseXml(text) {
  const parser = sax.parser(true, { trim: true });
  const root = { name: '#document', local: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  parser.onopentag = (tag) => {
    const node = { name: tag.name, local: tag.name.replace(/^.*:/, ''), attrs: tag.attributes, children: [], text: '' };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  };
  parser.onclosetag = () => stack.pop();
  parser.ontext = (value) => (stack[stack.length - 1].text += value);
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(text).close();
  return root.children[0];
}

const kids = (node, local) => (node ? node.children.filter((c) => !local || c.local === local) : []);
const kid = (node, local) => kids(node, local)[0];
const descendants = (node, local) =>
  node ? kids(node).flatMap((c) => [...(c.local === local ? [c] : []), ...descendants(c, local)]) : [];

function orderErrors(node, where) {
  const order = ORDER[node.local];
  if (!order) return [];
  const rank = (name) => order.findIndex((entry) => (Array.isArray(entry) ? entry.includes(name) : entry === name));
  const errors = [];
  let last = -1;
  for (const child of kids(node)) {
    const r = rank(child.local);
    if (r === -1) errors.push(`${where}: unbekanntes Element <${child.name}> in <${node.name}>.`);
    else if (r < last) errors.push(`${where}: <${child.name}> steht in <${node.name}> an falscher Stelle.`);
    else last = r;
  }
  return errors;
}

/** All ItemIs rules, flattened out of nested rule collections. */
const itemRules = (rule) =>
  !rule ? [] : rule.attrs['xsi:type'] === 'ItemIs' ? [rule.attrs] : kids(rule, 'Rule').flatMap(itemRules);

/** Locale-aware values (DefaultValue plus overrides) of an element. */
const localeValues = (node) => [node.attrs.DefaultValue, ...kids(node, 'Override').map((o) => o.attrs.Value)];

function resourceIndex(resources) {
  const index = {};
  for (const group of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
    const items = kids(kid(resources, group));
    index[group] = new Map(items.map((item) => [item.attrs.id, item]));
    index[`${group}.ids`] = items.map((item) => item.attrs.id);
  }
  return index;
}

/**
 * @param {string} text manifest.xml
 * @param {object} tree file access (see manifestChecks.cjs)
 * @returns {{ errors: string[], info: object }}
 */
function checkXmlManifest(text, tree) {
  const errors = [];
  const expect = (ok, message) => ok || errors.push(message);
  let app;
  try {
    app = parseXml(text);
  } catch (error) {
    return { errors: [`Kein wohlgeformtes XML: ${error.message.split('\n')[0]}`], info: undefined };
  }
  expect(
    app?.name === 'OfficeApp' && app.attrs['xsi:type'] === 'MailApp',
    'Wurzel muss <OfficeApp xsi:type="MailApp"> sein.',
  );
  if (!app) return { errors, info: undefined };

  const value = (local) => kid(app, local)?.text ?? '';
  const id = value('Id');
  const version = value('Version');
  expect(GUID.test(id), `Id "${id}" ist keine GUID.`);
  expect(/^\d{1,5}(\.\d{1,5}){3}$/.test(version), `Version "${version}" hat nicht die Form n.n.n.n.`);
  expect(value('ProviderName').length > 0, 'ProviderName fehlt.');
  expect(value('ProviderName').length <= LIMITS.ProviderName, 'ProviderName ist länger als 125 Zeichen.');
  const defaultLocale = value('DefaultLocale');
  expect(/^[a-z]{2}-[A-Z]{2}$/i.test(defaultLocale), `DefaultLocale "${defaultLocale}" fehlt oder ist ungültig.`);
  for (const local of ['DisplayName', 'Description']) {
    const node = kid(app, local);
    expect(node?.attrs.DefaultValue, `${local} fehlt.`);
    for (const v of node ? localeValues(node) : []) {
      expect(v && v.length <= LIMITS[local], `${local} "${v}" ist leer oder länger als ${LIMITS[local]} Zeichen.`);
    }
  }
  for (const override of descendants(app, 'Override')) {
    expect(
      override.attrs.Locale?.toLowerCase() !== defaultLocale.toLowerCase(),
      `Override für die Standardsprache ${defaultLocale} ist nicht erlaubt.`,
    );
  }
  const walk = (node) => [node, ...kids(node).flatMap(walk)];
  for (const node of walk(app)) errors.push(...orderErrors(node, 'Reihenfolge'));

  // Activation: host, requirements, forms, permissions, rule.
  expect(
    descendants(kid(app, 'Hosts'), 'Host').some((h) => h.attrs.Name === 'Mailbox'),
    'Host Mailbox fehlt.',
  );
  const baseSet = descendants(kid(app, 'Requirements'), 'Set').find((s) => s.attrs.Name === 'Mailbox');
  expect(baseSet?.attrs.MinVersion, 'Requirements: Set Mailbox mit MinVersion fehlt.');
  const readForm = kids(kid(app, 'FormSettings'), 'Form').find((f) => f.attrs['xsi:type'] === 'ItemRead');
  const taskpaneUrl = kid(kid(readForm, 'DesktopSettings'), 'SourceLocation')?.attrs.DefaultValue;
  expect(taskpaneUrl, 'FormSettings: Form ItemRead mit SourceLocation fehlt.');
  const origin = originOf(taskpaneUrl);
  if (tree.expectedOrigin) expect(origin === tree.expectedOrigin, `Herkunft ${origin} statt ${tree.expectedOrigin}.`);
  const permissions = value('Permissions');
  expect(PERMISSIONS.includes(permissions), `Permissions "${permissions}" ist ungültig.`);
  const rules = itemRules(kid(app, 'Rule'));

  // VersionOverrides 1.0 wrapping 1.1.
  const vo10 = kid(app, 'VersionOverrides');
  const vo11 = kid(vo10, 'VersionOverrides');
  expect(vo10?.attrs['xsi:type'] === 'VersionOverridesV1_0', 'VersionOverrides (VersionOverridesV1_0) fehlt.');
  expect(vo11?.attrs['xsi:type'] === 'VersionOverridesV1_1', 'Verschachtelte VersionOverridesV1_1 fehlt.');
  const vo = vo11 ?? vo10;
  const sets = kid(kid(vo, 'Requirements'), 'Sets');
  const voSet = kids(sets, 'Set').find((s) => s.attrs.Name === 'Mailbox');
  const mailboxMinVersion = voSet?.attrs.MinVersion ?? sets?.attrs.DefaultMinVersion;
  expect(mailboxMinVersion, 'VersionOverrides: Requirements für Mailbox fehlen.');
  const host = kids(kid(vo, 'Hosts'), 'Host').find((h) => h.attrs['xsi:type'] === 'MailHost');
  const desktop = kid(host, 'DesktopFormFactor');
  expect(desktop, 'VersionOverrides: MailHost mit DesktopFormFactor fehlt.');
  const resources = resourceIndex(kid(vo, 'Resources'));
  for (const group of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
    errors.push(...duplicateErrors(`Ressource ${group}`, resources[`${group}.ids`]));
  }

  const allowedOrigins = kids(kid(app, 'AppDomains'), 'AppDomain').map((d) => d.text);
  for (const domain of allowedOrigins) {
    expect(originOf(domain) === domain && domain.startsWith('https://'), `AppDomain "${domain}": nur https-Herkunft.`);
  }
  const urlCheck = (label, url, pngSize) =>
    errors.push(...servedUrlErrors(label, url, { origin, allowedOrigins, tree, pngSize }));

  const ref = (label, node, group) => {
    const resid = node?.attrs.resid;
    expect(resid && resid.length <= 32, `${label}: resid fehlt oder ist länger als 32 Zeichen.`);
    const item = resources[group].get(resid);
    expect(item, `${label}: resid "${resid}" fehlt in Resources/${group}.`);
    return item;
  };

  const surfaces = [];
  const functionNames = [];
  const controlIds = [];
  for (const point of kids(desktop, 'ExtensionPoint')) {
    const type = point.attrs['xsi:type'];
    surfaces.push(type);
    const activation = SURFACES[type];
    if (!activation) continue;
    expect(
      rules.some((r) => r.ItemType === activation.itemType && [activation.formType, 'ReadOrEdit'].includes(r.FormType)),
      `Rule deckt ${type} nicht ab (ItemIs ${activation.itemType}/${activation.formType}).`,
    );
    for (const group of descendants(point, 'Group')) {
      controlIds.push(group.attrs.id);
      ref(`Gruppe ${group.attrs.id}`, kid(group, 'Label'), 'ShortStrings');
      for (const control of kids(group, 'Control')) {
        const where = `${type}/${control.attrs.id}`;
        controlIds.push(control.attrs.id);
        ref(`${where} Label`, kid(control, 'Label'), 'ShortStrings');
        ref(`${where} Supertip-Titel`, kid(kid(control, 'Supertip'), 'Title'), 'ShortStrings');
        ref(`${where} Supertip-Text`, kid(kid(control, 'Supertip'), 'Description'), 'LongStrings');
        const images = kids(kid(control, 'Icon'), 'Image');
        for (const size of REQUIRED_BUTTON_SIZES) {
          expect(
            images.some((i) => i.attrs.size === size),
            `${where}: Symbol in Größe ${size} fehlt.`,
          );
        }
        for (const image of images) {
          const item = ref(`${where} Symbol ${image.attrs.size}`, image, 'Images');
          for (const url of item ? localeValues(item) : []) urlCheck(`${where} Symbol`, url, Number(image.attrs.size));
        }
        const action = kid(control, 'Action');
        if (action?.attrs['xsi:type'] === 'ShowTaskpane') {
          ref(`${where} SourceLocation`, kid(action, 'SourceLocation'), 'Urls');
        } else if (action?.attrs['xsi:type'] === 'ExecuteFunction') {
          const name = kid(action, 'FunctionName')?.text;
          expect(name, `${where}: FunctionName fehlt.`);
          functionNames.push(name);
          expect(kid(desktop, 'FunctionFile'), `${where}: ExecuteFunction braucht <FunctionFile>.`);
        } else errors.push(`${where}: Action fehlt oder hat einen unbekannten Typ.`);
      }
    }
  }
  errors.push(...duplicateErrors('Id', controlIds));
  for (const id of controlIds) expect(id && id.length <= 125, `Id "${id}" fehlt oder ist länger als 125 Zeichen.`);
  if (kid(desktop, 'FunctionFile')) ref('FunctionFile', kid(desktop, 'FunctionFile'), 'Urls');

  for (const [group, limit] of [
    ['ShortStrings', LIMITS.ShortStrings],
    ['LongStrings', LIMITS.LongStrings],
  ]) {
    for (const [rid, item] of resources[group]) {
      for (const v of localeValues(item))
        expect(v && v.length <= limit, `${group}/${rid}: leer oder über ${limit} Zeichen.`);
    }
  }
  for (const [rid, item] of resources.Urls) for (const url of localeValues(item)) urlCheck(`Urls/${rid}`, url);
  for (const local of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const node = kid(app, local);
    expect(node, `${local} fehlt.`);
    const size = { IconUrl: 64, HighResolutionIconUrl: 128 }[local];
    for (const url of node ? localeValues(node) : []) urlCheck(local, url, size);
  }
  for (const form of kids(kid(app, 'FormSettings'), 'Form')) {
    for (const source of descendants(form, 'SourceLocation')) {
      for (const url of localeValues(source)) urlCheck(`FormSettings/${form.attrs['xsi:type']}`, url);
    }
  }

  const info = {
    id,
    version,
    origin,
    permissions,
    mailboxMinVersion,
    appDomains: allowedOrigins,
    supportsSharedFolders: kid(desktop, 'SupportsSharedFolders')?.text === 'true',
    surfaces,
    functionNames,
    rules,
  };
  return { errors, info };
}

module.exports = { SURFACES, checkXmlManifest, parseXml };
