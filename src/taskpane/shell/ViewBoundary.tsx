import { Component, type ReactNode } from 'react';
import { AppError } from '../../domain/appError';
import type { ViewId } from '../i18n/strings';

export interface ViewBoundaryProps {
  view: ViewId;
  /** The pane's error store (useErrors().report). */
  report: (error: AppError) => void;
  /** What to show instead of the view that failed; `reload` renders it again. */
  fallback: (reload: () => void) => ReactNode;
  children: ReactNode;
}

/**
 * What the pane reports of a view that failed to render: the view and the kind of error, never the
 * error's message or stack (either may hold what the user typed).
 */
export function viewFailure(view: ViewId, error: unknown): AppError {
  const kind = error instanceof Error && /^[A-Za-z]+$/.test(error.name) ? error.name : 'Fehler';
  return new AppError('unexpected', `Die Ansicht „${view}“ konnte nicht angezeigt werden (${kind}).`);
}

/**
 * An error boundary around one view: a render error in the view shows the fallback in its place, while
 * the header, the navigation and the open meeting above it keep working. Opening another view renders
 * again (so one around the session, which stays mounted across views, recovers too).
 */
export class ViewBoundary extends Component<ViewBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.report(viewFailure(this.props.view, error));
  }

  override componentDidUpdate(previous: ViewBoundaryProps): void {
    if (previous.view !== this.props.view && this.state.failed) this.setState({ failed: false });
  }

  private readonly reload = () => this.setState({ failed: false });

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.reload) : this.props.children;
  }
}
