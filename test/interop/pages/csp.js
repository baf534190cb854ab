import { answerOnDocument } from './host.js';

answerOnDocument();
window.verikitReady = true;
