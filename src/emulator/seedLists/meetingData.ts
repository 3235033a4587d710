/**
 * The county's past Vernetzungstreffen as the list would hold them after a year and a half of use.
 * Speakers and initiatives are fictional; the minutes are about topics, never about individual cases.
 */
export interface SeedMeeting {
  /** local date in Europe/Berlin; every meeting runs 15:00–18:00 */
  date: string;
  venue: string;
  speaker: string;
  participants: number;
  /** [category, description, cents, receipt] */
  costs: [string, string, number, string][];
  minutes: string[];
  decisions: string[];
  tasks: string[];
}

export const PAST_MEETINGS: SeedMeeting[] = [
  {
    date: '2025-01-29',
    venue: 'kreishaus',
    speaker: 'Dr. Sabine Krüger (Jobcenter Landkreis Northeim): Arbeitsmarktzugang und Anerkennung von Abschlüssen',
    participants: 13,
    costs: [
      ['Verpflegung', 'Kuchen und Kekse', 2490, '2025-004'],
      ['Getränke', 'Kaffee, Tee, Wasser', 1360, '2025-005'],
    ],
    minutes: [
      'Die Zahl der Neuzugewanderten im Landkreis ist im Vergleich zum Vorquartal leicht gesunken; die Unterbringung in den Kommunen ist stabil.',
      'Mehrere Initiativen berichten, dass Ehrenamtliche bei Terminen im Jobcenter unsicher sind, welche Unterlagen mitzubringen sind.',
      'Frau Dr. Krüger stellte das Verfahren zur Anerkennung ausländischer Berufsabschlüsse vor; Fragen zu Einzelfällen werden in der Sprechstunde des Jobcenters geklärt.',
    ],
    decisions: ['Die Checkliste des Jobcenters wird über den Verteiler geteilt.'],
    tasks: ['Checkliste Jobcenter verschicken (Miriam Albers, bis 07.02.2025)'],
  },
  {
    date: '2025-03-25',
    venue: 'hardegsen',
    speaker: 'Ralf Böttcher (Kreiswohnbau Northeim): Wohnungssuche, Mietverträge und Hausordnung',
    participants: 11,
    costs: [
      ['Verpflegung', 'Belegte Brötchen', 3150, '2025-019'],
      ['Getränke', 'Kaffee und Saft', 940, '2025-020'],
      ['Raum', 'Spende an das Café International', 3000, '2025-021'],
    ],
    minutes: [
      'Herr Böttcher erläuterte, wie Bewerbungen um Wohnungen ablaufen und welche Nachweise Vermieter verlangen.',
      'Die Initiativen wünschen sich mehrsprachige Hinweise zur Hausordnung und zur Mülltrennung.',
      'Aus dem Landkreis: Die Sprachkurse in Uslar und Dassel starten im April mit freien Plätzen.',
    ],
    decisions: ['Mehrsprachige Hausordnung wird gemeinsam mit der Kreiswohnbau erstellt.'],
    tasks: ['Übersetzungen der Hausordnung anfragen (Jonas Wittkopf, bis 30.04.2025)'],
  },
  {
    date: '2025-06-25',
    venue: 'einbeck',
    speaker: 'Petra Engelke (Ausländerbehörde Landkreis Northeim): Aufenthaltsrecht, was Ehrenamtliche wissen sollten',
    participants: 15,
    costs: [
      ['Verpflegung', 'Obst und Gebäck', 2275, '2025-041'],
      ['Getränke', 'Kaffee, Tee, Wasser', 1180, '2025-042'],
    ],
    minutes: [
      'Frau Engelke gab einen Überblick über Aufenthaltstitel und die Grenzen ehrenamtlicher Beratung; rechtliche Beratung bleibt bei den Fachstellen.',
      'Die Initiativen berichten von langen Wartezeiten bei Terminen; die Ausländerbehörde verweist auf die Online-Terminvergabe.',
      'Hinweis auf die Fortbildung „Grenzen des Ehrenamts“ im September.',
    ],
    decisions: ['Die Initiativen verweisen bei aufenthaltsrechtlichen Fragen an die Migrationsberatung.'],
    tasks: ['Link zur Online-Terminvergabe im Verteiler teilen (Miriam Albers, bis 04.07.2025)'],
  },
  {
    date: '2025-09-16',
    venue: 'kreishaus',
    speaker: 'Yasemin Aydın (Migrationsberatung für Erwachsene Northeim): Angebote und Zugangswege der MBE',
    participants: 12,
    costs: [
      ['Verpflegung', 'Kekse und Obst', 1865, '2025-066'],
      ['Getränke', 'Kaffee und Tee', 1290, '2025-067'],
    ],
    minutes: [
      'Frau Aydın stellte die offenen Sprechstunden der Migrationsberatung in Northeim, Einbeck und Uslar vor.',
      'Die Fördermöglichkeiten des Landes für Ehrenamtsprojekte 2026 wurden erläutert; Anträge sind bis November möglich.',
      'Austausch: Fahrdienste zu Terminen sind in den ländlichen Orten ein gemeinsames Problem.',
    ],
    decisions: ['Eine Arbeitsgruppe Mobilität wird gebildet.'],
    tasks: ['Termin der AG Mobilität abstimmen (Jonas Wittkopf, bis 15.10.2025)'],
  },
  {
    date: '2025-11-26',
    venue: 'uslar',
    speaker: 'Thomas Reinecke (Volkshochschule Northeim): Integrations- und Berufssprachkurse 2026',
    participants: 10,
    costs: [
      ['Verpflegung', 'Kuchen', 2150, '2025-088'],
      ['Getränke', 'Kaffee, Tee, Wasser', 1020, '2025-089'],
      ['Fahrtkosten', 'Fahrt Referent Northeim–Uslar', 1260, '2025-090'],
    ],
    minutes: [
      'Herr Reinecke gab einen Überblick über die Kursplanung 2026, Kinderbetreuung während der Kurse und Wartelisten.',
      'Die AG Mobilität berichtete über erste Ideen für Mitfahrgelegenheiten zu den Kursorten.',
      'Die Initiativen sammelten Themen für das nächste Jahr.',
    ],
    decisions: ['Themen 2026: Wohnen, Übergang Schule–Beruf, Sprachkurse in den Kommunen.'],
    tasks: ['Jahresplanung 2026 verschicken (Miriam Albers, bis 12.12.2025)'],
  },
  {
    date: '2026-02-24',
    venue: 'kreishaus',
    speaker: 'Andrea Fischer (Jobcenter Landkreis Northeim): Job-Turbo und Sprachförderung im Betrieb',
    participants: 14,
    costs: [
      ['Verpflegung', 'Brötchen und Gebäck', 2890, '2026-011'],
      ['Getränke', 'Kaffee, Tee, Wasser', 1410, '2026-012'],
    ],
    minutes: [
      'Frau Fischer stellte vor, wie Arbeitsaufnahme und begleitende Sprachkurse kombiniert werden können.',
      'Zahlen aus dem Landkreis: Verteilung der Neuzugewanderten auf die Kommunen im Jahr 2025.',
      'Die Initiativen tauschten sich über die Gewinnung neuer Ehrenamtlicher aus.',
    ],
    decisions: ['Ein gemeinsamer Aufruf zur Ehrenamtsgewinnung erscheint im Frühjahr.'],
    tasks: ['Entwurf des Aufrufs (Jonas Wittkopf, bis 20.03.2026)'],
  },
  {
    date: '2026-05-20',
    venue: 'bad-gandersheim',
    speaker: 'Gülşen Arslan (Jugendmigrationsdienst Northeim): Übergang Schule – Ausbildung',
    participants: 9,
    costs: [
      ['Verpflegung', 'Kuchen und Obst', 2240, '2026-037'],
      ['Getränke', 'Kaffee und Saft', 1110, '2026-038'],
      ['Raum', 'Spende an das Familienzentrum', 2500, '2026-039'],
    ],
    minutes: [
      'Frau Arslan erläuterte Beratungsangebote für junge Neuzugewanderte bis 27 Jahre und die Zusammenarbeit mit Berufsschulen.',
      'Die Initiativen berichteten über Hausaufgabenhilfe und Patenschaften; gemeinsame Herausforderung ist die Zeit vor den Sommerferien.',
      'Aus dem Landkreis: neue Förderrichtlinie für Sprachmittlung.',
    ],
    decisions: ['Der Jugendmigrationsdienst wird in den Verteiler aufgenommen.'],
    tasks: ['Verteiler ergänzen (Miriam Albers, bis 29.05.2026)'],
  },
  {
    date: '2026-09-15',
    venue: 'einbeck',
    speaker: 'Lena Hartwig (Landkreis Northeim, Sprachkursberatung): Sprachkursangebote in den Kommunen 2026/27',
    participants: 13,
    costs: [
      ['Verpflegung', 'Kuchen und Kekse', 2490, '2026-071'],
      ['Getränke', 'Kaffee, Tee, Wasser', 1360, '2026-072'],
    ],
    minutes: [
      'Frau Hartwig stellte die Sprachkursangebote in den Kommunen für das kommende Kursjahr vor, einschließlich Alphabetisierungskursen.',
      'Die Initiativen berichteten über Erfahrungen mit ehrenamtlichen Sprachcafés als Ergänzung zu den Kursen.',
      'Die AG Mobilität stellte einen Leitfaden für Mitfahrgelegenheiten vor.',
    ],
    decisions: ['Der Leitfaden Mobilität wird allen Initiativen zur Verfügung gestellt.'],
    tasks: ['Leitfaden Mobilität verschicken (Jonas Wittkopf, bis 30.09.2026)'],
  },
];
