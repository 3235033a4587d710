import { defaultTeamSettings, type TeamSettings } from '../../domain/settings';
import type { DraftKind } from '../hooks/draftStore';
import { draftOf, type SettingsDraft } from './settingsForm';

/** Fields added after drafts were first kept on devices: a draft from before lacks them. */
const ADDED_FIELDS = [
  'privacyOfficer',
  'retentionMonths',
  'callForTopicsWeeks',
  'surveyLink',
  'surveyLinkInInvitation',
] as const satisfies readonly (keyof SettingsDraft)[];
type AddedField = (typeof ADDED_FIELDS)[number];
/** A draft as kept on the device; one from before the added fields takes the team's values for them. */
type KeptDraft = Omit<SettingsDraft, AddedField> & Partial<Pick<SettingsDraft, AddedField>>;

/** What the form keeps on this device while typing: the draft and the team's settings it started from. */
export interface StoredSettingsDraft {
  base: KeptDraft;
  draft: KeptDraft;
}

/** A draft's fields and their types, for checking what was read back from the device. */
const DRAFT_SHAPE = draftOf(defaultTeamSettings(''));

function isSettingsDraft(value: unknown): value is KeptDraft {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return Object.entries(DRAFT_SHAPE).every(
    ([key, sample]) =>
      typeof record[key] === typeof sample ||
      ((ADDED_FIELDS as readonly string[]).includes(key) && record[key] === undefined),
  );
}

/** A kept draft made whole: what a draft from before lacks comes from the team's settings now. */
const completed = (kept: KeptDraft, current: SettingsDraft): SettingsDraft => ({
  ...kept,
  privacyOfficer: kept.privacyOfficer ?? current.privacyOfficer,
  retentionMonths: kept.retentionMonths ?? current.retentionMonths,
  callForTopicsWeeks: kept.callForTopicsWeeks ?? current.callForTopicsWeeks,
  surveyLink: kept.surveyLink ?? current.surveyLink,
  surveyLinkInInvitation: kept.surveyLinkInInvitation ?? current.surveyLinkInInvitation,
});

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
export function openSettingsDraft(
  stored: unknown,
  settings: TeamSettings,
): { base: SettingsDraft; draft: SettingsDraft; stale: boolean } {
  const current = draftOf(settings);
  const kept = parseStoredDraft(stored);
  if (!kept) return { base: current, draft: current, stale: false };
  const base = completed(kept.base, current);
  return { base, draft: completed(kept.draft, current), stale: !sameDraft(base, current) };
}
