// The botbuilder classes the service uses, each from its own module. The package's index
// also loads what this bot never uses (the legacy BotFrameworkAdapter, file transcripts,
// HTML parsing for Teams messages, dayjs, fs-extra: 11 packages, about 55 ms of start-up,
// issue 8). The version is pinned in package.json; test/startup-footprint.test.ts fails if
// the index is loaded at start again. Types may still come from 'botbuilder': `import type`
// loads nothing.
export { CloudAdapter } from 'botbuilder/lib/cloudAdapter';
export { TeamsActivityHandler } from 'botbuilder/lib/teamsActivityHandler';
export {
  ActivityEventNames,
  ActivityTypes,
  CallerIdConstants,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MessageFactory,
  TurnContext,
} from 'botbuilder-core';
