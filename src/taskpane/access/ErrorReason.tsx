import { makeStyles } from '@fluentui/react-components';
import type { AppError } from '../../domain/appError';
import { type Capability, GRANTS } from '../../domain/grants';
import { kitStrings } from '../components/kitStrings';
import { useLocalized } from '../i18n/localized';
import { useStrings } from '../i18n/useStrings';
import { useServices } from '../services';
import { useAccessText } from './accessText';

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

/** What is missing, what it blocks and what IT must grant, for the place it happened. */
export function MissingGrantText({ access }: { access: MissingAccess }) {
  const styles = useStyles();
  const { config } = useServices();
  const { capabilityLabel, blockedText, grantInstruction, refusal } = useAccessText();
  const grant = GRANTS[access.capability];
  return (
    <>
      <span className={styles.line}>{refusal.lacks(capabilityLabel(access.capability, config))}</span>
      <span className={styles.line}>{refusal.blocks(blockedText[grant.blocks])}</span>
      <span className={styles.line}>{refusal.grant(grantInstruction(access.capability, config, access.missing))}</span>
      <span className={styles.line}>{refusal.kept}</span>
    </>
  );
}

/**
 * Why something failed, in the pane's language: the sentence for the error's code, or, where a grant is
 * missing, what is missing and what IT must grant (the same words as the readiness check in
 * Einstellungen). The one error sentence of the pane: the shell's ErrorArea and the kit's
 * ProblemMessage both say it.
 */
export function ErrorReason({ error }: { error: AppError }) {
  const reasons = useStrings().errors;
  const limits = useLocalized(kitStrings).limits;
  const access = missingAccess(error);
  if (access) return <MissingGrantText access={access} />;
  const { field, limit } = error.details;
  // A text too long for its column: the column's name and limit, where the save said them.
  if (error.code === 'too-long' && field && limit !== undefined) return <>{limits.saveRefused(field, limit)}</>;
  return <>{reasons[error.code]}</>;
}
