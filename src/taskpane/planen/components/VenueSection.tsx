import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useRef, useState } from 'react';
import { type Venue, venueAddress } from '../../../domain/planning';
import { Section } from '../../components/Section';
import { useLocalized } from '../../i18n/localized';
import type { VenueDraft } from '../../meeting/sessionModel';
import type { PlanenModel } from '../planenModel';
import { type PlanenStrings, planenStrings } from '../planenStrings';

/** The form for a new venue loads once it is opened: Planen's first load stays without it. */
const NewVenueForm = lazy(async () => ({
  default: (await import(/* webpackChunkName: "venue-form" */ './NewVenueForm')).NewVenueForm,
}));

/** The venue's access, a line each (the invitation says the same in German, from the domain). */
function accessLines({ notes }: Venue, access: PlanenStrings['venue']['access']): string[] {
  const lines = [notes.stepFree ? access.stepFree : access.notStepFree];
  if (notes.parking) lines.push(access.parking(notes.parking));
  if (notes.publicTransport) lines.push(access.publicTransport(notes.publicTransport));
  if (notes.other) lines.push(notes.other);
  return lines;
}

const useStyles = makeStyles({
  details: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  hint: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  toggle: { alignSelf: 'flex-start' },
});

export type VenueSectionProps = Pick<PlanenModel, 'meeting' | 'update' | 'venues' | 'hostSuggestion' | 'addVenue'>;

/** The venue: chosen from the shared list, with address, access notes and whose turn it is. */
export function VenueSection({ meeting, update, venues, hostSuggestion, addVenue }: VenueSectionProps) {
  const styles = useStyles();
  const strings = useLocalized(planenStrings).venue;
  const [formOpen, setFormOpen] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  const chosen = meeting.venue;
  // A venue stored with the meeting stays selectable even if the list no longer holds it.
  const options = chosen && !venues.some((v) => v.id === chosen.id) ? [...venues, chosen] : venues;
  const choose = (venue: Venue | undefined) => update((m) => ({ ...m, venue }));

  const saveVenue = async (draft: VenueDraft) => {
    const venue = await addVenue(draft);
    choose(venue);
    setFormOpen(false);
    selectRef.current?.focus();
  };

  return (
    <Section heading={strings.heading}>
      <Field label={strings.select}>
        <Select
          ref={selectRef}
          value={chosen?.id ?? ''}
          onChange={(_, data) => choose(options.find((v) => v.id === data.value))}
        >
          <option value="">{strings.choose}</option>
          {options.map((venue) => (
            <option key={venue.id} value={venue.id}>
              {venue.name}
            </option>
          ))}
        </Select>
      </Field>
      {chosen && (
        <ul className={styles.details}>
          <li>{venueAddress(chosen)}</li>
          {accessLines(chosen, strings.access).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {hostSuggestion && (
        <div className={styles.hint}>
          <Text>{strings.suggestion(hostSuggestion.venue.name, hostSuggestion.lastHosted)}</Text>
          {chosen?.id !== hostSuggestion.venue.id && (
            <Button size="small" onClick={() => choose(hostSuggestion.venue)}>
              {strings.takeSuggestion}
            </Button>
          )}
        </div>
      )}
      <Button className={styles.toggle} aria-expanded={formOpen} onClick={() => setFormOpen((open) => !open)}>
        {strings.newVenue}
      </Button>
      {formOpen && (
        <Suspense fallback={null}>
          <NewVenueForm onSave={saveVenue} onCancel={() => setFormOpen(false)} />
        </Suspense>
      )}
    </Section>
  );
}
