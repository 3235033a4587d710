import { Field, Input } from '@fluentui/react-components';
import { applySpeaker, type Speaker } from '../../../domain/planning';
import type { PlanenModel } from '../planenModel';
import { planenStrings } from '../planenStrings';
import { Section } from '../../components/Section';

const strings = planenStrings.speaker;

const FIELDS: { key: keyof Speaker; label: string }[] = [
  { key: 'name', label: strings.name },
  { key: 'organisation', label: strings.organisation },
  { key: 'topic', label: strings.topic },
];

export type SpeakerSectionProps = Pick<PlanenModel, 'meeting' | 'update'>;

/** The external speaker; the agenda's input item follows (presenter and topic). */
export function SpeakerSection({ meeting, update }: SpeakerSectionProps) {
  return (
    <Section heading={strings.heading}>
      {FIELDS.map(({ key, label }) => (
        <Field key={key} label={label}>
          <Input
            value={meeting.speaker[key]}
            onChange={(_, data) => update((m) => applySpeaker(m, { ...m.speaker, [key]: data.value }))}
          />
        </Field>
      ))}
    </Section>
  );
}
