import type { Router } from 'express';
import type { AppContext } from '../appContext.js';
import { xapiRoutes } from '../http/xapiRoutes.js';
import { LrsSender, defaultTiming, type SenderTiming } from './lrsSender.js';
import { openLrsSettings } from './lrsSettings.js';
import { openXapiSendLog } from './sendLog.js';

export interface LabXapi {
  routes: Router;
  sender: LrsSender;
  close(): Promise<void>;
}

/** The lab's xAPI side: its settings and send log in the data folder (in memory without one), its routes, its sender. */
export async function openXapi(context: AppContext, dataDir: string | null, timing: SenderTiming = defaultTiming): Promise<LabXapi> {
  const settings = await openLrsSettings(dataDir);
  const sender = new LrsSender(context, settings, await openXapiSendLog(dataDir), timing);
  sender.start();
  return { routes: xapiRoutes(context, settings, sender), sender, close: () => sender.stop() };
}
