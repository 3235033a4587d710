import { isMailAddress } from '../../domain/mailAddress';
import { formatDecimalDe, parseEuro } from '../../domain/money';
import { defaultTeamSettings, type TeamSettings } from '../../domain/settings';
import { formatNamedAddresses, parseNamedAddresses } from '../../graph/settingsMapping';

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

export type SettingsField = 'distributionList' | 'optionalAttendees' | 'photoNoticeText' | 'budget' | 'hosts';
export type SettingsErrors = Partial<Record<SettingsField, string>>;

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

/** Checks the form; on success the settings to save, otherwise a German message per field. */
export function settingsFromDraft(
  draft: SettingsDraft,
): { ok: true; settings: TeamSettings } | { ok: false; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const distributionList = draft.distributionList.trim();
  if (!isMailAddress(distributionList))
    errors.distributionList =
      'Bitte die Adresse des Verteilers eingeben, z. B. vernetzung-ehrenamt@landkreis-northeim.de.';
  const optionalAttendees = parseNamedAddresses(draft.optionalAttendees);
  const wrong = optionalAttendees.filter((a) => !isMailAddress(a.address));
  if (wrong.length > 0)
    errors.optionalAttendees =
      `Diese Zeile hat keine gültige Adresse: „${formatNamedAddresses(wrong.slice(0, 1))}“. Bitte je Zeile ` +
      '„Name <adresse@beispiel.de>“ oder nur die Adresse eingeben.';
  if (draft.photoNoticeEnabled && draft.photoNoticeText.trim() === '')
    errors.photoNoticeText = 'Bitte den Text des Fotohinweises eingeben oder den Hinweis ausschalten.';
  let budgetCents = 0;
  if (draft.budget.trim() !== '') {
    const parsed = parseEuro(draft.budget);
    if (parsed.ok) budgetCents = parsed.cents;
    else errors.budget = parsed.message;
  }
  const hosts = Number(draft.hosts.trim());
  if (!Number.isInteger(hosts) || hosts < 0 || hosts > 20)
    errors.hosts = 'Bitte eine ganze Zahl von 0 bis 20 eingeben (Mitarbeitende des Landkreises beim Treffen).';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      distributionList,
      expandDistributionList: draft.expandDistributionList,
      optionalAttendees,
      photoNotice: { enabled: draft.photoNoticeEnabled, text: draft.photoNoticeText.trim() },
      fundingStatement: draft.fundingStatement.trim(),
      reminderMinutes: Number(draft.reminderMinutes) || 1440,
      budgetPerMeetingCents: budgetCents,
      namesInMinutes: draft.namesInMinutes,
      hosts,
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

/**
 * The form's starting point: what was typed on this device (kept, never dropped), or the team's
 * settings. `stale` says the team's settings changed in SharePoint since the typing began, so saving
 * would overwrite a colleague's change.
 */
export function openSettingsDraft(stored: unknown, settings: TeamSettings): StoredSettingsDraft & { stale: boolean } {
  const current = draftOf(settings);
  const kept = stored as Partial<StoredSettingsDraft> | null | undefined;
  if (!kept || !isSettingsDraft(kept.draft) || !isSettingsDraft(kept.base)) {
    return { base: current, draft: current, stale: false };
  }
  return { base: kept.base, draft: kept.draft, stale: !sameDraft(kept.base, current) };
}
