/**
 * `verikit/cdn` (dist/verikit.min.js, bundled by rollup.config.mjs): registers every tag and
 * exports the whole API, for a `<script type="module">` without a bundler.
 */
import './define.js';
export * from './index.js';
