import type { Venue } from '../domain/planning';
import { type Fields, type StoredItem, textField as text } from './listsGateway';

/** A row of the venues list → a Venue (the item id is the venue's id). */
export function venueFromItem(item: StoredItem): Venue {
  const f = item.fields;
  const roomMailbox = text(f, 'TpRaumpostfach');
  return {
    id: item.id,
    name: text(f, 'Title'),
    kind: text(f, 'TpArt') === 'kreishaus' ? 'kreishaus' : 'initiative',
    street: text(f, 'TpStrasse'),
    postalCode: text(f, 'TpPlz'),
    town: text(f, 'TpOrtschaft'),
    notes: {
      stepFree: f.TpBarrierefrei === true,
      parking: text(f, 'TpParken'),
      publicTransport: text(f, 'TpOepnv'),
      other: text(f, 'TpHinweise'),
    },
    ...(roomMailbox ? { roomMailbox } : {}),
  };
}

export function venueToFields(venue: Omit<Venue, 'id'>): Fields {
  return {
    Title: venue.name,
    TpArt: venue.kind,
    TpStrasse: venue.street,
    TpPlz: venue.postalCode,
    TpOrtschaft: venue.town,
    TpBarrierefrei: venue.notes.stepFree,
    TpParken: venue.notes.parking,
    TpOepnv: venue.notes.publicTransport,
    TpHinweise: venue.notes.other ?? '',
    TpRaumpostfach: venue.roomMailbox ?? '',
  };
}

/** The county's own venue, written into a new venues list so the list is never empty. */
export const KREISHAUS: Omit<Venue, 'id'> = {
  name: 'Kreishaus Northeim',
  kind: 'kreishaus',
  street: 'Medenheimer Straße 6/8',
  postalCode: '37154',
  town: 'Northeim',
  notes: { stepFree: true, parking: '', publicTransport: 'Bahnhof Northeim', other: '' },
};
