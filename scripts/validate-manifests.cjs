#!/usr/bin/env node
/**
 * Validates manifest.xml and manifest/manifest.json offline (npm run validate).
 *
 *   node scripts/validate-manifests.cjs              the manifests in the repository (origin https://localhost:3000)
 *   node scripts/validate-manifests.cjs --dist dist  the rewritten manifests in a build output folder
 *
 * Exits with 1 when any check fails. The rules live in scripts/manifestChecks.cjs (also run by jest).
 */
'use strict';

const path = require('node:path');
const { checkManifests } = require('./manifestChecks.cjs');

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dist') options.dist = path.resolve(argv[++i] ?? 'dist');
    else if (argv[i].startsWith('--dist=')) options.dist = path.resolve(argv[i].slice('--dist='.length));
    else if (argv[i] === '--help' || argv[i] === '-h') options.help = true;
    else throw new Error(`Unbekannte Option ${argv[i]} (erlaubt: --dist DIR).`);
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log('Aufruf: node scripts/validate-manifests.cjs [--dist DIR]');
    return 0;
  }
  const root = path.join(__dirname, '..');
  const sections = await checkManifests({ root, dist: options.dist });
  const shorten = (text) => text.split(root + path.sep).join('');
  let failures = 0;
  for (const { title, errors } of sections) {
    console.log(`${errors.length === 0 ? '✔' : '✘'} ${shorten(title)}`);
    for (const error of errors) console.log(`    - ${error}`);
    failures += errors.length;
  }
  const where = options.dist ? ` (Build-Ausgabe ${shorten(options.dist)})` : '';
  console.log(failures === 0 ? `Manifeste gültig${where}.` : `${failures} Fehler in den Manifesten${where}.`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`Prüfung abgebrochen: ${error.message}`);
    process.exitCode = 1;
  },
);
