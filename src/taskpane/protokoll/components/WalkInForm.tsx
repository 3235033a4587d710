import { Button, Input, makeStyles, tokens } from '@fluentui/react-components';
import { type FormEvent, useRef, useState } from 'react';
import { sharedLimits } from '../../../domain/fieldRoom';
import { isMailAddress } from '../../../domain/mailAddress';
import { LimitedField } from '../../components/LimitedField';
import { useLocalized } from '../../i18n/localized';
import { protokollStrings } from '../protokollStrings';
import type { AttendanceModel } from '../useAttendance';
import type { MinutesDraftsModel } from '../useMinutesDrafts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  add: { alignSelf: 'flex-start' },
  announcement: { margin: 0, minHeight: tokens.lineHeightBase300 },
});

const addressFits = (text: string) => !text.trim() || isMailAddress(text.trim());

export interface WalkInFormProps {
  attendance: AttendanceModel;
  drafts: MinutesDraftsModel;
  /** How many characters the three fields together may add to the meeting (the columns it lands in). */
  spare: number;
}

/** A person who came without having answered: name, initiative and (for the minutes mail) address. */
export function WalkInForm({ attendance, drafts, spare }: WalkInFormProps) {
  const strings = useLocalized(protokollStrings).attendance;
  const styles = useStyles();
  const name = useRef<HTMLInputElement>(null);
  const address = useRef<HTMLInputElement>(null);
  const [checked, setChecked] = useState(false);
  const { walkInName = '', walkInInitiative = '', walkInAddress = '' } = drafts.drafts;
  const nameProblem = checked && !walkInName.trim() ? strings.nameMissing : undefined;
  const addressProblem = checked && !addressFits(walkInAddress) ? strings.addressInvalid : undefined;
  // One entry in the meeting: the three fields share the room it has.
  const lengths = [walkInName.length, walkInInitiative.length, walkInAddress.length];
  const [nameLimit = 0, initiativeLimit = 0, addressLimit = 0] = sharedLimits(lengths, spare);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // More than the meeting takes is not added (the save would be refused): to the field that says so.
    if (lengths.reduce((sum, n) => sum + n) > spare) {
      event.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    if (!walkInName.trim() || !addressFits(walkInAddress)) {
      setChecked(true);
      (walkInName.trim() ? address : name).current?.focus();
      return;
    }
    attendance.addWalkIn({ name: walkInName, initiative: walkInInitiative, address: walkInAddress });
    drafts.change({ walkInName: '', walkInInitiative: '', walkInAddress: '' });
    setChecked(false);
    name.current?.focus();
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby="ohne-zusage">
      <h4 id="ohne-zusage" className={styles.heading}>
        {strings.walkIn}
      </h4>
      <LimitedField label={strings.name} validationMessage={nameProblem} text={walkInName} limit={nameLimit}>
        <Input
          ref={name}
          data-focus="walk-in-name"
          value={walkInName}
          onChange={(_, data) => drafts.change({ walkInName: data.value })}
        />
      </LimitedField>
      <LimitedField
        label={strings.initiative}
        hint={strings.initiativeHint}
        text={walkInInitiative}
        limit={initiativeLimit}
      >
        <Input value={walkInInitiative} onChange={(_, data) => drafts.change({ walkInInitiative: data.value })} />
      </LimitedField>
      <LimitedField
        label={strings.address}
        hint={strings.addressHint}
        validationMessage={addressProblem}
        text={walkInAddress}
        limit={addressLimit}
      >
        <Input
          ref={address}
          type="email"
          value={walkInAddress}
          onChange={(_, data) => drafts.change({ walkInAddress: data.value })}
        />
      </LimitedField>
      <Button className={styles.add} type="submit">
        {strings.add}
      </Button>
      <p className={styles.announcement} role="status" aria-live="polite">
        {attendance.announcement}
      </p>
    </form>
  );
}
