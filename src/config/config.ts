/**
 * The one typed configuration module. Values are injected at build time (webpack DefinePlugin,
 * from TREFFPUNKT_* environment variables) and validated here at start-up. Feature code receives
 * an AppConfig; it never reads ids or URLs from anywhere else.
 */
import { isMailAddress } from '../domain/mailAddress';

export type Mode = 'emulator' | 'tenant';

export interface AppConfig {
  mode: Mode;
  /** Graph base URL including the version segment, e.g. https://graph.microsoft.com/v1.0 */
  graphBaseUrl: string;
  /** Entra ID application (client) id; empty in emulator mode. */
  clientId: string;
  /** Authority for MSAL, e.g. https://login.microsoftonline.com/<tenant-id>. */
  authority: string;
  /** SharePoint site as `hostname:/server-relative-path`. */
  site: string;
  /**
   * Where SharePoint's own REST API answers (the key columns into the lists' default view):
   * `https://<site hostname>` in a tenant (the default), the emulator's origin in emulator mode.
   */
  sharePointOrigin: string;
  /** Display name of the meetings list. */
  listName: string;
  /** Display name of the venues list. */
  venueListName: string;
  /** Display name of the team's settings list (one item). */
  settingsListName: string;
  /** Display name of the needs register (Bedarfe). */
  needsListName: string;
  /** Address of the distribution list that is invited. */
  distributionList: string;
  /** Optional shared mailbox that owns the events (empty: the signed-in user's calendar). */
  sharedMailbox: string;
  supportUrl: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Die Konfiguration ist unvollständig: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

const SITE_PATTERN = /^[a-z0-9.-]+:\/[^\s]*$/i;

function text(raw: Record<string, unknown>, key: keyof AppConfig, fallback = ''): string {
  const value = raw[key];
  return typeof value === 'string' ? value.trim() : fallback;
}

function isHttpUrl(value: string, allowHttp: boolean): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (allowHttp && url.protocol === 'http:');
  } catch {
    return false;
  }
}

function problemsOf(config: AppConfig): string[] {
  const problems: string[] = [];
  const emulator = config.mode === 'emulator';
  if (!isHttpUrl(config.graphBaseUrl, emulator)) problems.push('graphBaseUrl muss eine https-Adresse sein');
  if (!emulator && !/^[0-9a-f-]{36}$/i.test(config.clientId))
    problems.push('clientId muss eine Anwendungs-ID (GUID) sein');
  if (!emulator && !isHttpUrl(config.authority, false)) problems.push('authority muss eine https-Adresse sein');
  if (!SITE_PATTERN.test(config.site)) problems.push('site muss die Form hostname:/sites/pfad haben');
  if (!isHttpUrl(config.sharePointOrigin, emulator)) problems.push('sharePointOrigin muss eine https-Adresse sein');
  if (!config.listName) problems.push('listName fehlt');
  if (!config.venueListName) problems.push('venueListName fehlt');
  if (!config.settingsListName) problems.push('settingsListName fehlt');
  if (!config.needsListName) problems.push('needsListName fehlt');
  if (!isMailAddress(config.distributionList)) problems.push('distributionList muss eine E-Mail-Adresse sein');
  if (config.sharedMailbox && !isMailAddress(config.sharedMailbox)) {
    problems.push('sharedMailbox muss leer oder eine E-Mail-Adresse sein');
  }
  return problems;
}

/** Validates raw (build-time injected) configuration; throws a ConfigError listing every problem. */
export function parseConfig(raw: unknown): AppConfig {
  const source = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const mode: Mode = source.mode === 'tenant' ? 'tenant' : 'emulator';
  const config: AppConfig = {
    mode,
    graphBaseUrl: text(source, 'graphBaseUrl').replace(/\/+$/, ''),
    clientId: text(source, 'clientId'),
    authority: text(source, 'authority', 'https://login.microsoftonline.com/organizations'),
    site: text(source, 'site'),
    sharePointOrigin: text(source, 'sharePointOrigin').replace(/\/+$/, ''),
    listName: text(source, 'listName', 'Vernetzungstreffen'),
    venueListName: text(source, 'venueListName', 'Treffpunkt-Orte'),
    settingsListName: text(source, 'settingsListName', 'Treffpunkt-Einstellungen'),
    needsListName: text(source, 'needsListName', 'Treffpunkt-Bedarfe'),
    distributionList: text(source, 'distributionList'),
    sharedMailbox: text(source, 'sharedMailbox'),
    supportUrl: text(source, 'supportUrl'),
  };
  config.sharePointOrigin ||= defaultSharePointOrigin(config);
  const problems = problemsOf(config);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** The site's own host in a tenant; the emulator (which answers SharePoint's REST API too) locally. */
function defaultSharePointOrigin(config: AppConfig): string {
  if (config.mode === 'tenant') return config.site.includes(':') ? `https://${config.site.split(':')[0]}` : '';
  try {
    return new URL(config.graphBaseUrl).origin;
  } catch {
    return '';
  }
}

/** Loopback only: the standalone demo may point at an emulator on another local port. */
export function emulatorOverride(config: AppConfig, search: string): AppConfig {
  if (config.mode !== 'emulator') return config;
  const requested = new URLSearchParams(search).get('emulator');
  if (!requested) return config;
  try {
    const url = new URL(requested);
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (!loopback || url.protocol !== 'http:') return config;
    const sharePointMoves = config.sharePointOrigin === emulatorOrigin(config);
    return {
      ...config,
      graphBaseUrl: `${url.origin}/v1.0`,
      ...(sharePointMoves ? { sharePointOrigin: url.origin } : {}),
    };
  } catch {
    return config;
  }
}

/** The emulator's own origin (for its token endpoint), derived from the Graph base URL. */
export function emulatorOrigin(config: AppConfig): string {
  return new URL(config.graphBaseUrl).origin;
}
