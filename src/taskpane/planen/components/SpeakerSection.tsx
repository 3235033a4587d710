import { Input } from '@fluentui/react-components';
import type { MeetingTextKind } from '../../../domain/fieldRoom';
import { applySpeaker, type Speaker } from '../../../domain/planning';
import { LimitedField } from '../../components/LimitedField';
import { Section } from '../../components/Section';
import { useMeetingRoom } from '../../hooks/useMeetingRoom';
import { useLocalized } from '../../i18n/localized';
import type { PlanenModel } from '../planenModel';
import { planenStrings } from '../planenStrings';

const FIELDS = ['name', 'organisation', 'topic'] as const satisfies readonly (keyof Speaker)[];
const KINDS: Record<(typeof FIELDS)[number], MeetingTextKind> = {
  name: 'speakerName',
  organisation: 'speakerOrganisation',
  topic: 'speakerTopic',
};

export type SpeakerSectionProps = Pick<PlanenModel, 'meeting' | 'update'>;

/** The external speaker; the agenda's input item follows (presenter and topic). */
export function SpeakerSection({ meeting, update }: SpeakerSectionProps) {
  const strings = useLocalized(planenStrings).speaker;
  const room = useMeetingRoom(meeting);
  return (
    <Section heading={strings.heading}>
      {FIELDS.map((key) => (
        <LimitedField key={key} label={strings[key]} text={meeting.speaker[key]} limit={room.limitOf(KINDS[key])}>
          <Input
            value={meeting.speaker[key]}
            onChange={(_, data) => update((m) => applySpeaker(m, { ...m.speaker, [key]: data.value }))}
          />
        </LimitedField>
      ))}
    </Section>
  );
}
