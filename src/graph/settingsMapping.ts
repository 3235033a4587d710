import { currentFundingStatement, currentPhotoNotice } from '../domain/invitation';
import { isCallForTopicsWeeks } from '../domain/planning/callForTopics';
import { safeSurveyLink } from '../domain/surveyLink';
import {
  defaultTeamSettings,
  formatNamedAddresses,
  isRetentionMonths,
  parseNamedAddresses,
  type TeamSettings,
} from '../domain/settings';
import type { Fields, StoredItem } from './listsGateway';

const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);
const flag = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);
const count = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;

/** The settings item → TeamSettings; a missing or unreadable value falls back to the default. */
export function settingsFromItem(item: StoredItem | undefined, distributionList: string): TeamSettings {
  const d = defaultTeamSettings(distributionList);
  if (!item) return d;
  const f = item.fields;
  return {
    distributionList: text(f.TpVerteiler, '').trim() || d.distributionList,
    expandDistributionList: flag(f.TpVerteilerEinzeln, d.expandDistributionList),
    optionalAttendees: typeof f.TpWeitereEingeladene === 'string' ? parseNamedAddresses(f.TpWeitereEingeladene) : [],
    photoNotice: {
      enabled: flag(f.TpFotohinweisAn, d.photoNotice.enabled),
      text: currentPhotoNotice(text(f.TpFotohinweis, '').trim() || d.photoNotice.text),
    },
    // An item from before these columns has neither: the defaults, until the team saves its own.
    privacyOfficer: text(f.TpDatenschutzkontakt, '').trim() || d.privacyOfficer,
    retentionMonths:
      typeof f.TpSpeicherdauerMonate === 'number' && isRetentionMonths(f.TpSpeicherdauerMonate)
        ? f.TpSpeicherdauerMonate
        : d.retentionMonths,
    fundingStatement: currentFundingStatement(text(f.TpFoerderhinweis, d.fundingStatement)),
    reminderMinutes: count(f.TpErinnerungMinuten, d.reminderMinutes),
    budgetPerMeetingCents:
      typeof f.TpBudget === 'number' && f.TpBudget >= 0 ? Math.round(f.TpBudget * 100) : d.budgetPerMeetingCents,
    namesInMinutes: flag(f.TpNamenImProtokoll, d.namesInMinutes),
    hosts: count(f.TpGastgebende, d.hosts),
    callForTopicsWeeks:
      typeof f.TpThemenaufrufWochen === 'number' && isCallForTopicsWeeks(f.TpThemenaufrufWochen)
        ? f.TpThemenaufrufWochen
        : d.callForTopicsWeeks,
    surveyLink: safeSurveyLink(text(f.TpUmfrageLink, '')) ?? d.surveyLink,
    surveyLinkInInvitation: flag(f.TpUmfrageInEinladung, d.surveyLinkInInvitation),
  };
}

export function settingsToFields(settings: TeamSettings): Fields {
  return {
    Title: 'Einstellungen',
    TpVerteiler: settings.distributionList,
    TpVerteilerEinzeln: settings.expandDistributionList,
    TpWeitereEingeladene: formatNamedAddresses(settings.optionalAttendees),
    TpFotohinweisAn: settings.photoNotice.enabled,
    TpFotohinweis: settings.photoNotice.text,
    TpDatenschutzkontakt: settings.privacyOfficer,
    TpSpeicherdauerMonate: settings.retentionMonths,
    TpFoerderhinweis: settings.fundingStatement,
    TpErinnerungMinuten: settings.reminderMinutes,
    TpBudget: settings.budgetPerMeetingCents / 100,
    TpNamenImProtokoll: settings.namesInMinutes,
    TpGastgebende: settings.hosts,
    TpThemenaufrufWochen: settings.callForTopicsWeeks,
    TpUmfrageLink: settings.surveyLink,
    TpUmfrageInEinladung: settings.surveyLinkInInvitation,
  };
}
