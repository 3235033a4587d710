import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { type FormEvent, useRef, useState } from 'react';
import { isMailAddress } from '../../../domain/mailAddress';
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

/** A person who came without having answered: name, initiative and (for the minutes mail) address. */
export function WalkInForm({ attendance, drafts }: { attendance: AttendanceModel; drafts: MinutesDraftsModel }) {
  const strings = useLocalized(protokollStrings).attendance;
  const styles = useStyles();
  const name = useRef<HTMLInputElement>(null);
  const address = useRef<HTMLInputElement>(null);
  const [checked, setChecked] = useState(false);
  const { walkInName = '', walkInInitiative = '', walkInAddress = '' } = drafts.drafts;
  const nameProblem = checked && !walkInName.trim() ? strings.nameMissing : undefined;
  const addressProblem = checked && !addressFits(walkInAddress) ? strings.addressInvalid : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
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
      <Field label={strings.name} validationMessage={nameProblem}>
        <Input
          ref={name}
          data-focus="walk-in-name"
          value={walkInName}
          onChange={(_, data) => drafts.change({ walkInName: data.value })}
        />
      </Field>
      <Field label={strings.initiative} hint={strings.initiativeHint}>
        <Input value={walkInInitiative} onChange={(_, data) => drafts.change({ walkInInitiative: data.value })} />
      </Field>
      <Field label={strings.address} hint={strings.addressHint} validationMessage={addressProblem}>
        <Input
          ref={address}
          type="email"
          value={walkInAddress}
          onChange={(_, data) => drafts.change({ walkInAddress: data.value })}
        />
      </Field>
      <Button className={styles.add} type="submit">
        {strings.add}
      </Button>
      <p className={styles.announcement} role="status" aria-live="polite">
        {attendance.announcement}
      </p>
    </form>
  );
}
