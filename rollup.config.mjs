// The CDN bundle only (`npm run build` runs it after `tsc -p tsconfig.build.json`): one minified
// file, dist/verikit.min.js, for a `<script type="module">` without a bundler. It starts from
// dist/cdn.js (every tag registered, the whole API exported) and includes lit, zod and qrcode.
// What the code loads on demand (each translation, otplib for generating a secret) stays a
// separate file in dist/cdn/, fetched the first time it is needed.
// The per-module package files are tsc's output (see tsconfig.build.json); their css``/html``
// literals are minified by scripts/minify-literals.mjs with the same minifier and options.
import nodeResolve from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { literalMinifyOptions } from './scripts/minify-literals.mjs';

/** @type {import('rollup').RollupOptions} */
export default {
  input: { 'verikit.min': 'dist/cdn.js' },
  onwarn(warning, warn) {
    // tsc's decorator helper reads a top-level `this` (undefined in a module, as it expects);
    // dependencies' comment placement and zod's internal import cycle are not ours to fix.
    const fromDependency = (warning.id ?? warning.ids?.[0] ?? '').includes('/node_modules/');
    if (warning.code === 'THIS_IS_UNDEFINED' || fromDependency) return;
    warn(warning);
  },
  plugins: [
    // `browser`: qrcode's browser build (without it, qrcode drags in fs, stream, zlib and buffer).
    nodeResolve({ browser: true }),
    // qrcode is CommonJS only.
    commonjs(),
    minifyLiterals({ include: ['dist/**/*.js'], failOnError: true, options: literalMinifyOptions }),
  ],
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'cdn/[name]-[hash].js',
    // An element's answers' schemas (`*.answers.js`, loaded on demand so that zod stays out of the
    // element entry's first download) ride in the one file, which has zod for the other elements
    // anyway. As a lazy chunk they would import zod back from this file: rollup would then turn it
    // into a facade over a shared chunk, and behind a CDN URL that redirects (unpkg.com/verikit/… →
    // verikit@x.y.z/…) a second copy would load. The uploader's hand-off code (`proof-handoff*.js`,
    // loaded on demand by the package's entries) rides in it for the same reason; qrcode is in it anyway.
    manualChunks: (id) => (id.endsWith('/dist/cdn.js') || id.endsWith('.answers.js') || id.includes('/proof-uploader/proof-handoff') ? 'verikit.min' : undefined),
    plugins: [terser({ ecma: 2022, module: true, format: { comments: 'some' } /* licence comments only */ })],
  },
};
