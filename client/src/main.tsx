import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App.js';
import { setupI18n } from './i18n/setup.js';
import './styles.css';

const mainSlot = document.getElementById('app-main');
const headerSlot = document.getElementById('app-header');
if (!mainSlot || !headerSlot) throw new Error('index.html must provide #app-main and #app-header');

void setupI18n().then(() => {
  createRoot(mainSlot).render(
    <StrictMode>
      <App headerSlot={headerSlot} />
    </StrictMode>,
  );
});
