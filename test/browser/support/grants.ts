import { DEFAULT_PROFILE } from '../../../src/emulator/server';

/** The README's delegated Graph permissions: the emulator's default tenant profile is exactly those. */
export const README_GRAPH = DEFAULT_PROFILE.graphScopes;

/** A grant missing, and where Verbindung prüfen must name it. */
export interface MissingGrant {
  what: string;
  tenant: Record<string, unknown>;
  /** The readiness row (its heading) and what it must name. */
  row: string;
  names: RegExp;
  /** How the row says it (default: the badge „Fehlt“). */
  says?: RegExp;
}

/** The README's grants without one permission. */
export const without = (permission: string): MissingGrant['tenant'] => ({
  graphScopes: README_GRAPH.filter((p) => p !== permission),
});
