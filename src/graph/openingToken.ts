import { scopes } from '../auth/scopes';
import type { TokenProvider } from '../auth/tokenProvider';

/**
 * Whether a token for the lists and /me together is there without asking the user (it is then in the
 * provider's cache for the opening's $batch). Never rejects.
 */
export async function askOpeningToken(tokenProvider: TokenProvider | undefined): Promise<boolean> {
  if (!tokenProvider) return false;
  try {
    await tokenProvider.getToken([...scopes.lists, ...scopes.profile], { silentOnly: true });
    return true;
  } catch {
    return false;
  }
}
