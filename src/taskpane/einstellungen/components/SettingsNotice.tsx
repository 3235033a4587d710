import { Button } from '@fluentui/react-components';
import { Notice } from '../../components/Notice';
import { useLocalized } from '../../i18n/localized';
import { settingsStrings } from '../settingsStrings';

export interface SettingsNoticeProps {
  /**
   * `unread`: the team's settings could not be read, so they cannot be saved until they are (the
   * action reads them again). `stale`: a colleague changed them since the typing here began, so saving
   * would overwrite that (the action drops what was typed here).
   */
  kind: 'unread' | 'stale';
  onAction: () => void;
}

/** A warning above the form with the one button that helps. */
export function SettingsNotice({ kind, onAction }: SettingsNoticeProps) {
  const { title, text, action } = useLocalized(settingsStrings)[kind];
  const button = (
    <Button size="small" onClick={onAction}>
      {action}
    </Button>
  );
  return (
    <Notice intent="warning" title={title} actions={button}>
      {text}
    </Notice>
  );
}
