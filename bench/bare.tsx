/**
 * The bare Fluent page `npm run bench` times the pane against: React, FluentProvider with the light
 * theme and one Fluent Button, nothing else. Built with the pane's own toolchain (bench/webpack.config.cjs).
 */
import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} lang="de">
      <Button appearance="primary">Bereit</Button>
    </FluentProvider>,
  );
}
