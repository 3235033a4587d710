/* Ribbon function commands: filled in with the Planen feature. */
Office.onReady(() => undefined);
