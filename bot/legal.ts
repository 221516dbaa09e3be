// The privacy notice and terms of use the Teams app package links to (developer.privacyUrl,
// developer.termsOfUseUrl): served by the bot itself, so a default install has working links.
// Short pages in plain HTML saying what the bot keeps, for how long, and whom to ask; who
// runs the service and how to reach them come from SERVICE_OPERATOR and SERVICE_CONTACT.
import type { Config } from './config';

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function contactOf(operator: Config['operator']): string {
  const who = escape(operator.name ?? 'the organisation that runs this service (normally your local authority)');
  const contact = operator.contact;
  if (!contact) return `${who}. Ask your Microsoft Teams administrator how to reach them.`;
  const href = contact.startsWith('https://') ? contact : `mailto:${contact}`;
  return `${who}: <a href="${escape(href)}">${escape(contact)}</a>.`;
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Board Assistant: ${title}</title>
<style>body{font-family:'Segoe UI',Arial,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:1.5rem}</style>
</head>
<body>
<h1>Board Assistant: ${title}</h1>
${body}
</body>
</html>
`;
}

export function privacyPage(operator: Config['operator']): string {
  return page(
    'privacy notice',
    `<p>Board Assistant is a Microsoft Teams bot that answers questions about the law on Children's Trust Boards and reminds a conversation of board meetings. This notice says what it keeps.</p>
<h2>What it stores</h2>
<ul>
<li><strong>The conversations it is in</strong>: the Teams ids of each chat, channel or team and the address to reply to, so that it can post reminders. Kept while the bot is in the conversation; deleted when it is removed.</li>
<li><strong>Conversation state</strong>: the last question answered (so that "and academies?" follows on) and any question it asked back. Overwritten by the next question; never the text of your messages.</li>
<li><strong>The board's profile and compliance checks</strong>, if someone in the conversation sets them up: the local authority's and board's names, its partners, the meeting pattern, and the result of the last check with the name of who ran it and when. Kept until someone says "forget our board".</li>
<li><strong>Reminders</strong>: each reminder's meeting, times, the request as typed and the name of who saved it. Kept until it is cancelled or its meeting has passed.</li>
<li><strong>Logs</strong>: one line per message with ids, types and timings, never its text, a token or a password. Kept as long as the host's log retention says.</li>
</ul>
<p>It does not read messages that are not addressed to it (in a channel, group chat or meeting chat it only sees messages that @mention it), and it does not send your data anywhere but back to Microsoft Teams.</p>
<h2>Who to contact</h2>
<p>The data controller is ${contactOf(operator)}</p>`,
  );
}

export function termsPage(operator: Config['operator']): string {
  return page(
    'terms of use',
    `<p>Board Assistant gives information about the law on Children's Trust Boards from two sources: the DCSF note <em>Strengthening Children's Trusts: legislative options</em> (July 2008) and the DfE notice <em>More freedom and flexibility</em> (October 2010). Every answer says the date it speaks for and quotes its source.</p>
<ul>
<li>It is information, not legal advice. The law may have changed since the latest source; check the source and take advice before you rely on an answer.</li>
<li>Where the sources are silent, it says so rather than guess.</li>
<li>Use it for the work of your board. Do not put personal data about children or families into your questions.</li>
</ul>
<h2>Who to contact</h2>
<p>The service is run by ${contactOf(operator)}</p>`,
  );
}
