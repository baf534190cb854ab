// The esbuild options of a partner's production bundler, shared by bench/size.mjs and
// bench/size-breakdown.mjs so both measure exactly the same build.
export const partnerBuild = {
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  write: false,
  metafile: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
};
