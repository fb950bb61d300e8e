import { lazy } from 'react';

// The look-up and work panels beyond the customer and the tickets load the first time their tab opens.
export const CataloguePanel = lazy(() => import('../catalogue/CataloguePanel.js').then((module) => ({ default: module.CataloguePanel })));
export const KnowledgePanel = lazy(() => import('../knowledge/KnowledgePanel.js').then((module) => ({ default: module.KnowledgePanel })));
export const OrgChart = lazy(() => import('../org/OrgChart.js').then((module) => ({ default: module.OrgChart })));
export const EmailPanel = lazy(() => import('../email/EmailPanel.js').then((module) => ({ default: module.EmailPanel })));
export const MessagePanel = lazy(() => import('../messages/MessagePanel.js').then((module) => ({ default: module.MessagePanel })));
export const OrdersPanel = lazy(() => import('../orders/OrdersPanel.js').then((module) => ({ default: module.OrdersPanel })));
