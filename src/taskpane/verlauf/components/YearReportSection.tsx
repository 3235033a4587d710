import { Field, makeStyles, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { Options } from '../../components/Options';
import { Section } from '../../components/Section';
import { documentsStrings } from '../../documents/documentsStrings';
import { YearReportActions } from '../../documents/YearReportActions';
import { useLocalized } from '../../i18n/localized';

const useStyles = makeStyles({
  year: { alignSelf: 'flex-start', minWidth: '7em' },
});

/** Verlauf's "Dokumente": the year report for the funder, for a chosen year, filed in SharePoint. */
export function YearReportSection({ years }: { years: readonly number[] }) {
  const styles = useStyles();
  const strings = useLocalized(documentsStrings);
  const [chosen, setChosen] = useState<number>();
  const year = chosen ?? years[0];
  if (year === undefined) return null;
  return (
    <Section heading={strings.heading} intro={strings.yearIntro(year)}>
      <Field label={strings.year} className={styles.year}>
        <Select value={String(year)} onChange={(_, data) => setChosen(Number(data.value))}>
          <Options values={years} />
        </Select>
      </Field>
      <YearReportActions year={year} />
    </Section>
  );
}
