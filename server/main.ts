import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApplication } from './app.js';
import { prepareDataFolder } from './dataFolder.js';
import { loadScenarioCatalog } from './scenarioCatalog.js';
import { demoAccounts, seedDemoData, seedFirstAdmin } from './seed.js';
import { openDocumentStore } from './store/documentStore.js';
import { FileEventLogStore } from './store/fileEventLogStore.js';
import { openSessionIndex } from './store/sessionIndex.js';
import { openReviewLog } from './store/reviewLog.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(process.env.LAB_DATA_DIR ?? path.join(root, 'data'));
const port = Number(process.env.PORT ?? 3000);
const staticDir = path.join(root, 'dist', 'client');

// Demo mode is asked for explicitly (`npm run demo`): only then do the well-known demo passwords work.
const demo = process.env.LAB_DEMO === '1' || process.argv.includes('--demo');

await prepareDataFolder(dataDir);
const documents = await openDocumentStore(path.join(dataDir, 'lab.json'));
const seeded = demo ? await seedDemoData(documents) : false;
const adminPassword = demo ? null : await seedFirstAdmin(documents);
const catalog = await loadScenarioCatalog();
for (const { file, problems } of catalog.rejected) {
  console.error(`Scenario ${path.relative(root, file)} is not offered:\n  - ${problems.join('\n  - ')}`);
}
if (!existsSync(path.join(staticDir, 'index.html'))) console.warn('The client is not built: run `npm run build` (npm start does it).');

const application = await createApplication({
  documents,
  sessions: await openSessionIndex(path.join(dataDir, 'session-index.jsonl'), documents),
  log: new FileEventLogStore(path.join(dataDir, 'sessions')),
  reviews: await openReviewLog(path.join(dataDir, 'reviews.jsonl')),
  catalog,
  staticDir,
  secureCookies: process.env.LAB_SECURE_COOKIES === '1',
  demo,
  socketEventsPerSecond:
    process.env.LAB_SOCKET_EVENTS_PER_SECOND === undefined ? undefined : Number(process.env.LAB_SOCKET_EVENTS_PER_SECOND),
});
const listening = await application.listen(port);

console.log(`Centralino Lab on http://localhost:${listening}  (data in ${dataDir}${seeded ? ', demo data created' : ''})`);
console.log(
  `Scenarios offered: ${
    catalog
      .list()
      .map((s) => s.id)
      .join(', ') || 'none'
  }`,
);
if (demo) {
  console.log('DEMO MODE: the demo accounts below work; never use demo mode with real trainees.');
  console.log('Demo logins (username / password):');
  for (const account of demoAccounts) console.log(`  ${account.role.padEnd(10)} ${account.username} / ${account.password}`);
} else if (adminPassword) {
  // Shown this once and never stored in clear: the administrator chooses their own at the first login.
  console.log(`First start: administrator "admin", one-time password: ${adminPassword}`);
  console.log('  (it must be changed at the first login)');
} else if (documents.data.users.some((user) => user.demoPassword)) {
  console.log('The demo accounts still have their demo passwords: they can log in only in demo mode (npm run demo).');
}

const stop = () => void application.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
