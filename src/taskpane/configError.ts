/** Shown instead of the pane when the build's configuration is invalid; uses text nodes only. */
export function renderConfigError(container: HTMLElement, error: unknown): void {
  const heading = document.createElement('h1');
  heading.textContent = 'Treffpunkt ist nicht vollständig eingerichtet';
  const detail = document.createElement('p');
  detail.textContent = error instanceof Error ? error.message : String(error);
  const hint = document.createElement('p');
  hint.textContent = 'Bitte wenden Sie sich an die IT des Landkreises (siehe README, Abschnitt Konfiguration).';
  container.replaceChildren(heading, detail, hint);
}

/** Shown when the pane's code could not be loaded (the add-in's server out of reach); text nodes only. */
export function renderLoadFailure(container: HTMLElement, error: unknown): void {
  const heading = document.createElement('h1');
  heading.textContent = 'Treffpunkt konnte nicht geladen werden';
  const detail = document.createElement('p');
  detail.textContent = error instanceof Error ? error.message : String(error);
  const hint = document.createElement('p');
  hint.textContent = 'Bitte prüfen Sie die Verbindung und öffnen Sie Treffpunkt erneut.';
  container.replaceChildren(heading, detail, hint);
}
