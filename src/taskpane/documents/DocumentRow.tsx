import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { MouseEvent } from 'react';
import { formatInstant } from '../components/format';
import { ProblemMessage } from '../components/ProblemMessage';
import { quietText } from '../components/textStyles';
import { useLocalized } from '../i18n/localized';
import { downloadFile } from './downloadFile';
import type { DocumentOffer, DocumentState } from './documentTypes';
import { type DocumentsStrings, documentsStrings } from './documentsStrings';
import { type DocumentPorts, useDocument } from './useDocument';

const useStyles = makeStyles({
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  status: { ...quietText, overflowWrap: 'anywhere' },
});

/** The state said in words (a failure is said by its ProblemMessage, which announces itself). */
function statusLine(state: DocumentState, offer: DocumentOffer, strings: DocumentsStrings): string {
  switch (state.status) {
    case 'idle':
      return offer.filed ? strings.filedBefore(formatInstant(offer.filed.madeAt)) : '';
    case 'making':
      return strings.making(offer.label);
    case 'uploading':
      return strings.uploading(offer.label);
    case 'done':
      return strings.done(offer.label, state.filed.name, state.filed.size);
    default:
      return '';
  }
}

/** The web address to open: the file just filed, or the one filed before (until a new one is made). */
function webUrlOf(state: DocumentState, offer: DocumentOffer): string | undefined {
  if (state.status === 'done') return state.webUrl;
  return state.status === 'idle' ? offer.filed?.webUrl : undefined;
}

/** The made file in memory, for the direct download: once filed, and after a failed upload. */
function fileOf(state: DocumentState) {
  if (state.status === 'done') return state.file;
  return state.status === 'failed' && state.stage === 'upload' ? state.file : undefined;
}

export interface DocumentRowProps {
  offer: DocumentOffer;
  ports: DocumentPorts;
  /** The host lets the pane's own downloads through (office/openBrowserWindow: directDownloadWorks). */
  canDownload: boolean;
  /** An entry of the list of several documents (`li`), or the one document a section offers (`div`). */
  as?: 'li' | 'div';
}

/** One document: "<Name> erstellen", its state in words, then "Öffnen" and "Herunterladen". */
export function DocumentRow({ offer, ports, canDownload, as: Root = 'li' }: DocumentRowProps) {
  const styles = useStyles();
  const strings = useLocalized(documentsStrings);
  const { state, create, retryUpload } = useDocument(offer, ports);
  const working = state.status === 'making' || state.status === 'uploading';
  const webUrl = webUrlOf(state, offer);
  const file = canDownload ? fileOf(state) : undefined;
  const open = (event: MouseEvent) => {
    event.preventDefault();
    if (webUrl) ports.open(webUrl);
  };
  return (
    <Root className={styles.row}>
      <div className={styles.actions}>
        <Button onClick={create} disabledFocusable={working}>
          {strings.create(offer.label)}
        </Button>
        {webUrl && (
          <Link href={webUrl} target="_blank" rel="noopener" aria-label={strings.openName(offer.label)} onClick={open}>
            {strings.open}
          </Link>
        )}
        {file && (
          <Button appearance="subtle" aria-label={strings.downloadName(offer.label)} onClick={() => downloadFile(file)}>
            {strings.download}
          </Button>
        )}
      </div>
      <div role="status" aria-live="polite" className={styles.status}>
        {statusLine(state, offer, strings)}
      </div>
      {state.status === 'failed' && (
        <ProblemMessage
          title={state.stage === 'make' ? strings.makeFailed(offer.label) : strings.uploadFailed(offer.label)}
          error={state.error}
          onRetry={state.stage === 'make' ? create : retryUpload}
          retryLabel={state.stage === 'upload' ? strings.retryUpload : undefined}
        >
          {state.stage === 'upload' && `${strings.kept}${file ? strings.keptDownload : ''}`}
        </ProblemMessage>
      )}
    </Root>
  );
}
