import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Switch,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { type AppError, toAppError } from '../../domain/appError';
import { REMINDER_CHOICES } from '../../domain/settings';
import { ErrorReason } from '../access/ErrorReason';
import { Section } from '../components/Section';
import type { PlanningModel } from '../meeting/planningModel';
import { useServices } from '../services';
import {
  draftOf,
  openSettingsDraft,
  type SettingsDraft,
  type SettingsErrors,
  type SettingsField,
  settingsFromDraft,
  type StoredSettingsDraft,
} from './settingsForm';

const DRAFT_KEY = 'treffpunkt.einstellungen.entwurf';

const REMINDER_LABELS: Record<number, string> = {
  15: '15 Minuten vorher',
  60: '1 Stunde vorher',
  120: '2 Stunden vorher',
  1440: '1 Tag vorher',
  2880: '2 Tage vorher',
};

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

type Outcome = { kind: 'saved' } | { kind: 'invalid' } | { kind: 'failed'; error: AppError } | undefined;

/**
 * What the team decides together (kept on the SharePoint site): who is invited besides the list, the
 * photo notice and the funding statement, the reminder, the budget, and what goes into the list.
 */
export function TeamSettingsForm({ model }: { model: PlanningModel }) {
  const styles = useStyles();
  const { drafts } = useServices();
  const [opened] = useState(() => openSettingsDraft(drafts.read(DRAFT_KEY), model.settings));
  const [draft, setDraftState] = useState<SettingsDraft>(opened.draft);
  const [base, setBase] = useState<SettingsDraft>(opened.base);
  const stale = opened.stale && base === opened.base;
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [outcome, setOutcome] = useState<Outcome>();
  const [saving, setSaving] = useState(false);

  const change = (patch: Partial<SettingsDraft>) => {
    const next = { ...draft, ...patch };
    setDraftState(next);
    void drafts.write(DRAFT_KEY, { base, draft: next } satisfies StoredSettingsDraft);
    setOutcome(undefined);
  };
  /** Drops what was typed here and shows the team's settings as they are in SharePoint now. */
  const discard = () => {
    const current = draftOf(model.settings);
    setDraftState(current);
    setBase(current);
    setErrors({});
    setOutcome(undefined);
    void drafts.write(DRAFT_KEY, null);
  };
  const error = (field: SettingsField) =>
    errors[field] ? { validationState: 'error' as const, validationMessage: errors[field] } : {};

  const save = async () => {
    const checked = settingsFromDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setOutcome({ kind: 'invalid' });
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await model.saveSettings(checked.settings);
      setBase(draft);
      void drafts.write(DRAFT_KEY, null);
      setOutcome({ kind: 'saved' });
    } catch (failure) {
      setOutcome({ kind: 'failed', error: toAppError(failure) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Section heading="Einstellungen des Teams">
      <p className={styles.hint}>
        Gilt für alle im Team: Treffpunkt speichert sie in der Liste „Treffpunkt-Einstellungen“ auf der
        SharePoint-Website.
      </p>
      {model.settingsUnread && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Die Einstellungen des Teams konnten nicht aus SharePoint gelesen werden.</MessageBarTitle>{' '}
            Damit nichts überschrieben wird, lassen sie sich erst wieder speichern, wenn SharePoint erreichbar ist.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={model.settingsUnread.retry}>
              Erneut versuchen
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Inzwischen geändert.</MessageBarTitle> Die Einstellungen wurden in SharePoint geändert,
            seit Sie hier mit Ihren Änderungen begonnen haben. Speichern überschreibt die Änderung der Kollegin oder des
            Kollegen.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={discard}>
              Meine Änderungen verwerfen
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        noValidate
      >
        <Field label="Verteiler (wird eingeladen)" required {...error('distributionList')}>
          <Input
            type="email"
            value={draft.distributionList}
            onChange={(_, d) => change({ distributionList: d.value })}
          />
        </Field>
        <Field hint="Nur wenn die IT die Berechtigung GroupMember.Read.All erteilt hat. Dann sehen Sie jede Antwort mit Namen.">
          <Switch
            label="Mitglieder des Verteilers einzeln einladen"
            checked={draft.expandDistributionList}
            onChange={(_, d) => change({ expandDistributionList: d.checked })}
          />
        </Field>
        <Field
          label="Weitere Eingeladene (optional)"
          hint="Je Zeile „Name <adresse@beispiel.de>“, z. B. Flüchtlingssozialarbeit, Bildungs- und Sprachkoordination."
          {...error('optionalAttendees')}
        >
          <Textarea
            value={draft.optionalAttendees}
            rows={3}
            resize="vertical"
            onChange={(_, d) => change({ optionalAttendees: d.value })}
          />
        </Field>
        <Field>
          <Switch
            label="Fotohinweis in die Einladung (DSGVO Art. 13)"
            checked={draft.photoNoticeEnabled}
            onChange={(_, d) => change({ photoNoticeEnabled: d.checked })}
          />
        </Field>
        {draft.photoNoticeEnabled && (
          <Field
            label="Text des Fotohinweises"
            hint="Wer fotografiert, wozu, Rechtsgrundlage, wie man widerspricht, Kontakt."
            {...error('photoNoticeText')}
          >
            <Textarea
              value={draft.photoNoticeText}
              rows={5}
              resize="vertical"
              onChange={(_, d) => change({ photoNoticeText: d.value })}
            />
          </Field>
        )}
        <Field label="Förderhinweis (EU/AMIF)">
          <Textarea
            value={draft.fundingStatement}
            rows={2}
            resize="vertical"
            onChange={(_, d) => change({ fundingStatement: d.value })}
          />
        </Field>
        <Field label="Erinnerung in Outlook">
          <Select value={draft.reminderMinutes} onChange={(_, d) => change({ reminderMinutes: d.value })}>
            {REMINDER_CHOICES.map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {REMINDER_LABELS[minutes]}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Budget je Treffen in Euro"
          hint="z. B. 150,00; leer lassen, wenn es keins gibt."
          {...error('budget')}
        >
          <Input inputMode="decimal" value={draft.budget} onChange={(_, d) => change({ budget: d.value })} />
        </Field>
        <Field
          label="Mitarbeitende des Landkreises beim Treffen"
          hint="Für die Schätzung von Kaffee und Keksen."
          {...error('hosts')}
        >
          <Input inputMode="numeric" value={draft.hosts} onChange={(_, d) => change({ hosts: d.value })} />
        </Field>
        <Field hint="Sonst steht in der Liste nur die Zahl der Teilnehmenden.">
          <Switch
            label="Namen der Anwesenden in die SharePoint-Liste schreiben"
            checked={draft.namesInMinutes}
            onChange={(_, d) => change({ namesInMinutes: d.checked })}
          />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={saving || Boolean(model.settingsUnread)}>
            {saving ? 'Wird gespeichert …' : 'Einstellungen speichern'}
          </Button>
        </div>
        <div role="status" aria-live="polite">
          {outcome?.kind === 'saved' && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>Die Einstellungen sind in SharePoint gespeichert.</MessageBarBody>
            </MessageBar>
          )}
          {outcome?.kind === 'invalid' && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>Bitte die markierten Felder prüfen; nichts wurde gespeichert.</MessageBarBody>
            </MessageBar>
          )}
          {outcome?.kind === 'failed' && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                Die Einstellungen wurden nicht gespeichert; Ihre Eingaben bleiben hier erhalten.{' '}
                <ErrorReason error={outcome.error} />
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      </form>
    </Section>
  );
}
