import { Button, Checkbox, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { type AppError, toAppError } from '../../../domain/appError';
import { ErrorReason } from '../../access/ErrorReason';
import { lostAnswerStrings as lostAnswerTables, outcomeUnknown } from '../../access/lostAnswer';
import type { VenueDraft } from '../../meeting/planningModel';
import { planenStrings } from '../planenStrings';

const strings = planenStrings.venue;
// German until this view picks its language (access/lostAnswer is de + en).
const lostAnswerStrings = lostAnswerTables.de;

const EMPTY: VenueDraft = {
  name: '',
  kind: 'initiative',
  street: '',
  postalCode: '',
  town: '',
  stepFree: false,
  parking: '',
  publicTransport: '',
  other: '',
};

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type TextKey = 'name' | 'street' | 'postalCode' | 'town' | 'parking' | 'publicTransport';

export interface NewVenueFormProps {
  /** Stores the venue; rejects when that failed (the form keeps what was typed). */
  onSave: (draft: VenueDraft) => Promise<void>;
  onCancel: () => void;
}

/** A small form for a venue not yet in the shared list. */
export function NewVenueForm({ onSave, onCancel }: NewVenueFormProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<VenueDraft>(EMPTY);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const set = (patch: Partial<VenueDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const nameError = tried && !draft.name.trim() ? strings.nameMissing : undefined;
  const townError = tried && !draft.town.trim() ? strings.townMissing : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!draft.name.trim() || !draft.town.trim() || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await onSave({ ...draft, name: draft.name.trim(), town: draft.town.trim() });
    } catch (error) {
      setFailure(toAppError(error));
      setBusy(false);
    }
  };

  const text = (key: TextKey, label: string, error?: string) => (
    <Field label={label} required={key === 'name' || key === 'town'} validationMessage={error}>
      <Input value={draft[key]} onChange={(_, data) => set({ [key]: data.value })} />
    </Field>
  );

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      {text('name', strings.name, nameError)}
      <Field label={strings.kind}>
        <Select value={draft.kind} onChange={(_, data) => set({ kind: data.value as VenueDraft['kind'] })}>
          <option value="initiative">{strings.kinds.initiative}</option>
          <option value="kreishaus">{strings.kinds.kreishaus}</option>
        </Select>
      </Field>
      {text('street', strings.street)}
      {text('postalCode', strings.postalCode)}
      {text('town', strings.town, townError)}
      <Checkbox
        label={strings.stepFree}
        checked={draft.stepFree}
        onChange={(_, data) => set({ stepFree: data.checked === true })}
      />
      {text('parking', strings.parking)}
      {text('publicTransport', strings.publicTransport)}
      <Field label={strings.other}>
        <Textarea value={draft.other} onChange={(_, data) => set({ other: data.value })} resize="vertical" />
      </Field>
      {failure && (
        <p role="alert" className={styles.error}>
          {strings.saveFailed} {outcomeUnknown(failure) ? lostAnswerStrings.venue : <ErrorReason error={failure} />}
        </p>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {busy ? strings.saving : strings.saveVenue}
        </Button>
        <Button type="button" onClick={onCancel}>
          {strings.cancel}
        </Button>
      </div>
    </form>
  );
}
