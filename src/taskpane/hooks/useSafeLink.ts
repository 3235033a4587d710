import { emulatorOrigin } from '../../config/config';
import { safeLink } from '../../domain/safeLink';
import { useServices } from '../services';

/**
 * A link taken from list data (an Outlook web link, a list item's address) as the pane may show it:
 * only to Microsoft 365, and in emulator mode also to the emulator itself; `undefined` otherwise, and
 * then no link is shown at all.
 */
export function useSafeLink(link: string | undefined): string | undefined {
  const { config } = useServices();
  const extraOrigins = config.mode === 'emulator' ? [emulatorOrigin(config)] : [];
  return safeLink(link, { extraOrigins });
}
