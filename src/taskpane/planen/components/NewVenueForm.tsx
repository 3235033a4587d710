import { Button, Checkbox, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import type { FormEvent } from 'react';
import { ErrorReason } from '../../access/ErrorReason';
import { lostAnswerStrings, outcomeUnknown } from '../../access/lostAnswer';
import { useLocalized } from '../../i18n/localized';
import type { VenueDraft } from '../../meeting/sessionModel';
import { planenStrings } from '../planenStrings';
import { useNewVenue } from '../useNewVenue';

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
  const strings = useLocalized(planenStrings).venue;
  const lost = useLocalized(lostAnswerStrings);
  const { draft, set, missing, state, submit } = useNewVenue(onSave);
  const busy = state.status === 'saving';

  const text = (key: TextKey, label: string, error?: string) => (
    <Field label={label} required={key === 'name' || key === 'town'} validationMessage={error}>
      <Input value={draft[key]} onChange={(_, data) => set({ [key]: data.value })} />
    </Field>
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      {text('name', strings.name, missing.name ? strings.nameMissing : undefined)}
      <Field label={strings.kind}>
        <Select value={draft.kind} onChange={(_, data) => set({ kind: data.value as VenueDraft['kind'] })}>
          <option value="initiative">{strings.kinds.initiative}</option>
          <option value="kreishaus">{strings.kinds.kreishaus}</option>
        </Select>
      </Field>
      {text('street', strings.street)}
      {text('postalCode', strings.postalCode)}
      {text('town', strings.town, missing.town ? strings.townMissing : undefined)}
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
      {state.status === 'failed' && (
        <p role="alert" className={styles.error}>
          {strings.saveFailed} {outcomeUnknown(state.error) ? lost.venue : <ErrorReason error={state.error} />}
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
