/**
 * @microsoft/app-manifest requires strip-bom 5, an ES module. Node 20.19+ loads it with
 * require(esm), but Jest's module runtime does not (Jest only does from Node 24.9). Import
 * this file before ../manifest/package in a test: it replaces that one module, for this test
 * file only, with a CommonJS function doing the same thing (drop a leading U+FEFF).
 * `npm run package` itself runs in plain Node and uses the real module.
 */
const appManifestEntry = require.resolve('@microsoft/app-manifest');
const stripBomPath = require.resolve('strip-bom', { paths: [appManifestEntry] });

jest.doMock(stripBomPath, () => ({
  __esModule: true,
  default: (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text),
}));

export {};
