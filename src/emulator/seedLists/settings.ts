import { SEED } from '../seedFacts';
import type { FieldValue } from '../state';

/** The team's settings item as the county filled it in (fictional people, real kinds of offices). */
export function settingsFields(): Record<string, FieldValue> {
  return {
    Title: 'Einstellungen',
    TpVerteiler: SEED.distributionListMail,
    TpVerteilerEinzeln: false,
    TpWeitereEingeladene: [
      `Flüchtlingssozialarbeit <${SEED.fsaGroupMail}>`,
      `Bildungs- und Sprachkoordination <${SEED.educationGroupMail}>`,
    ].join('\n'),
    TpFotohinweisAn: true,
    TpFotohinweis:
      'Hinweis zu Fotos: Die Koordinierungsstelle für Migration und Teilhabe fotografiert beim Treffen für ihre ' +
      'Öffentlichkeitsarbeit und den Nachweis gegenüber dem Fördermittelgeber (Art. 6 Abs. 1 lit. a DSGVO, ' +
      'Einwilligung). Wer nicht fotografiert werden möchte, sagt es bitte zu Beginn; die Einwilligung kann ' +
      'jederzeit widerrufen werden. Kontakt: Koordinierungsstelle für Migration und Teilhabe, Kreishaus Northeim.',
    TpFoerderhinweis:
      'Europa fördert: Dieses Projekt wird aus Mitteln des Asyl-, Migrations- und Integrationsfonds kofinanziert.',
    TpErinnerungMinuten: 1440,
    TpBudget: 150,
    TpNamenImProtokoll: false,
    TpGastgebende: 2,
  };
}
