/** A page of its own in place of the pane: what happened, the error's words and what to do; text nodes only. */
function renderProblem(container: HTMLElement, title: string, error: unknown, advice: string): void {
  const heading = document.createElement('h1');
  heading.textContent = title;
  const detail = document.createElement('p');
  detail.textContent = error instanceof Error ? error.message : String(error);
  const hint = document.createElement('p');
  hint.textContent = advice;
  container.replaceChildren(heading, detail, hint);
}

/** Shown instead of the pane when the build's configuration is invalid; uses text nodes only. */
export function renderConfigError(container: HTMLElement, error: unknown): void {
  renderProblem(
    container,
    'Treffpunkt ist nicht vollständig eingerichtet',
    error,
    'Bitte wenden Sie sich an die IT des Landkreises (siehe README, Abschnitt Konfiguration).',
  );
}

/** Shown when the pane's code could not be loaded (the add-in's server out of reach); text nodes only. */
export function renderLoadFailure(container: HTMLElement, error: unknown): void {
  renderProblem(
    container,
    'Treffpunkt konnte nicht geladen werden',
    error,
    'Bitte prüfen Sie die Verbindung und öffnen Sie Treffpunkt erneut.',
  );
}
