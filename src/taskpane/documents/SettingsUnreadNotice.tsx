import { Button } from '@fluentui/react-components';
import { Notice } from '../components/Notice';
import { useLocalized } from '../i18n/localized';
import { documentsStrings } from './documentsStrings';

/** Why no document is offered while the team's settings are unread, and a way to read them again. */
export function SettingsUnreadNotice({ retry }: { retry: () => void }) {
  const strings = useLocalized(documentsStrings);
  return (
    <Notice
      intent="warning"
      actions={
        <Button size="small" onClick={retry}>
          {strings.readSettings}
        </Button>
      }
    >
      {strings.settingsUnread}
    </Notice>
  );
}
