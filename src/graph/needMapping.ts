import { type ListedNeed, NEED_STATUSES, type Need, type NeedStatus, type NewNeed } from '../domain/needs';
import { type Fields, type StoredItem, textField as text } from './listsGateway';

/** A count column: SharePoint may answer a number column as a number or as text; never below 1. */
const count = (fields: Fields, name: string): number => {
  const value = Number(fields[name]);
  return Number.isFinite(value) && value >= 1 ? Math.round(value) : 1;
};

const statusOf = (value: string): NeedStatus => NEED_STATUSES.find((s) => s === value) ?? 'offen';

/** A row of the needs list → a Need (a row a colleague typed in SharePoint reads the same way). */
export function needFromItem(item: StoredItem): Need {
  const f = item.fields;
  const takenUpIn = text(f, 'TpAufgegriffenIn');
  return {
    id: item.id,
    title: text(f, 'Title'),
    firstRaised: text(f, 'TpErstmals'),
    initiatives: count(f, 'TpInitiativen'),
    mentions: count(f, 'TpNennungen'),
    status: statusOf(text(f, 'TpBedarfStatus')),
    ...(takenUpIn ? { takenUpIn } : {}),
    note: text(f, 'TpNotiz'),
    raisedBy: text(f, 'TpGenanntVon')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== ''),
  };
}

export function needToFields(need: NewNeed | Need): Fields {
  return {
    Title: need.title,
    TpErstmals: need.firstRaised,
    TpInitiativen: need.initiatives,
    TpNennungen: need.mentions,
    TpBedarfStatus: need.status,
    TpAufgegriffenIn: need.takenUpIn ?? '',
    TpNotiz: need.note,
    TpGenanntVon: need.raisedBy.join('\n'),
  };
}

export const listedNeedOf = (item: StoredItem): ListedNeed => ({ need: needFromItem(item), etag: item.etag });
