import type { AppErrorCode } from '../../domain/appError';
import type { WaitReason } from '../hooks/useBackgroundRetry';

export type Language = 'de' | 'en';
export type ViewId = 'planen' | 'einladung' | 'protokoll' | 'ausgaben' | 'verlauf' | 'einstellungen';

export interface Strings {
  appTitle: string;
  appSubtitle: string;
  navigationLabel: string;
  views: Record<ViewId, { label: string; heading: string; intro: string }>;
  organiserLoading: string;
  organiserSignedIn: (name: string) => string;
  errors: Record<AppErrorCode, string>;
  /** The status line while the pane waits to try again by itself. */
  waiting: {
    reason: Record<WaitReason, string>;
    nextAttempt: (seconds: number) => string;
    tryNow: string;
  };
  errorAreaLabel: string;
  retry: string;
  dismiss: string;
  requestId: (id: string) => string;
  loadingView: string;
}

export function pickLanguage(displayLanguage: string): Language {
  return displayLanguage.toLowerCase().startsWith('en') ? 'en' : 'de';
}
