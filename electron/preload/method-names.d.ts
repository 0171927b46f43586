/** Every contract method name, injected at build time (see electron/preload/index.ts). */
declare const __LAIF_METHOD_NAMES__: readonly string[];
