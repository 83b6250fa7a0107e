// Builds what the pages load (docs/web-performance.md): node build.mjs OUT_DIR
//
// Each asset is written to OUT_DIR as NAME.HASH.EXT (HASH: the first 12 hex digits of the SHA-256 of its bytes),
// with its gzip (.gz, level 9) and brotli (.br, quality 11) forms beside it, and OUT_DIR/manifest.json maps each
// logical name to its file and media type. The server serves these from memory with Cache-Control: immutable.
// Everything comes from the packages pinned in package-lock.json, so the same lockfile gives the same bytes.
import { build, transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs OUT_DIR');
  process.exit(2);
}

const TARGET = ['chrome109', 'edge109', 'firefox115', 'safari15'];

async function bundle(entry, globalName) {
  const result = await build({
    entryPoints: [join(here, entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName,
    target: TARGET,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].contents;
}

async function script(file) {
  const result = await transform(readFileSync(join(here, file), 'utf8'), { minify: true, target: TARGET, loader: 'js' });
  return Buffer.from(result.code);
}

// GOV.UK Frontend's stylesheet without its @font-face rules: the GDS Transport typeface is only for services on
// GOV.UK's domains, so the pages fall back to the stack's next font, Arial (and save 65 kB of fonts). Then ours.
async function stylesheet() {
  const govuk = readFileSync(join(here, 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css'), 'utf8');
  const fontFaces = /@font-face\{[^}]*\}/g;
  if (!fontFaces.test(govuk)) {
    throw new Error('govuk-frontend.min.css has no @font-face rule to take out: has its layout changed?');
  }
  const withoutFonts = govuk.replace(fontFaces, '').replace(/"?GDS Transport"?,/g, '');
  const ours = readFileSync(join(here, 'sendacc.css'), 'utf8');
  const result = await transform(withoutFonts + '\n' + ours, { minify: true, loader: 'css', target: TARGET });
  return Buffer.from(result.code);
}

const assets = {
  'sendacc.css': { type: 'text/css; charset=utf-8', bytes: await stylesheet() },
  'js-enabled.js': { type: 'text/javascript; charset=utf-8', bytes: await script('js-enabled.js') },
  'govuk.js': { type: 'text/javascript; charset=utf-8', bytes: await bundle('govuk-entry.js') },
  'echarts.js': { type: 'text/javascript; charset=utf-8', bytes: await bundle('echarts-entry.js', 'echarts') },
  'sendacc-charts.js': { type: 'text/javascript; charset=utf-8', bytes: await script('sendacc-charts.js') },
  'favicon.svg': { type: 'image/svg+xml; charset=utf-8', bytes: readFileSync(join(here, 'favicon.svg')) },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const manifest = {};
for (const [name, asset] of Object.entries(assets)) {
  const hash = createHash('sha256').update(asset.bytes).digest('hex').slice(0, 12);
  const dot = name.lastIndexOf('.');
  const file = `${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
  writeFileSync(join(out, file), asset.bytes);
  writeFileSync(join(out, file + '.gz'), gzipSync(asset.bytes, { level: 9 }));
  writeFileSync(join(out, file + '.br'), brotliCompressSync(asset.bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: asset.bytes.length },
  }));
  manifest[name] = { file, type: asset.type };
}
writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
for (const file of readdirSync(out).sort()) {
  if (!file.endsWith('.gz') && !file.endsWith('.br') && file !== 'manifest.json') {
    const size = (suffix) => readFileSync(join(out, file + suffix)).length;
    console.log(`web asset ${file}: ${size('')} bytes, gzip ${size('.gz')}, brotli ${size('.br')}`);
  }
}
