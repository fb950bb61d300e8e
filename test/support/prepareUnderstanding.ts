import { prepareUnderstanding } from '../../scenarios/understanding/understandReply.js';

await prepareUnderstanding();
