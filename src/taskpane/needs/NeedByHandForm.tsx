import { Button, Field, Input, makeStyles, SpinButton, Textarea, tokens } from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { findNeed, newNeed } from '../../domain/needs';
import { NEED_TEXT_LIMITS } from '../../graph/gateway';
import { LimitedField } from '../components/LimitedField';
import { useLocalized } from '../i18n/localized';
import { NeedActionOutcome } from './NeedActionOutcome';
import { needFormStrings } from './needFormStrings';
import { useNeedAction } from './useNeedAction';
import type { NeedsModel } from './useNeeds';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  toggle: { alignSelf: 'flex-start', maxWidth: '100%' },
  count: { maxWidth: '8em' },
});

const EMPTY = { title: '', initiatives: 1, note: '' };

/** "Bedarf von Hand erfassen": behind a button, so Planen stays short; a title already listed is merged. */
export function NeedByHandForm({ needs }: { needs: NeedsModel }) {
  const styles = useStyles();
  const s = useLocalized(needFormStrings);
  const [shown, setShown] = useState(false);
  const [draft, setDraft] = useState(EMPTY);
  const [missing, setMissing] = useState(false);
  const { action, run } = useNeedAction();
  const tooLong = draft.title.length > NEED_TEXT_LIMITS.title || draft.note.length > NEED_TEXT_LIMITS.note;

  const save = async () => {
    const title = draft.title.trim();
    const listed = needs.state.status === 'ready' ? needs.state.needs.map((l) => l.need) : [];
    if (findNeed(listed, title)) {
      await needs.register({ title, note: draft.note });
      return s.merged(title);
    }
    await needs.add({ ...newNeed({ title, note: draft.note }), initiatives: draft.initiatives });
    return s.added(title);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(draft.title.trim() === '');
    if (draft.title.trim() === '' || tooLong) {
      event.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    void run(save, s.failed).then((ok) => ok && setDraft(EMPTY));
  };

  return (
    <>
      <Button className={styles.toggle} aria-expanded={shown} onClick={() => setShown(!shown)}>
        {s.heading}
      </Button>
      {shown && (
        <form className={styles.form} onSubmit={onSubmit} noValidate aria-label={s.heading}>
          <LimitedField
            label={s.title}
            hint={s.titleHint}
            required
            text={draft.title}
            limit={NEED_TEXT_LIMITS.title}
            validationMessage={missing ? s.titleMissing : undefined}
          >
            <Input value={draft.title} onChange={(_, d) => setDraft({ ...draft, title: d.value })} />
          </LimitedField>
          <Field label={s.initiatives}>
            <SpinButton
              className={styles.count}
              min={1}
              max={99}
              value={draft.initiatives}
              onChange={(_, d) => {
                const value = d.value ?? Number(d.displayValue);
                if (Number.isInteger(value) && value >= 1) setDraft({ ...draft, initiatives: value });
              }}
            />
          </Field>
          <LimitedField label={s.note} text={draft.note} limit={NEED_TEXT_LIMITS.note}>
            <Textarea value={draft.note} resize="vertical" onChange={(_, d) => setDraft({ ...draft, note: d.value })} />
          </LimitedField>
          <Button type="submit" className={styles.toggle} disabledFocusable={action.status === 'working'}>
            {s.submit}
          </Button>
          <NeedActionOutcome action={action} />
        </form>
      )}
    </>
  );
}
