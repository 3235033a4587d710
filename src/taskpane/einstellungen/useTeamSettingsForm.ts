import { useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import { amountStrings } from '../components/amountStrings';
import { useLocalized } from '../i18n/localized';
import type { PlanningModel } from '../meeting/planningModel';
import { draftOf, type SettingsDraft, type SettingsErrors, settingsFromDraft } from './settingsForm';
import { settingsStrings } from './settingsStrings';
import { useSettingsDraft } from './useSettingsDraft';

/** What the form needs of the open session: the team's settings, whether they were read, and saving them. */
export type TeamSettingsSource = Pick<PlanningModel, 'settings' | 'settingsUnread' | 'saveSettings'>;

/** Where saving stands. */
export type SaveState =
  /** Typing (or nothing done yet). */
  | { status: 'editing' }
  /** The last check found fields to fix; nothing was saved. */
  | { status: 'invalid' }
  | { status: 'saving' }
  | { status: 'saved' }
  /** SharePoint refused or could not be reached; what was typed stays. */
  | { status: 'failed'; error: AppError };

export type TeamSettingsFormState =
  /** The team's settings could not be read: nothing may be saved over them until they are. */
  { status: 'unread'; retry: () => void } | SaveState;

export interface TeamSettingsForm {
  state: TeamSettingsFormState;
  draft: SettingsDraft;
  /** A message per field to fix, from the last check (kept while typing, until the next one). */
  errors: SettingsErrors;
  /** A colleague changed the settings in SharePoint since the typing on this device began. */
  stale: boolean;
  /** Changes one field; the draft is kept on this device at once. */
  set: <K extends keyof SettingsDraft>(field: K, value: SettingsDraft[K]) => void;
  /** Drops what was typed here and shows the team's settings as they are in SharePoint now. */
  discard: () => void;
  save: () => Promise<void>;
}

/** The team settings form: the draft (kept on this device), checked before saving, saved to SharePoint. */
export function useTeamSettingsForm(source: TeamSettingsSource): TeamSettingsForm {
  const words = useLocalized(settingsStrings).errors;
  const amount = useLocalized(amountStrings);
  const kept = useSettingsDraft(source.settings);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saveState, setSaveState] = useState<SaveState>({ status: 'editing' });

  const set: TeamSettingsForm['set'] = (field, value) => {
    kept.set(field, value);
    setSaveState({ status: 'editing' });
  };
  const discard = () => {
    kept.restart(draftOf(source.settings));
    setErrors({});
    setSaveState({ status: 'editing' });
  };
  const save = async () => {
    const draft = kept.draft;
    const checked = settingsFromDraft(draft, words, amount);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return setSaveState({ status: 'invalid' });
    setSaveState({ status: 'saving' });
    try {
      await source.saveSettings(checked.settings);
      kept.saved(draft);
      setSaveState({ status: 'saved' });
    } catch (failure) {
      setSaveState({ status: 'failed', error: toAppError(failure) });
    }
  };

  const state: TeamSettingsFormState = source.settingsUnread
    ? { status: 'unread', retry: source.settingsUnread.retry }
    : saveState;
  return { state, draft: kept.draft, errors, stale: kept.stale, set, discard, save };
}
