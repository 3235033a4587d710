/**
 * Typed access to the CommonJS manifest scripts (scripts/*.cjs), which webpack and `npm run validate` run
 * untranspiled. The types here mirror their JSDoc; the tests exercise the real modules.
 */
export interface CheckSection {
  title: string;
  errors: string[];
}

/** File access for the checks: the repository (source) or a build output folder (dist). */
export interface ManifestTree {
  mode: 'source' | 'dist';
  xmlPath: string;
  jsonPath: string;
  expectedOrigin: string | undefined;
  readServed(rel: string): Buffer | null;
  pageExists(rel: string): boolean;
  readPackaged(rel: string): Buffer | null;
}

export interface XmlManifestInfo {
  id: string;
  version: string;
  origin: string | null;
  permissions: string;
  mailboxMinVersion: string | undefined;
  appDomains: string[];
  supportsSharedFolders: boolean;
  surfaces: string[];
  functionNames: string[];
  rules: Array<Record<string, string>>;
}

export interface JsonManifestInfo {
  id: string;
  version: string;
  origin: string | null;
  validDomains: string[];
  permissions: string[];
  contexts: string[];
  functionNames: string[];
  mailboxMinVersion: string | undefined;
}

interface ManifestChecks {
  BUILD_PAGES: string[];
  checkManifests(options?: { root?: string; dist?: string }): Promise<CheckSection[]>;
  checkXmlManifest(text: string, tree: ManifestTree): { errors: string[]; info: XmlManifestInfo | undefined };
  checkJsonManifest(manifest: unknown, tree: ManifestTree): { errors: string[]; info: JsonManifestInfo };
  schemaErrors(manifest: unknown, tree: ManifestTree): Promise<string[]>;
  sourceTree(root: string): ManifestTree;
  distTree(dir: string): ManifestTree;
}

interface ManifestOrigin {
  DEV_ORIGIN: 'https://localhost:3000';
  normaliseOrigin(origin: string): string;
  rewriteOrigin(text: string, origin: string): string;
}

export const { BUILD_PAGES, checkManifests, checkXmlManifest, checkJsonManifest, schemaErrors, sourceTree, distTree } =
  require('../../../scripts/manifestChecks.cjs') as ManifestChecks;
export const { DEV_ORIGIN, normaliseOrigin, rewriteOrigin } =
  require('../../../scripts/manifestOrigin.cjs') as ManifestOrigin;
