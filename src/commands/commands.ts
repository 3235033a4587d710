/**
 * Composition root of the ribbon commands. "Als Thema vorschlagen" keeps the open mail's subject and
 * sender as a topic suggestion for the next meeting; Planen shows it.
 */
import { toAppError } from '../domain/appError';
import { currentMailTopic, notifyOnItem } from '../office/mailItem';
import { createRoamingStore } from '../office/roamingStore';
import { addSuggestion } from '../office/topicSuggestions';

const NOTICE_KEY = 'treffpunkt-thema';

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `s-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export async function suggestTopic(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const topic = currentMailTopic();
    const added = await addSuggestion(createRoamingStore(), topic, { id: newId(), now: new Date() });
    await notifyOnItem(
      NOTICE_KEY,
      added
        ? `„${topic.subject}“ ist als Thema für das nächste Vernetzungstreffen vorgemerkt.`
        : 'Diese E-Mail ist schon als Thema vorgemerkt.',
    );
  } catch (error) {
    const message =
      toAppError(error).code === 'invalid-input'
        ? toAppError(error).message
        : 'Das Thema konnte nicht vorgemerkt werden. Bitte erneut versuchen.';
    await notifyOnItem(NOTICE_KEY, message, true).catch(() => undefined);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('suggestTopic', suggestTopic);
});
