import { makeStyles, tokens } from '@fluentui/react-components';
import type { InvitationAttendee } from '../../../domain/invitation';
import { Notice } from '../../components/Notice';
import { plainList } from '../../components/plainList';
import { useLocalized } from '../../i18n/localized';
import { useServices } from '../../services';
import { einladungStrings } from '../einladungStrings';

const useStyles = makeStyles({
  list: { ...plainList(tokens.spacingVerticalXS), marginTop: tokens.spacingVerticalXS },
});

/**
 * Those meant to be invited whose address is no mail address (a room mailbox from the venues list, a
 * speaker's address): they are left out of what is sent, and here is why and where to correct it.
 */
export function UninvitableNotice({ attendees }: { attendees: readonly InvitationAttendee[] }) {
  const styles = useStyles();
  const strings = useLocalized(einladungStrings).uninvitable;
  const { config } = useServices();
  if (attendees.length === 0) return null;
  return (
    <Notice intent="warning" title={strings.title}>
      <ul className={styles.list}>
        {attendees.map((attendee) => (
          <li key={`${attendee.type}:${attendee.address}`}>
            {attendee.type === 'resource'
              ? strings.room(attendee.name, attendee.address, config.venueListName)
              : strings.person(attendee.name || attendee.address, attendee.address)}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
