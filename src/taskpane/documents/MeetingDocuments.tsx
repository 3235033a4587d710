import { Section } from '../components/Section';
import { useLocalized } from '../i18n/localized';
import type { MeetingSession, TeamSettingsModel } from '../meeting/sessionModel';
import { DocumentActions } from './DocumentActions';
import { documentsStrings } from './documentsStrings';
import { type MeetingDocumentId, meetingOffers } from './meetingOffers';
import { SettingsUnreadNotice } from './SettingsUnreadNotice';
import { useMeetingTarget } from './useMeetingTarget';

export interface MeetingDocumentsProps {
  model: Pick<MeetingSession, 'meeting' | 'update'> & Pick<TeamSettingsModel, 'settings' | 'settingsUnread'>;
  /** The documents this view offers, in this order. */
  offer: readonly MeetingDocumentId[];
}

/**
 * "Dokumente" of the open meeting: each offered document made from the meeting and the team's settings,
 * filed in the meeting's folder and linked from its list item. Not while the team's settings are unread:
 * the poster's notice, the funding line and whether names are printed come from them.
 */
export function MeetingDocuments({ model, offer }: MeetingDocumentsProps) {
  const strings = useLocalized(documentsStrings);
  const target = useMeetingTarget(model);
  const { settingsUnread } = model;
  return (
    <Section heading={strings.heading} intro={strings.intro}>
      {settingsUnread ? (
        <SettingsUnreadNotice retry={settingsUnread.retry} />
      ) : (
        <DocumentActions offers={meetingOffers(offer, model, strings)} target={target} />
      )}
    </Section>
  );
}
