/** secctx's own version: package.json's, read at build time (esbuild inlines it into the bundle). */
export { version as SECCTX_VERSION } from '../../package.json'
