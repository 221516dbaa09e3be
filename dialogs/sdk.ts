// The botbuilder-dialogs classes this bot uses, each from its own module. The package's
// index also loads its prompts and, with them, 7 MB of @microsoft/recognizers-text (number,
// date-time and choice recognizers) that no dialog here uses: about 250 ms of start-up and
// 35 MB of resident memory (issue 8's bench). The version is pinned in package.json, and
// test/startup-footprint.test.ts fails if the recognizers are loaded again.
// Types may still come from 'botbuilder-dialogs' itself: `import type` loads nothing.
// The few botbuilder values the dialogs use come from botbuilder-core, not botbuilder's
// index (see bot/sdk.ts).
export { ActionTypes, ActivityTypes, MessageFactory } from 'botbuilder-core';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { Recognizer } from 'botbuilder-dialogs/lib/recognizer';
