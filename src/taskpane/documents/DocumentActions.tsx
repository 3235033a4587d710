import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { directDownloadWorks, openBrowserWindow } from '../../office/openBrowserWindow';
import { plainList } from '../components/plainList';
import { useServices } from '../services';
import { DocumentRow } from './DocumentRow';
import type { DocumentOffer, DocumentTarget } from './documentTypes';
import { makeLazily } from './lazyMake';
import type { DocumentPorts } from './useDocument';

const useStyles = makeStyles({ list: plainList(tokens.spacingVerticalM) });

export interface DocumentActionsProps {
  /** The documents the view offers, in the order shown. */
  offers: readonly DocumentOffer[];
  /** Where they are filed (and recorded). */
  target: DocumentTarget;
}

/**
 * The documents a view offers, one per line (a list where there are several): "<Name> erstellen", the state said in words (a live
 * region), then "Öffnen" (the web address in SharePoint) and, where the host lets it through,
 * "Herunterladen". The renderers load only on the first click (lazyMake).
 */
export function DocumentActions({ offers, target }: DocumentActionsProps) {
  const styles = useStyles();
  const { host, makeDocument } = useServices();
  const ports = useMemo<DocumentPorts>(
    () => ({ make: makeDocument ?? makeLazily, target, open: (url) => openBrowserWindow(url, host) }),
    [makeDocument, target, host],
  );
  const canDownload = directDownloadWorks(host);
  const [only] = offers;
  if (only && offers.length === 1) return <DocumentRow offer={only} ports={ports} canDownload={canDownload} as="div" />;
  return (
    <ul className={styles.list}>
      {offers.map((offer) => (
        <DocumentRow key={offer.id} offer={offer} ports={ports} canDownload={canDownload} />
      ))}
    </ul>
  );
}
