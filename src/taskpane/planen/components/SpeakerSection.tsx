import { Field, Input } from '@fluentui/react-components';
import { applySpeaker, type Speaker } from '../../../domain/planning';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import type { PlanenModel } from '../planenModel';
import { planenStrings } from '../planenStrings';

const FIELDS = ['name', 'organisation', 'topic'] as const satisfies readonly (keyof Speaker)[];

export type SpeakerSectionProps = Pick<PlanenModel, 'meeting' | 'update'>;

/** The external speaker; the agenda's input item follows (presenter and topic). */
export function SpeakerSection({ meeting, update }: SpeakerSectionProps) {
  const strings = useLocalized(planenStrings).speaker;
  return (
    <Section heading={strings.heading}>
      {FIELDS.map((key) => (
        <Field key={key} label={strings[key]}>
          <Input
            value={meeting.speaker[key]}
            onChange={(_, data) => update((m) => applySpeaker(m, { ...m.speaker, [key]: data.value }))}
          />
        </Field>
      ))}
    </Section>
  );
}
