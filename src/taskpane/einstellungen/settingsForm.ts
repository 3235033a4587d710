import { isMailAddress } from '../../domain/mailAddress';
import { EURO_MESSAGES_DE, type EuroMessages, formatDecimalDe, parseEuro } from '../../domain/money';
import {
  formatNamedAddresses,
  isRetentionMonths,
  type NamedAddress,
  parseNamedAddresses,
  type TeamSettings,
} from '../../domain/settings';
import { SURVEY_LINK_MAX } from '../../domain/surveyLink';
import { callForTopicsOf } from './callForTopicsSettings';

/** The settings as the form holds them: every text exactly as typed, so nothing typed is lost. */
export interface SettingsDraft {
  distributionList: string;
  expandDistributionList: boolean;
  optionalAttendees: string;
  photoNoticeEnabled: boolean;
  photoNoticeText: string;
  privacyOfficer: string;
  retentionMonths: string;
  fundingStatement: string;
  reminderMinutes: string;
  budget: string;
  namesInMinutes: boolean;
  hosts: string;
  callForTopicsWeeks: string;
  surveyLink: string;
  surveyLinkInInvitation: boolean;
}

/** The fields the check may find fault with. */
export type SettingsField =
  | 'distributionList'
  | 'optionalAttendees'
  | 'photoNoticeText'
  | 'privacyOfficer'
  | 'retentionMonths'
  | 'budget'
  | 'hosts'
  | 'fundingStatement'
  | 'callForTopicsWeeks'
  | 'surveyLink';
export type SettingsErrors = Partial<Record<SettingsField, string>>;
/** The fields typed into (the reminder is a choice). */
export type TextField = SettingsField;

/**
 * The SharePoint limit of the column each text setting lands in (the settings list: single lines of text hold
 * 255 characters, multiple lines 63,999); the number columns have none.
 */
export const SETTING_LIMITS: Partial<Record<TextField, number>> = {
  distributionList: 255,
  privacyOfficer: 255,
  optionalAttendees: 63_999,
  photoNoticeText: 63_999,
  fundingStatement: 63_999,
  surveyLink: SURVEY_LINK_MAX,
};
/** The fields that are on or off. */
export type SwitchField = 'expandDistributionList' | 'photoNoticeEnabled' | 'namesInMinutes' | 'surveyLinkInInvitation';

/** The check's messages, in one language (the budget's message comes from domain/money's amount check). */
export interface SettingsErrorWords {
  distributionList: string;
  optionalAttendees: (line: string) => string;
  photoNoticeText: string;
  privacyOfficer: string;
  retentionMonths: string;
  hosts: string;
  callForTopicsWeeks: string;
  surveyLink: string;
  tooLong: (limit: number) => string;
}

/** The message for a text setting longer than its column takes, else undefined. */
function overLimit(draft: SettingsDraft, field: TextField, words: SettingsErrorWords): string | undefined {
  const limit = SETTING_LIMITS[field];
  const value = draft[field];
  return limit !== undefined && typeof value === 'string' && value.trim().length > limit
    ? words.tooLong(limit)
    : undefined;
}

export function draftOf(settings: TeamSettings): SettingsDraft {
  return {
    distributionList: settings.distributionList,
    expandDistributionList: settings.expandDistributionList,
    optionalAttendees: formatNamedAddresses(settings.optionalAttendees),
    photoNoticeEnabled: settings.photoNotice.enabled,
    photoNoticeText: settings.photoNotice.text,
    privacyOfficer: settings.privacyOfficer,
    retentionMonths: String(settings.retentionMonths),
    fundingStatement: settings.fundingStatement,
    reminderMinutes: String(settings.reminderMinutes),
    budget: settings.budgetPerMeetingCents > 0 ? formatDecimalDe(settings.budgetPerMeetingCents) : '',
    namesInMinutes: settings.namesInMinutes,
    hosts: String(settings.hosts),
    callForTopicsWeeks: String(settings.callForTopicsWeeks),
    surveyLink: settings.surveyLink,
    surveyLinkInInvitation: settings.surveyLinkInInvitation,
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
function budgetOf(text: string, amount: EuroMessages): Checked<number> {
  if (text.trim() === '') return { value: 0 };
  const parsed = parseEuro(text, amount);
  return parsed.ok ? { value: parsed.cents } : { value: 0, error: parsed.message };
}

function retentionOf(text: string, words: SettingsErrorWords): Checked<number> {
  const value = Number(text.trim());
  return text.trim() !== '' && isRetentionMonths(value) ? { value } : { value, error: words.retentionMonths };
}

function hostsOf(text: string, words: SettingsErrorWords): Checked<number> {
  const value = Number(text.trim());
  return Number.isInteger(value) && value >= 0 && value <= 20 ? { value } : { value, error: words.hosts };
}

/**
 * Checks the form; on success the settings to save, otherwise a message per field (in the language of
 * `words` and `amount`, the budget's).
 */
export function settingsFromDraft(
  draft: SettingsDraft,
  words: SettingsErrorWords,
  amount: EuroMessages = EURO_MESSAGES_DE,
): { ok: true; settings: TeamSettings } | { ok: false; errors: SettingsErrors } {
  const distributionList = draft.distributionList.trim();
  const attendees = attendeesOf(draft.optionalAttendees, words);
  const budget = budgetOf(draft.budget, amount);
  const hosts = hostsOf(draft.hosts, words);
  const retention = retentionOf(draft.retentionMonths, words);
  const call = callForTopicsOf(draft, words);
  const found: Record<SettingsField, string | undefined> = {
    distributionList: isMailAddress(distributionList) ? undefined : words.distributionList,
    optionalAttendees: attendees.error,
    photoNoticeText:
      draft.photoNoticeEnabled && draft.photoNoticeText.trim() === '' ? words.photoNoticeText : undefined,
    privacyOfficer: draft.privacyOfficer.trim() === '' ? words.privacyOfficer : undefined,
    retentionMonths: retention.error,
    budget: budget.error,
    hosts: hosts.error,
    fundingStatement: undefined,
    ...call.errors,
  };
  for (const field of Object.keys(SETTING_LIMITS) as TextField[])
    found[field] = overLimit(draft, field, words) ?? found[field];
  const errors = Object.fromEntries(Object.entries(found).filter(([, error]) => error)) as SettingsErrors;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      distributionList,
      expandDistributionList: draft.expandDistributionList,
      optionalAttendees: attendees.value,
      photoNotice: { enabled: draft.photoNoticeEnabled, text: draft.photoNoticeText.trim() },
      privacyOfficer: draft.privacyOfficer.trim(),
      retentionMonths: retention.value,
      fundingStatement: draft.fundingStatement.trim(),
      reminderMinutes: Number(draft.reminderMinutes) || 1440,
      budgetPerMeetingCents: budget.value,
      namesInMinutes: draft.namesInMinutes,
      hosts: hosts.value,
      ...call.value,
    },
  };
}
