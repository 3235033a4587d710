import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReadinessRow } from '../../../domain/readiness';
import { useAccessText } from '../../access/accessText';
import { useLocalized } from '../../i18n/localized';
import { useServices } from '../../services';
import { readinessStrings } from '../readinessStrings';
import { textForIt } from '../readinessText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex' },
  line: { margin: 0 },
});

/** The missing grants as plain text for a ticket, to copy (or select where the clipboard is closed). */
export function ForItText({ rows }: { rows: ReadinessRow[] }) {
  const styles = useStyles();
  const { config } = useServices();
  const strings = useLocalized(readinessStrings).forIt;
  const access = useAccessText();
  const [copied, setCopied] = useState<'yes' | 'no'>();
  const text = textForIt(rows, config, { forIt: strings, access });
  const copy = () => {
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard) return setCopied('no');
    clipboard.writeText(text).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  };
  return (
    <div className={styles.root}>
      <h4 className={styles.title}>{strings.heading}</h4>
      <Field label={strings.label}>
        <Textarea value={text} readOnly resize="vertical" rows={6} />
      </Field>
      <div className={styles.row}>
        <Button onClick={copy}>{strings.copy}</Button>
      </div>
      <p role="status" aria-live="polite" className={styles.line}>
        {copied === 'yes' ? strings.copied : copied === 'no' ? strings.copyFailed : ''}
      </p>
    </div>
  );
}
