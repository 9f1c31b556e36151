#!/usr/bin/env node
// Measures the import structure of server/src and client/src from the source, with plain Node:
//   - folder-level import cycles (strongly connected components of the folder graph) and file-level ones,
//   - import lines that run against the layering (a lower layer importing a higher one),
//   - the largest files.
// Usage: node scripts/import-cycles.mjs [--verbose]   (exit code 1 when a folder cycle exists)
import fs from 'node:fs';
import path from 'node:path';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const verbose = process.argv.includes('--verbose');

// Layers, lowest first; a file belongs to the first layer with a matching prefix. Importing a file of a
// higher layer is an arrow against the layering. Modules (the middle layer) may import each other, but
// not in cycles.
const ROOTS = {
  'server/src': [
    ['kernel', ['server/src/core/', 'server/src/realtime/', 'server/src/config.ts']],
    ['modules', ['server/src/modules/', 'server/src/auth/']],
    ['composition', ['server/src/']],
  ],
  'client/src': [
    ['lib', ['client/src/lib/', 'client/src/graphql/']],
    ['components', ['client/src/components/']],
    ['features', ['client/src/features/']],
    ['composition', ['client/src/']],
  ],
};

const SOURCE = /\.(ts|tsx)$/;
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function walk(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

function resolve(fromFile, spec) {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(fromFile), spec.replace(/\.js$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Tarjan's strongly connected components over a Map<node, Set<node>>. */
function components(graph) {
  let index = 0;
  const stack = [];
  const meta = new Map();
  const result = [];
  const visit = (node) => {
    meta.set(node, { index, low: index, onStack: true });
    index += 1;
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!meta.has(next)) {
        visit(next);
        meta.get(node).low = Math.min(meta.get(node).low, meta.get(next).low);
      } else if (meta.get(next).onStack) {
        meta.get(node).low = Math.min(meta.get(node).low, meta.get(next).index);
      }
    }
    const own = meta.get(node);
    if (own.low === own.index) {
      const scc = [];
      let member;
      do {
        member = stack.pop();
        meta.get(member).onStack = false;
        scc.push(member);
      } while (member !== node);
      result.push(scc);
    }
  };
  for (const node of graph.keys()) if (!meta.has(node)) visit(node);
  return result;
}

let cyclic = false;
for (const [root, layers] of Object.entries(ROOTS)) {
  const files = walk(path.join(repo, root));
  const rel = (file) => path.relative(repo, file);
  const folderOf = (file) => path.dirname(rel(file));
  const layerOf = (file) => layers.findIndex(([, prefixes]) => prefixes.some((p) => rel(file).startsWith(p)));

  const folderGraph = new Map();
  const fileGraph = new Map();
  const folderEdges = new Map(); // "a -> b" → import lines
  const against = [];
  let lines = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    lines += text.split('\n').length;
    for (const match of text.matchAll(IMPORT)) {
      const target = resolve(file, match[1] ?? match[2] ?? match[3]);
      if (!target || !target.startsWith(path.join(repo, root))) continue;
      if (!match[3]) {
        if (!fileGraph.has(rel(file))) fileGraph.set(rel(file), new Set());
        fileGraph.get(rel(file)).add(rel(target));
      }
      // A dynamic import() loads on demand (the demo seed): it is not part of the static graph.
      if (match[3]) continue;
      const from = folderOf(file);
      const to = folderOf(target);
      if (!folderGraph.has(from)) folderGraph.set(from, new Set());
      if (!folderGraph.has(to)) folderGraph.set(to, new Set());
      if (from !== to) {
        folderGraph.get(from).add(to);
        const key = `${from} -> ${to}`;
        folderEdges.set(key, (folderEdges.get(key) ?? 0) + 1);
      }
      if (layerOf(file) < layerOf(target)) against.push(`${rel(file)} -> ${rel(target)}`);
    }
  }

  const cycles = components(folderGraph).filter((scc) => scc.length > 1);
  const fileCycles = components(fileGraph).filter((scc) => scc.length > 1);
  const inCycles = cycles.reduce((sum, scc) => sum + scc.length, 0);
  let cycleLines = 0;
  for (const scc of cycles) {
    const members = new Set(scc);
    for (const [key, count] of folderEdges) {
      const [from, to] = key.split(' -> ');
      if (members.has(from) && members.has(to)) cycleLines += count;
    }
  }
  if (cycles.length || fileCycles.length) cyclic = true;

  const sizes = files
    .map((file) => [rel(file), fs.readFileSync(file, 'utf8').split('\n').length])
    .sort((a, b) => b[1] - a[1]);

  console.log(`\n${root}: ${files.length} files, ${lines} lines, ${folderGraph.size} folders with imports`);
  console.log(
    `  folders in import cycles: ${inCycles} (in ${cycles.length} cycle${cycles.length === 1 ? '' : 's'})`,
  );
  for (const scc of cycles) console.log(`    cycle: ${scc.sort().join(', ')}`);
  console.log(`  import lines between folders of one cycle: ${cycleLines}`);
  console.log(`  files in import cycles: ${fileCycles.reduce((sum, scc) => sum + scc.length, 0)}`);
  for (const scc of fileCycles) console.log(`    cycle: ${scc.sort().join(', ')}`);
  console.log(
    `  import lines against the layering (${layers.map(([name]) => name).join(' < ')}): ${against.length}`,
  );
  if (verbose) for (const arrow of against) console.log(`    ${arrow}`);
  if (verbose) {
    for (const scc of cycles) {
      const members = new Set(scc);
      for (const [key, count] of [...folderEdges].sort()) {
        const [from, to] = key.split(' -> ');
        if (members.has(from) && members.has(to)) console.log(`    in cycle: ${key} (${count})`);
      }
    }
  }
  console.log('  largest files:');
  for (const [file, count] of sizes.slice(0, 5)) console.log(`    ${String(count).padStart(5)}  ${file}`);
}
process.exitCode = cyclic ? 1 : 0;
