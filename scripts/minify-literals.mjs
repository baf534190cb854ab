#!/usr/bin/env node
// Minifies the css`` literals (lightningcss) and the whitespace of the html``/svg`` literals
// (html-minifier-next) in tsc's dist/**/*.js, with the library behind
// @lit-labs/rollup-plugin-minify-html-literals (which rollup.config.mjs uses for the CDN bundle),
// because partners' bundlers do not minify CSS or HTML inside template literals.
// Options chosen so nothing renders or behaves differently: whitespace collapses to one space but
// is never removed (html-minifier treats custom elements and `<slot>` as blocks and would drop the
// space between, e.g., an inline tag and text), empty attributes stay (`alt=""`, `value=""` mean
// something), no JS minification inside attributes; `<pre>`/`<textarea>` keep their whitespace.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';

export const literalMinifyOptions = {
  minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false, minifyJS: false },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  let changed = 0;
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    // The CDN bundle and its chunks are minified by rollup already.
    if (!file.endsWith('.js') || /^(cdn\/|verikit\.min\.js)/.test(file)) continue;
    const path = join(dist, file);
    const result = await minifyHTMLLiterals(readFileSync(path, 'utf8'), { ...literalMinifyOptions, fileName: path });
    if (result) {
      writeFileSync(path, result.code);
      changed++;
    }
  }
  console.log(`minify-literals: ${changed} files of dist/ had css\`\`/html\`\` literals minified`);
}
