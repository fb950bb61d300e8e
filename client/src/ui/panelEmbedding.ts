import { createContext, useContext } from 'react';

/**
 * Inside a tab panel a console panel loses its card and shows its heading to screen readers only:
 * the tab already names it on screen, and the heading keeps the page's outline whole.
 */
export const PanelEmbedding = createContext(false);

export const usePanelEmbedded = (): boolean => useContext(PanelEmbedding);
