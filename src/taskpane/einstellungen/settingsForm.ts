import { isMailAddress } from '../../domain/mailAddress';
import { formatDecimalDe, parseEuro } from '../../domain/money';
import {
  defaultTeamSettings,
  formatNamedAddresses,
  type NamedAddress,
  parseNamedAddresses,
  type TeamSettings,
} from '../../domain/settings';
import type { DraftKind } from '../hooks/draftStore';

/** The settings as the form holds them: every text exactly as typed, so nothing typed is lost. */
export interface SettingsDraft {
  distributionList: string;
  expandDistributionList: boolean;
  optionalAttendees: string;
  photoNoticeEnabled: boolean;
  photoNoticeText: string;
  fundingStatement: string;
  reminderMinutes: string;
  budget: string;
  namesInMinutes: boolean;
  hosts: string;
}

/** The fields the check may find fault with. */
export type SettingsField = 'distributionList' | 'optionalAttendees' | 'photoNoticeText' | 'budget' | 'hosts';
export type SettingsErrors = Partial<Record<SettingsField, string>>;
/** The fields typed into (the reminder is a choice). */
export type TextField = SettingsField | 'fundingStatement';
/** The fields that are on or off. */
export type SwitchField = 'expandDistributionList' | 'photoNoticeEnabled' | 'namesInMinutes';

/** The check's messages, in one language (the budget's message comes from domain/money's amount check). */
export interface SettingsErrorWords {
  distributionList: string;
  optionalAttendees: (line: string) => string;
  photoNoticeText: string;
  hosts: string;
}

export function draftOf(settings: TeamSettings): SettingsDraft {
  return {
    distributionList: settings.distributionList,
    expandDistributionList: settings.expandDistributionList,
    optionalAttendees: formatNamedAddresses(settings.optionalAttendees),
    photoNoticeEnabled: settings.photoNotice.enabled,
    photoNoticeText: settings.photoNotice.text,
    fundingStatement: settings.fundingStatement,
    reminderMinutes: String(settings.reminderMinutes),
    budget: settings.budgetPerMeetingCents > 0 ? formatDecimalDe(settings.budgetPerMeetingCents) : '',
    namesInMinutes: settings.namesInMinutes,
    hosts: String(settings.hosts),
  };
}

/** A field's value as read from the form, and what to fix where it cannot be read. */
interface Checked<T> {
  value: T;
  error?: string;
}

function attendeesOf(text: string, words: SettingsErrorWords): Checked<NamedAddress[]> {
  const value = parseNamedAddresses(text);
  const wrong = value.filter((a) => !isMailAddress(a.address));
  return wrong.length > 0
    ? { value, error: words.optionalAttendees(formatNamedAddresses(wrong.slice(0, 1))) }
    : { value };
}

/** An empty budget is no budget; otherwise an amount typed the German way. */
function budgetOf(text: string): Checked<number> {
  if (text.trim() === '') return { value: 0 };
  const parsed = parseEuro(text);
  return parsed.ok ? { value: parsed.cents } : { value: 0, error: parsed.message };
}

function hostsOf(text: string, words: SettingsErrorWords): Checked<number> {
  const value = Number(text.trim());
  return Number.isInteger(value) && value >= 0 && value <= 20 ? { value } : { value, error: words.hosts };
}

/** Checks the form; on success the settings to save, otherwise a message per field (in `words`' language). */
export function settingsFromDraft(
  draft: SettingsDraft,
  words: SettingsErrorWords,
): { ok: true; settings: TeamSettings } | { ok: false; errors: SettingsErrors } {
  const distributionList = draft.distributionList.trim();
  const attendees = attendeesOf(draft.optionalAttendees, words);
  const budget = budgetOf(draft.budget);
  const hosts = hostsOf(draft.hosts, words);
  const found: Record<SettingsField, string | undefined> = {
    distributionList: isMailAddress(distributionList) ? undefined : words.distributionList,
    optionalAttendees: attendees.error,
    photoNoticeText:
      draft.photoNoticeEnabled && draft.photoNoticeText.trim() === '' ? words.photoNoticeText : undefined,
    budget: budget.error,
    hosts: hosts.error,
  };
  const errors = Object.fromEntries(Object.entries(found).filter(([, error]) => error)) as SettingsErrors;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      distributionList,
      expandDistributionList: draft.expandDistributionList,
      optionalAttendees: attendees.value,
      photoNotice: { enabled: draft.photoNoticeEnabled, text: draft.photoNoticeText.trim() },
      fundingStatement: draft.fundingStatement.trim(),
      reminderMinutes: Number(draft.reminderMinutes) || 1440,
      budgetPerMeetingCents: budget.value,
      namesInMinutes: draft.namesInMinutes,
      hosts: hosts.value,
    },
  };
}

/** What the form keeps on this device while typing: the draft and the team's settings it started from. */
export interface StoredSettingsDraft {
  base: SettingsDraft;
  draft: SettingsDraft;
}

/** A draft's fields and their types, for checking what was read back from the device. */
const DRAFT_SHAPE = draftOf(defaultTeamSettings(''));

function isSettingsDraft(value: unknown): value is SettingsDraft {
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(DRAFT_SHAPE).every(
    ([key, sample]) => typeof (value as Record<string, unknown>)[key] === typeof sample,
  );
}

/** Every field of a draft holds a string or a boolean. */
const sameDraft = (a: SettingsDraft, b: SettingsDraft) =>
  (Object.keys(DRAFT_SHAPE) as (keyof SettingsDraft)[]).every((key) => a[key] === b[key]);

/** A kept draft, checked: both halves must be whole drafts (anything else is ignored, never trusted). */
function parseStoredDraft(value: unknown): StoredSettingsDraft | undefined {
  const kept = value as Partial<StoredSettingsDraft> | null | undefined;
  if (!kept || !isSettingsDraft(kept.draft) || !isSettingsDraft(kept.base)) return undefined;
  return { base: kept.base, draft: kept.draft };
}

/** The form's work in progress on this device: one for the team (not per meeting), `{ base, draft }`. */
export const settingsDraftKind: DraftKind<StoredSettingsDraft> = {
  key: 'treffpunkt.einstellungen.entwurf',
  parse: parseStoredDraft,
};

/**
 * The form's starting point: what was typed on this device (kept, never dropped), or the team's
 * settings. `stale` says the team's settings changed in SharePoint since the typing began, so saving
 * would overwrite a colleague's change.
 */
export function openSettingsDraft(stored: unknown, settings: TeamSettings): StoredSettingsDraft & { stale: boolean } {
  const current = draftOf(settings);
  const kept = parseStoredDraft(stored);
  if (!kept) return { base: current, draft: current, stale: false };
  return { ...kept, stale: !sameDraft(kept.base, current) };
}
