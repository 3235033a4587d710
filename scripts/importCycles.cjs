/**
 * Import cycles in src/, as TypeScript resolves the imports: static, type-only, re-exports and dynamic
 * `import()` alike. eslint's import-x/no-cycle skips type-only imports; this also finds those (a type
 * cycle still ties two modules together). Used by test/unit/architecture/importCycles.test.ts;
 * `node scripts/importCycles.cjs` prints the cycles and exits 1 when there are any.
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** file → the files under `dir` it imports (packages and files outside `dir` left out). */
function importGraph(dir) {
  const options = {
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    jsx: ts.JsxEmit.ReactJSX,
  };
  const files = sourceFiles(dir);
  const graph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const targets = new Set();
    for (const { fileName } of importedFiles) {
      const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule?.resolvedFileName;
      if (resolved && resolved.startsWith(dir + path.sep) && !resolved.endsWith('.d.ts'))
        targets.add(path.resolve(resolved));
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
function cyclesOf(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  function visit(node) {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/** Each cycle as the repository-relative paths of its files. */
function findImportCycles(dir = path.join(ROOT, 'src')) {
  return cyclesOf(importGraph(path.resolve(dir))).map((files) => files.map((f) => path.relative(ROOT, f)));
}

module.exports = { findImportCycles };

if (require.main === module) {
  const cycles = findImportCycles();
  for (const files of cycles) console.log(`Import cycle:\n  ${files.join('\n  ')}`);
  if (cycles.length > 0) process.exit(1);
  console.log('No import cycles in src/.');
}
