import { Button, Checkbox, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import type { FormEvent } from 'react';
import { VENUE_TEXT_LIMITS } from '../../../graph/gateway';
import { lostAnswerStrings, outcomeUnknown } from '../../access/lostAnswer';
import { LimitedField } from '../../components/LimitedField';
import { ProblemMessage } from '../../components/ProblemMessage';
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
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type TextKey = 'name' | 'street' | 'postalCode' | 'town' | 'parking' | 'publicTransport';

/** Whether a field holds more than its venues-list column takes (then the form is not sent). */
const tooLong = (draft: VenueDraft) =>
  (Object.keys(VENUE_TEXT_LIMITS) as (keyof typeof VENUE_TEXT_LIMITS)[]).some(
    (key) => draft[key].length > VENUE_TEXT_LIMITS[key],
  );

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
    <LimitedField
      label={label}
      required={key === 'name' || key === 'town'}
      validationMessage={error}
      text={draft[key]}
      limit={VENUE_TEXT_LIMITS[key]}
    >
      <Input value={draft[key]} onChange={(_, data) => set({ [key]: data.value })} />
    </LimitedField>
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A text longer than the list takes is not sent (SharePoint would refuse it): to the first marked field.
    if (tooLong(draft)) {
      event.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
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
      <LimitedField label={strings.other} text={draft.other} limit={VENUE_TEXT_LIMITS.other}>
        <Textarea value={draft.other} onChange={(_, data) => set({ other: data.value })} resize="vertical" />
      </LimitedField>
      {state.status === 'failed' && (
        <div role="alert">
          <ProblemMessage
            title={strings.saveFailed}
            error={state.error}
            {...(outcomeUnknown(state.error) ? { reason: lost.venue } : {})}
          />
        </div>
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
