import path from 'node:path';
import { existsSync } from 'node:fs';
import { createApplication } from './app.js';
import { ConfigError, readConfig, type LabConfig } from './config.js';
import { createLabLogger, installLogger } from './logger.js';
import { projectRoot as root } from './projectRoot.js';
import { prepareDataFolder } from './dataFolder.js';
import { loadScenarioCatalog } from './scenarioCatalog.js';
import { demoAccounts, seedDemoData, seedFirstAdmin } from './seed.js';
import { openDocumentStore } from './store/documentStore.js';
import { FileEventLogStore } from './store/fileEventLogStore.js';
import { openSessionIndex } from './store/sessionIndex.js';
import { openReviewLog } from './store/reviewLog.js';
import { openScenarioVersions } from './store/scenarioVersions.js';
import { prepareUnderstanding } from '../scenarios/understanding/understandReply.js';

let config: LabConfig;
try {
  config = readConfig(process.env, process.argv);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
const { dataDir, port, staticDir, demo } = config;
const logger = createLabLogger(config.logLevel);
installLogger(logger);

await prepareDataFolder(dataDir);
// The reply recogniser is trained (or read from its cache) before any call can ring.
await prepareUnderstanding();
const documents = await openDocumentStore(path.join(dataDir, 'lab.json'));
const seeded = demo ? await seedDemoData(documents) : false;
const adminPassword = demo ? null : await seedFirstAdmin(documents);
const catalog = await loadScenarioCatalog();
for (const { file, problems } of catalog.rejected) {
  logger.warn({ file: path.relative(root, file), problems }, `Scenario ${path.relative(root, file)} is not offered`);
}
if (!existsSync(path.join(staticDir, 'index.html'))) logger.warn('The client is not built: run `npm run build`.');

const application = await createApplication({
  documents,
  sessions: await openSessionIndex(path.join(dataDir, 'session-index.jsonl'), documents),
  log: new FileEventLogStore(path.join(dataDir, 'sessions')),
  reviews: await openReviewLog(path.join(dataDir, 'reviews.jsonl')),
  versions: await openScenarioVersions(path.join(dataDir, 'scenario-versions')),
  catalog,
  staticDir,
  dataDir,
  minFreeDiskBytes: config.minFreeDiskBytes,
  secureCookies: config.secureCookies,
  trustProxyHops: config.trustProxyHops,
  demo,
  socketEventsPerSecond: config.socketEventsPerSecond,
  logger,
});
const listening = await application.listen(port);

const scenarios = catalog.list().map((s) => s.id);
logger.info(
  { port: listening, dataDir, demo, seeded, scenarios: scenarios.join(', ') || 'none', secureCookies: config.secureCookies },
  `Centralino Lab on http://localhost:${listening}  (data in ${dataDir}${seeded ? ', demo data created' : ''})`,
);
// Notices for the person starting the lab, on stderr and never as log records: a log collector keeps
// what it is given, and the one-time password must be seen once, not stored.
const notice = (line: string) => process.stderr.write(`${line}\n`);
if (demo) {
  logger.warn('DEMO MODE: the demo accounts work; never use demo mode with real trainees.');
  notice('Demo logins (username / password):');
  for (const account of demoAccounts) notice(`  ${account.role.padEnd(10)} ${account.username} / ${account.password}`);
} else if (adminPassword) {
  notice(`First start: administrator "admin", one-time password: ${adminPassword}`);
  notice('  (it must be changed at the first login)');
} else if (documents.data.users.some((user) => user.demoPassword)) {
  logger.warn('The demo accounts still have their demo passwords: they can log in only in demo mode (npm run demo).');
}

const stop = (signal: NodeJS.Signals) => {
  logger.info({ signal }, 'stopping');
  void application.close().then(
    () => {
      logger.info('stopped');
      process.exit(0);
    },
    (error: unknown) => {
      logger.error({ err: error }, 'stopped with an error');
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
