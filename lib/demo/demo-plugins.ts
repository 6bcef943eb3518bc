// The demo fleet's plugins: labelled `demo` in the UI so nobody mistakes them for real ones.
export const demoPlugins = [
  { id: 'checkout-api', name: 'Checkout API', description: 'Takes orders and payments for the storefront.' },
  { id: 'inventory-sync', name: 'Inventory sync', description: 'Keeps stock levels in step with the warehouse system.' },
  { id: 'notification-hub', name: 'Notification hub', description: 'Sends email, SMS and push notifications.' },
  { id: 'report-builder', name: 'Report builder', description: 'Builds scheduled PDF and CSV reports.' },
  { id: 'search-indexer', name: 'Search indexer', description: 'Indexes catalogue changes for search.' },
] as const;
