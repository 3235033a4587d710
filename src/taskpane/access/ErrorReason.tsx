import { makeStyles } from '@fluentui/react-components';
import type { AppError } from '../../domain/appError';
import { type Capability, GRANTS } from '../../domain/grants';
import { useStrings } from '../i18n/useStrings';
import { useServices } from '../services';
import { blockedText, capabilityLabel, grantInstruction } from './accessStrings';

const useStyles = makeStyles({ line: { display: 'block' } });

export interface MissingAccess {
  capability: Capability;
  /** The permission or role the service named, where it did. */
  missing?: string;
}

/** A refusal that names what the app lacks (the gateway marks 403 and consent errors with it). */
export function missingAccess(error: AppError): MissingAccess | undefined {
  if (error.code !== 'forbidden' && error.code !== 'consent-required') return undefined;
  const { capability, missing } = error.details;
  if (!capability) return undefined;
  return missing ? { capability, missing } : { capability };
}

export const accessText = {
  lacks: (label: string) => `Treffpunkt fehlt dafür eine Berechtigung: ${label}.`,
  blocks: (text: string) => `Das betrifft: ${text}`,
  grant: (text: string) => `Die IT des Landkreises muss erteilen: ${text}.`,
  kept: 'Ihre Eingaben bleiben erhalten. Unter „Einstellungen“ zeigt „Verbindung prüfen“, was sonst noch fehlt.',
};

/** What is missing, what it blocks and what IT must grant, in German, for the place it happened. */
export function MissingGrantText({ access }: { access: MissingAccess }) {
  const styles = useStyles();
  const { config } = useServices();
  const grant = GRANTS[access.capability];
  return (
    <>
      <span className={styles.line}>{accessText.lacks(capabilityLabel(access.capability, config))}</span>
      <span className={styles.line}>{accessText.blocks(blockedText[grant.blocks])}</span>
      <span className={styles.line}>
        {accessText.grant(grantInstruction(access.capability, config, access.missing))}
      </span>
      <span className={styles.line}>{accessText.kept}</span>
    </>
  );
}

/**
 * Why something failed: the sentence for the error's code, or, where a grant is missing, what is
 * missing and what IT must grant (the same words as the readiness check in Einstellungen).
 */
export function ErrorReason({ error }: { error: AppError }) {
  const reasons = useStrings().errors;
  const access = missingAccess(error);
  return access ? <MissingGrantText access={access} /> : <>{reasons[error.code]}</>;
}
